import { Anchor, Badge, Button, Card, Checkbox, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type ApiProblem, notifySuccess, problemOf } from '../api/feedback';
import { FormProblem, showProblemOnForm } from '../common/form-problem';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { FacilityKind } from '../gql/graphql';
import {
  ConfirmFacilityRequestDocument,
  CreateFacilityTeamDocument,
  DeclineFacilityRequestDocument,
  FacilityTeamRequestsDocument,
  type FacilityTeamRequestsQuery,
  FacilityTeamsDocument,
} from '../gql/graphql';

type TeamRequest = FacilityTeamRequestsQuery['facilityTeamRequests'][number];

/** Declining needs a reason: an invited meeting's organizer reads it in the DECLINED reply. */
function DeclineForm({ request, onDone }: { request: TeamRequest; onDone: () => void }) {
  const { t } = useTranslation('rooms');
  const [state, decline] = useMutation(DeclineFacilityRequestDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const form = useForm({ initialValues: { reason: '' } });
  return (
    <form
      onSubmit={form.onSubmit(async (values) => {
        setProblem(null);
        const result = await decline({ input: { requestId: request.id, reason: values.reason } });
        if (result.error) return setProblem(showProblemOnForm(form, problemOf(result.error)));
        notifySuccess(t('requestDeclined', { summary: request.summary }));
        onDone();
      })}
    >
      <Stack>
        <Textarea label={t('declineReason')} description={t('declineReasonHelp')} autosize minRows={2} {...form.getInputProps('reason')} />
        <FormProblem problem={problem} />
        <Group>
          <Button type="submit" color="red" loading={state.fetching}>
            {t('declineRequest')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A team's requests read in the team's own zone, the one its mail uses, whoever looks at them. */
function TeamRequests({ teamId, timeZone }: { teamId: string; timeZone: string }) {
  const { t } = useTranslation('rooms');
  const inTeamZone = (value: string) => dayjs(value).tz(timeZone).format('ddd D MMM, HH:mm');
  const [{ data, error }, refetch] = useQuery({ query: FacilityTeamRequestsDocument, variables: { facilityTeamId: teamId } });
  const [confirming, confirm] = useMutation(ConfirmFacilityRequestDocument);
  const [declining, setDeclining] = useState<TeamRequest | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // Per series: the RECURRENCE-IDs the team unticked, and why.
  const [unticked, setUnticked] = useState<Record<string, string[]>>({});
  const [reasons, setReasons] = useState<Record<string, string>>({});
  if (error) return <ErrorState error={error} />;
  const requests = data?.facilityTeamRequests ?? [];
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('requests', { count: requests.length })}
      </Text>
      <Text size="xs" c="dimmed">
        {t('teamTimes', { zone: timeZone })}
      </Text>
      <FormProblem problem={problem} />
      {requests.map((request) => (
        <Stack key={request.id} gap={2} role="group" aria-label={request.summary}>
          <Group gap="xs" justify="space-between" wrap="nowrap">
            {request.sessionId ? (
              <Anchor component={Link} to={`/sessions/${request.sessionId}`} size="sm">
                {request.summary}
              </Anchor>
            ) : (
              <Text size="sm">{request.summary}</Text>
            )}
            <Badge size="sm" variant="light" color={request.status === 'CONFIRMED' ? 'teal' : request.status === 'REQUESTED' ? 'blue' : 'gray'}>
              {t(`requestStatus.${request.status}`)}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {[request.startsAt ? inTeamZone(request.startsAt) : null, request.location, request.organizer].filter(Boolean).join(' · ')}
          </Text>
          <Text size="xs">{request.note || '—'}</Text>
          {request.occurrences.length > 0 && (
            <Stack gap={2}>
              <Text size="xs" fw={600}>
                {t('occurrences')}
              </Text>
              {request.occurrences.map((occurrence) =>
                request.status === 'REQUESTED' ? (
                  <Checkbox
                    key={occurrence.recurrenceId}
                    size="xs"
                    label={inTeamZone(occurrence.startsAt)}
                    checked={!(unticked[request.id] ?? []).includes(occurrence.recurrenceId)}
                    onChange={(event) => {
                      const others = (unticked[request.id] ?? []).filter((id) => id !== occurrence.recurrenceId);
                      setUnticked({ ...unticked, [request.id]: event.currentTarget.checked ? others : [...others, occurrence.recurrenceId] });
                    }}
                  />
                ) : (
                  <Text key={occurrence.recurrenceId} size="xs" c={occurrence.declinedReason ? 'dimmed' : undefined}>
                    {inTeamZone(occurrence.startsAt)}
                    {occurrence.declinedReason && ` · ${t('occurrenceDeclined', { reason: occurrence.declinedReason })}`}
                  </Text>
                ),
              )}
              {(unticked[request.id] ?? []).length > 0 && (
                <TextInput size="xs" label={t('occurrencesReason')} value={reasons[request.id] ?? ''} onChange={(event) => setReasons({ ...reasons, [request.id]: event.currentTarget.value })} />
              )}
            </Stack>
          )}
          {request.decisionReason && (
            <Text size="xs" c="dimmed">
              {t('decisionReason', { reason: request.decisionReason })}
            </Text>
          )}
          {request.status === 'REQUESTED' && (
            <Group gap="xs">
              <Button
                size="xs"
                loading={confirming.fetching}
                onClick={async () => {
                  setProblem(null);
                  const declinedOccurrences = unticked[request.id] ?? [];
                  const result = await confirm({
                    input: { requestId: request.id, declinedOccurrences, message: declinedOccurrences.length > 0 ? reasons[request.id] || null : null },
                  });
                  if (result.error) return setProblem(problemOf(result.error));
                  notifySuccess(t('requestConfirmed', { summary: request.summary }));
                  refetch({ requestPolicy: 'network-only' });
                }}
              >
                {t('confirmRequest')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setDeclining(request)}>
                {t('declineRequest')}
              </Button>
            </Group>
          )}
        </Stack>
      ))}
      <Modal opened={declining !== null} onClose={() => setDeclining(null)} title={t('declineTitle', { summary: declining?.summary ?? '' })} closeButtonProps={{ 'aria-label': t('common:closeDialog') }}>
        {declining && (
          <DeclineForm
            request={declining}
            onDone={() => {
              setDeclining(null);
              refetch({ requestPolicy: 'network-only' });
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function NewTeamForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('rooms');
  const [state, create] = useMutation(CreateFacilityTeamDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const form = useForm({ initialValues: { name: '', kind: 'CATERING' as string | null, site: '', mailbox: '', timeZone: '' } });
  return (
    <form
      onSubmit={form.onSubmit(async (values) => {
        setProblem(null);
        const result = await create({
          input: { name: values.name, kind: values.kind as FacilityKind, site: values.site || null, mailbox: values.mailbox, timeZone: values.timeZone || null },
        });
        if (result.error) return setProblem(showProblemOnForm(form, problemOf(result.error)));
        notifySuccess(t('teamCreated', { name: values.name }));
        onDone();
      })}
    >
      <Stack>
        <TextInput label={t('teamName')} {...form.getInputProps('name')} />
        <Select label={t('kind')} data={(['CATERING', 'AV', 'OTHER'] as const).map((value) => ({ value, label: t(`sessions:facilityKinds.${value}`) }))} allowDeselect={false} {...form.getInputProps('kind')} />
        <TextInput label={t('site')} description={t('teamSiteHelp')} {...form.getInputProps('site')} />
        <TextInput label={t('mailbox')} {...form.getInputProps('mailbox')} />
        <TextInput label={t('teamZone')} description={t('teamZoneHelp')} {...form.getInputProps('timeZone')} />
        <FormProblem problem={problem} />
        <Group>
          <Button type="submit" loading={state.fetching}>
            {t('create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function FacilityTeamsPage() {
  const { t } = useTranslation('rooms');
  const [opened, { open, close }] = useDisclosure();
  const [{ data, error, fetching }] = useQuery({ query: FacilityTeamsDocument });
  return (
    <Page
      title={t('teamsTitle')}
      description={t('teamsText')}
      actions={
        <Button leftSection={<IconPlus size={18} />} onClick={open}>
          {t('newTeam')}
        </Button>
      }
    >
      {error ? (
        <ErrorState error={error} />
      ) : fetching && !data ? (
        <CardsSkeleton />
      ) : data!.facilityTeams.length === 0 ? (
        <EmptyState title={t('noTeams')}>{t('noTeamsText')}</EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {data!.facilityTeams.map((team) => (
            <Card key={team.id}>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Title order={2} size="h5">
                    {team.name}
                  </Title>
                  <Badge variant="light">{t(`sessions:facilityKinds.${team.kind}`)}</Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {team.site ?? t('everySite')} · {team.mailbox}
                </Text>
                <TeamRequests teamId={team.id} timeZone={team.timeZone} />
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <Modal opened={opened} onClose={close} title={t('newTeam')}>
        <NewTeamForm onDone={close} />
      </Modal>
    </Page>
  );
}
