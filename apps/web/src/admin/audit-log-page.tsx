import { Button, Card, ScrollArea, SimpleGrid, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDates } from '../common/dates';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { AuditLogFilter } from '../gql/graphql';
import { AuditLogDocument } from '../gql/graphql';

/** The first block of a UUID, enough to tell entries apart; the whole id shows in a tooltip under the mouse. */
function ShortId({ id, prefix }: { id: string; prefix?: string }) {
  const shown = id.length > 12 ? `${id.slice(0, 8)}…` : id;
  return (
    <Tooltip label={id} withArrow>
      <Text size="xs" span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }}>
        {prefix ? `${prefix} ${shown}` : shown}
      </Text>
    </Tooltip>
  );
}

function detailValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (Array.isArray(value)) return value.map(detailValue).join(', ');
  if (typeof value === 'object') return Object.entries(value as Record<string, unknown>).map(([key, inner]) => `${key}: ${detailValue(inner)}`).join('; ');
  return String(value);
}

/** What changed, as "key: value" lines; the API sends a JSON object (anything else is shown as it came). */
function Details({ details }: { details: string }) {
  const { t } = useTranslation('admin');
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return <Text size="xs">{details}</Text>;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return <Text size="xs">{detailValue(parsed)}</Text>;
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length === 0) {
    return (
      <Text size="xs" c="dimmed">
        {t('auditNoDetails')}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {entries.map(([key, value]) => (
        <Text key={key} size="xs" style={{ wordBreak: 'break-word' }}>
          <Text span size="xs" c="dimmed">
            {key}:
          </Text>{' '}
          {detailValue(value)}
        </Text>
      ))}
    </Stack>
  );
}

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
              {t(`auditActions.${entry.action}`, { defaultValue: entry.action })}
            </Text>
            <Text size="xs" c="dimmed">
              {entry.action}
            </Text>
          </Table.Td>
          <Table.Td>
            {entry.actor ? (
              <Text size="sm">{entry.actor.name}</Text>
            ) : entry.actorId ? (
              <Text size="sm">
                {t('auditActorUnknown')} <ShortId id={entry.actorId} />
              </Text>
            ) : (
              <Text size="sm">{t('auditSystem')}</Text>
            )}
          </Table.Td>
          <Table.Td>
            {entry.targetId ? <ShortId prefix={entry.targetType} id={entry.targetId} /> : <Text size="xs">{entry.targetType}</Text>}
          </Table.Td>
          <Table.Td>
            <Details details={entry.details} />
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
