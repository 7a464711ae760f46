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
            <Table.Td w={50}>
              <Badge variant="light" color={line.points > 0 ? 'teal' : 'gray'}>
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
