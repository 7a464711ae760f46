import { Anchor, Button, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { notifyProblem, notifySuccess, problemOf } from '../api/feedback';
import { useDates } from '../common/dates';
import { Page } from '../common/page';
import { EmptyState } from '../common/states';
import { MessageStatusBadge } from '../sessions/host-panel';
import { FailedMessagesDocument, RetryMessageDocument } from '../gql/graphql';
import { RecordsTable } from './records-table';

export function MessagesPage() {
  const { t } = useTranslation('admin');
  const dates = useDates();
  const [{ data, error, fetching }, refresh] = useQuery({ query: FailedMessagesDocument, requestPolicy: 'cache-and-network' });
  const [retrying, setRetrying] = useState<string | null>(null);
  const [, retry] = useMutation(RetryMessageDocument);
  return (
    <Page title={t('messagesTitle')} description={t('messagesText')}>
      <RecordsTable
        label={t('messagesTitle')}
        minWidth={760}
        error={error}
        loading={fetching && !data}
        rows={data?.failedMessages ?? []}
        empty={<EmptyState title={t('noFailed')}>{t('noFailedText')}</EmptyState>}
        headers={[t('message'), t('recipient'), t('error'), t('attempts'), null]}
        cells={(message) => [
          <>
            <Text size="sm" fw={600}>
              {t(`sessions:messageKinds.${message.kind}`, { defaultValue: message.kind })}
            </Text>
            {message.sessionId && (
              <Anchor component={Link} to={`/sessions/${message.sessionId}`} size="xs">
                {t('openSession')}
              </Anchor>
            )}
            <Text size="xs" c="dimmed">
              {dates.shortDateTime(message.createdAt)}
            </Text>
          </>,
          <Text size="sm">{message.recipient}</Text>,
          <>
            <MessageStatusBadge status={message.status} />
            <Text size="xs" c="red" lineClamp={3}>
              {message.lastError}
            </Text>
          </>,
          message.attempts,
          <Button
            size="xs"
            variant="light"
            loading={retrying === message.id}
            aria-label={t('retryFor', { recipient: message.recipient ?? '' })}
            onClick={async () => {
              setRetrying(message.id);
              const result = await retry({ messageId: message.id });
              setRetrying(null);
              if (result.error) return notifyProblem(problemOf(result.error));
              notifySuccess(t('retried', { recipient: message.recipient ?? '' }));
              refresh({ requestPolicy: 'network-only' });
            }}
          >
            {t('retry')}
          </Button>,
        ]}
      />
    </Page>
  );
}
