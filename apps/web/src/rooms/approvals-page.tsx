import { Badge, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { type ApiProblem, notifyProblem, notifySuccess, problemOf } from '../api/feedback';
import { useDates } from '../common/dates';
import { FormProblem } from '../common/form-problem';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { PendingRoomApprovalsQuery } from '../gql/graphql';
import { ApproveRoomBookingDocument, PendingRoomApprovalsDocument, RefuseRoomBookingDocument } from '../gql/graphql';

type Approval = PendingRoomApprovalsQuery['pendingRoomApprovals'][number];
// Refetched after a decision even when the list had nothing in it.
const APPROVALS_CONTEXT = { additionalTypenames: ['RoomApproval'] };

function RefuseDialog({ approval, onClose }: { approval: Approval; onClose: () => void }) {
  const { t } = useTranslation('rooms');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [state, refuse] = useMutation(RefuseRoomBookingDocument);
  return (
    <Modal opened onClose={onClose} title={t('refuseTitle', { summary: approval.summary })} centered closeButtonProps={{ 'aria-label': t('common:closeDialog') }}>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          setProblem(null);
          const result = await refuse({ input: { approvalId: approval.id, reason: reason.trim() || null } }, APPROVALS_CONTEXT);
          if (result.error) return setProblem(problemOf(result.error));
          notifySuccess(t('refused', { organizer: approval.organizer }));
          onClose();
        }}
      >
        <Stack>
          <Textarea
            label={t('refuseReason')}
            description={t('refuseReasonHelp', { organizer: approval.organizer })}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={problem?.field === 'reason' ? problem.message : undefined}
            autosize
            minRows={2}
            data-autofocus
          />
          <FormProblem problem={problem && problem.field !== 'reason' ? problem : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('back')}
            </Button>
            <Button type="submit" color="red" loading={state.fetching}>
              {t('refuse')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function ApprovalCard({ approval, onRefuse }: { approval: Approval; onRefuse: () => void }) {
  const { t } = useTranslation('rooms');
  const dates = useDates();
  const [state, approve] = useMutation(ApproveRoomBookingDocument);
  return (
    <Card component="article" aria-label={approval.summary}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h4">
            {approval.summary}
          </Title>
          <Badge color="yellow" variant="light">
            {t('waiting')}
          </Badge>
        </Group>
        <Text size="sm">
          {approval.room.name}, {approval.room.site} · {t('askedBy', { organizer: approval.organizer })}
        </Text>
        <Stack gap={2}>
          {approval.occurrences.map((occurrence) => (
            <Text key={occurrence.startsAt} size="sm" fw={500}>
              {dates.shortDateTime(occurrence.startsAt)}–{dates.time(occurrence.endsAt)}
            </Text>
          ))}
          {approval.occurrences.length > 1 && (
            <Text size="xs" c="dimmed">
              {t('occurrences', { count: approval.occurrences.length })}
            </Text>
          )}
        </Stack>
        <Text size="xs" c="dimmed">
          {t('requestedAt', { when: dates.shortDateTime(approval.requestedAt) })}
        </Text>
        <Group gap="xs">
          <Button
            leftSection={<IconCheck size={16} />}
            loading={state.fetching}
            aria-label={t('approveFor', { summary: approval.summary })}
            onClick={async () => {
              const result = await approve({ approvalId: approval.id }, APPROVALS_CONTEXT);
              if (result.error) return notifyProblem(problemOf(result.error));
              notifySuccess(t('approved', { organizer: approval.organizer }));
            }}
          >
            {t('approve')}
          </Button>
          <Button variant="light" color="red" leftSection={<IconX size={16} />} aria-label={t('refuseFor', { summary: approval.summary })} onClick={onRefuse}>
            {t('refuse')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** Meetings held TENTATIVE in rooms that need approval, oldest first: a facility manager approves or refuses. */
export function ApprovalsPage() {
  const { t } = useTranslation('rooms');
  const dates = useDates();
  const [{ data, error, fetching }] = useQuery({ query: PendingRoomApprovalsDocument, context: APPROVALS_CONTEXT, requestPolicy: 'cache-and-network' });
  const [refusing, setRefusing] = useState<Approval | null>(null);
  const approvals = data?.pendingRoomApprovals ?? [];
  return (
    <Page title={t('approvalsTitle')} description={t('approvalsText', { zone: dates.timeZone })}>
      {error ? (
        <ErrorState error={error} />
      ) : fetching && !data ? (
        <CardsSkeleton count={2} />
      ) : approvals.length === 0 ? (
        <EmptyState title={t('noApprovals')}>{t('noApprovalsText')}</EmptyState>
      ) : (
        <Stack>
          {approvals.map((approval) => (
            <ApprovalCard key={approval.id} approval={approval} onRefuse={() => setRefusing(approval)} />
          ))}
        </Stack>
      )}
      {refusing && <RefuseDialog approval={refusing} onClose={() => setRefusing(null)} />}
    </Page>
  );
}
