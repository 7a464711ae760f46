import { Badge, Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useDates } from '../common/dates';
import { Page } from '../common/page';
import { EmptyState } from '../common/states';
import type { InboundStatus } from '../gql/graphql';
import { InboundMessagesDocument } from '../gql/graphql';
import { RecordsTable } from './records-table';

const STATUSES: InboundStatus[] = ['RECEIVED', 'PROCESSED', 'IGNORED', 'FAILED'];
const COLORS: Record<InboundStatus, string> = { RECEIVED: 'blue', PROCESSED: 'teal', IGNORED: 'gray', FAILED: 'red' };

/** Admins: every message that came in for a Kennis mailbox, with what Kennis made of it. */
export function InboundPage() {
  const { t } = useTranslation('admin');
  const dates = useDates();
  const [status, setStatus] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({ query: InboundMessagesDocument, variables: { status: status as InboundStatus | null }, requestPolicy: 'cache-and-network' });
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
      <RecordsTable
        label={t('inbound.title')}
        minWidth={860}
        error={error}
        loading={fetching && !data}
        rows={data?.inboundMessages ?? []}
        empty={<EmptyState title={t('inbound.none')}>{t('inbound.noneText')}</EmptyState>}
        headers={[t('inbound.received'), t('inbound.fromTo'), t('inbound.subject'), t('inbound.outcome')]}
        cells={(message) => [
          <>
            <Text size="sm">{dates.shortDateTime(message.receivedAt)}</Text>
            <Text size="xs" c="dimmed">
              {message.channel}
            </Text>
          </>,
          <>
            <Text size="sm">{message.fromAddress ?? message.envelopeSender ?? t('inbound.bounce')}</Text>
            <Text size="xs" c="dimmed">
              {t('inbound.to', { recipient: message.recipient })}
            </Text>
          </>,
          <>
            <Text size="sm" lineClamp={2}>
              {message.subject ?? '—'}
            </Text>
            {message.itipMethod && (
              <Badge variant="outline" color="gray" size="sm">
                {message.itipMethod}
              </Badge>
            )}
          </>,
          <>
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
          </>,
        ]}
      />
    </Page>
  );
}
