import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MentorMatchFieldsFragment } from '../gql/graphql';

/** Why the match was made: the lines the API shows, none of which says anything about a diversity attribute. */
export function Reasons({ match }: { match: Pick<MentorMatchFieldsFragment, 'breakdown'> }) {
  const { t } = useTranslation('mentoring');
  return (
    <Table aria-label={t('reasons')} fz="sm">
      <Table.Tbody>
        {match.breakdown.map((line) => (
          <Table.Tr key={line.criterion}>
            {/* As narrow as its badge, and the badge as wide as its points: a fixed width cut "+804" down to
                "+", and the label's own overflow: hidden would let the table squeeze it to nothing. */}
            <Table.Td w="1%" style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
              <Badge variant="light" color={line.points > 0 ? 'teal' : 'gray'} styles={{ label: { overflow: 'visible' } }}>
                +{line.points}
              </Badge>
            </Table.Td>
            <Table.Td>{line.explanation}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
