import { Anchor, Button, Card, ScrollArea, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { notifyProblem, notifySuccess, problemOf } from '../api/feedback';
import { useDates } from '../common/dates';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import { MessageStatusBadge } from '../sessions/host-panel';
import { FailedMessagesDocument, RetryMessageDocument } from '../gql/graphql';

export function MessagesPage() {
  const { t } = useTranslation('admin');
  const dates = useDates();
  const [{ data, error, fetching }, refresh] = useQuery({ query: FailedMessagesDocument, requestPolicy: 'cache-and-network' });
  const [retrying, setRetrying] = useState<string | null>(null);
  const [, retry] = useMutation(RetryMessageDocument);
  return (
    <Page title={t('messagesTitle')} description={t('messagesText')}>
      {error ? (
        <ErrorState error={error} />
      ) : fetching && !data ? (
        <CardsSkeleton count={3} height={48} />
      ) : data!.failedMessages.length === 0 ? (
        <EmptyState title={t('noFailed')}>{t('noFailedText')}</EmptyState>
      ) : (
        <Card padding={0}>
          <ScrollArea>
            <Table miw={760} verticalSpacing="sm" horizontalSpacing="md" aria-label={t('messagesTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('message')}</Table.Th>
                  <Table.Th>{t('recipient')}</Table.Th>
                  <Table.Th>{t('error')}</Table.Th>
                  <Table.Th>{t('attempts')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data!.failedMessages.map((message) => (
                  <Table.Tr key={message.id}>
                    <Table.Td>
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
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{message.recipient}</Text>
                    </Table.Td>
                    <Table.Td>
                      <MessageStatusBadge status={message.status} />
                      <Text size="xs" c="red" lineClamp={3}>
                        {message.lastError}
                      </Text>
                    </Table.Td>
                    <Table.Td>{message.attempts}</Table.Td>
                    <Table.Td>
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
                      </Button>
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
