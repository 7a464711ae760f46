import { Badge, Card, Group, ScrollArea, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDates } from '../common/dates';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { InboundStatus } from '../gql/graphql';
import { InboundMessagesDocument } from '../gql/graphql';

const STATUSES: InboundStatus[] = ['RECEIVED', 'PROCESSED', 'IGNORED', 'FAILED'];
const COLORS: Record<InboundStatus, string> = { RECEIVED: 'blue', PROCESSED: 'teal', IGNORED: 'gray', FAILED: 'red' };

/** Admins: every message that came in for a Kennis mailbox, with what Kennis made of it. */
export function InboundPage() {
  const { t } = useTranslation('admin');
  const dates = useDates();
  const [status, setStatus] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({ query: InboundMessagesDocument, variables: { status: status as InboundStatus | null }, requestPolicy: 'cache-and-network' });
  const messages = data?.inboundMessages ?? [];
  return (
    <Page title={t('inbound.title')} description={t('inbound.text')}>
      <Group>
        <Select
          label={t('inbound.status')}
          placeholder={t('inbound.every')}
          data={STATUSES.map((value) => ({ value, label: t(`inbound.statuses.${value}`) }))}
          value={status}
          onChange={setStatus}
          clearable
          w={220}
        />
      </Group>
      {error ? (
        <ErrorState error={error} />
      ) : fetching && !data ? (
        <CardsSkeleton count={3} height={48} />
      ) : messages.length === 0 ? (
        <EmptyState title={t('inbound.none')}>{t('inbound.noneText')}</EmptyState>
      ) : (
        <Card padding={0}>
          <ScrollArea>
            <Table miw={860} verticalSpacing="sm" horizontalSpacing="md" aria-label={t('inbound.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('inbound.received')}</Table.Th>
                  <Table.Th>{t('inbound.fromTo')}</Table.Th>
                  <Table.Th>{t('inbound.subject')}</Table.Th>
                  <Table.Th>{t('inbound.outcome')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {messages.map((message) => (
                  <Table.Tr key={message.id}>
                    <Table.Td>
                      <Text size="sm">{dates.shortDateTime(message.receivedAt)}</Text>
                      <Text size="xs" c="dimmed">
                        {message.channel}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{message.fromAddress ?? message.envelopeSender ?? t('inbound.bounce')}</Text>
                      <Text size="xs" c="dimmed">
                        {t('inbound.to', { recipient: message.recipient })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {message.subject ?? '—'}
                      </Text>
                      {message.itipMethod && (
                        <Badge variant="outline" color="gray" size="sm">
                          {message.itipMethod}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6}>
                        <Badge color={COLORS[message.status]} variant="light">
                          {t(`inbound.statuses.${message.status}`)}
                        </Badge>
                        {message.answered && (
                          <Badge color="kennis" variant="outline" size="sm">
                            {t('inbound.answered')}
                          </Badge>
                        )}
                      </Group>
                      {message.outcome && (
                        <Text size="xs" c={message.status === 'FAILED' ? 'red.8' : 'dimmed'} lineClamp={3}>
                          {message.outcome}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Card>
      )}
    </Page>
  );
}
