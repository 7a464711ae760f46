import { Button, Card, Code, ScrollArea, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDates } from '../common/dates';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { AuditLogFilter } from '../gql/graphql';
import { AuditLogDocument } from '../gql/graphql';

/** One page of 50 entries, newest first; the next page starts before the last entry of this one. */
function AuditPage({ filter, before, onLast }: { filter: AuditLogFilter; before: string | null; onLast: (id: string | null) => void }) {
  const { t } = useTranslation('admin');
  const dates = useDates();
  const [{ data, error, fetching }] = useQuery({ query: AuditLogDocument, variables: { filter, before }, requestPolicy: 'cache-and-network' });
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return <CardsSkeleton count={2} height={40} />;
  const entries = data?.auditLog ?? [];
  if (before === null && entries.length === 0) return <EmptyState title={t('auditEmpty')}>{t('auditEmptyText')}</EmptyState>;
  return (
    <>
      {entries.map((entry) => (
        <Table.Tr key={entry.id}>
          <Table.Td>
            <Text size="sm">{dates.shortDateTime(entry.occurredAt)}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="sm" fw={600}>
              {entry.action}
            </Text>
          </Table.Td>
          <Table.Td>
            <Text size="xs">{entry.actorId ?? t('auditSystem')}</Text>
          </Table.Td>
          <Table.Td>
            <Text size="xs">
              {entry.targetType} {entry.targetId}
            </Text>
          </Table.Td>
          <Table.Td>
            <Code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{entry.details}</Code>
          </Table.Td>
        </Table.Tr>
      ))}
      {entries.length === 50 && (
        <Table.Tr>
          <Table.Td colSpan={5}>
            <Button size="xs" variant="light" onClick={() => onLast(entries[entries.length - 1]!.id)}>
              {t('auditOlder')}
            </Button>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

export function AuditLogPage() {
  const { t } = useTranslation('admin');
  const [action, setAction] = useState('');
  const [targetType, setTargetType] = useState('');
  const [targetId, setTargetId] = useState('');
  const [debounced] = useDebouncedValue({ action, targetType, targetId }, 300);
  const filter: AuditLogFilter = {
    action: debounced.action.trim() || undefined,
    targetType: debounced.targetType.trim() || undefined,
    targetId: debounced.targetId.trim() || undefined,
  };
  const key = JSON.stringify(filter);
  // The pages loaded so far for this filter: the first, then one per "older" click.
  const [pages, setPages] = useState<{ key: string; befores: (string | null)[] }>({ key, befores: [null] });
  const befores = pages.key === key ? pages.befores : [null];
  return (
    <Page title={t('auditTitle')} description={t('auditText')}>
      <Stack>
        <Card padding="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('auditAction')} placeholder="person-roles-set" value={action} onChange={(event) => setAction(event.currentTarget.value)} />
            <TextInput label={t('auditTargetType')} placeholder="person, room, session" value={targetType} onChange={(event) => setTargetType(event.currentTarget.value)} />
            <TextInput label={t('auditTargetId')} value={targetId} onChange={(event) => setTargetId(event.currentTarget.value)} />
          </SimpleGrid>
        </Card>
        <Card padding={0}>
          <ScrollArea>
            <Table miw={860} verticalSpacing="sm" horizontalSpacing="md" aria-label={t('auditTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('auditWhen')}</Table.Th>
                  <Table.Th>{t('auditAction')}</Table.Th>
                  <Table.Th>{t('auditActor')}</Table.Th>
                  <Table.Th>{t('auditTarget')}</Table.Th>
                  <Table.Th>{t('auditDetails')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {befores.map((before, index) => (
                  <AuditPage
                    key={before ?? 'first'}
                    filter={filter}
                    before={before}
                    onLast={(last) => index === befores.length - 1 && setPages({ key, befores: [...befores, last] })}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Card>
      </Stack>
    </Page>
  );
}
