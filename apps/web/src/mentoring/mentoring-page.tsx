import { Alert, Badge, Button, Card, Checkbox, Grid, Group, Modal, MultiSelect, NumberInput, Progress, Stack, Switch, Text, Textarea, Title, ActionIcon, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { IconCalendarEvent, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type ApiProblem, notifyProblem, notifySuccess, problemOf } from '../api/feedback';
import { useMe } from '../app/me-context';
import { useDates } from '../common/dates';
import { FormProblem, showProblemOnForm } from '../common/form-problem';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { MenteeRequestFieldsFragment, MentoringOverviewQuery, MentorMatchFieldsFragment } from '../gql/graphql';
import {
  AcceptMentorMatchDocument,
  CreateMyMenteeRequestDocument,
  DeclineMentorMatchDocument,
  EndMentorMatchDocument,
  MentoringOverviewDocument,
  MyMenteeRequestDocument,
  UpdateMyMenteeRequestDocument,
  UpsertMyMentorProfileDocument,
  WithdrawMyMenteeRequestDocument,
} from '../gql/graphql';
import { Reasons } from './match-reasons';

const LANGUAGE_OPTIONS = [
  { value: 'nl', label: 'Nederlands' },
  { value: 'en', label: 'English' },
];

interface SkillRow {
  name: string;
  level: number | string;
}

function SkillRows({ label, rows, onChange, error }: { label: string; rows: SkillRow[]; onChange: (rows: SkillRow[]) => void; error?: React.ReactNode }) {
  const { t } = useTranslation('mentoring');
  // Two forms on the page have skill rows: every row's controls name the list they belong to.
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {rows.map((row, index) => (
        <Group key={index} gap="xs" wrap="nowrap" align="flex-end">
          <TextInput
            aria-label={`${t('skill')} ${index + 1}: ${label}`}
            placeholder={t('skill')}
            value={row.name}
            onChange={(event) => onChange(rows.map((other, at) => (at === index ? { ...other, name: event.currentTarget.value } : other)))}
            style={{ flex: 1 }}
          />
          <NumberInput aria-label={`${t('level')} ${index + 1}: ${label}`} min={1} max={5} w={80} value={row.level} onChange={(level) => onChange(rows.map((other, at) => (at === index ? { ...other, level } : other)))} />
          <ActionIcon variant="subtle" color="gray" aria-label={`${t('removeSkill')} ${index + 1}: ${label}`} onClick={() => onChange(rows.filter((_, at) => at !== index))} size="lg">
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
      <Group>
        <Button size="xs" variant="subtle" aria-label={`${t('addSkill')}: ${label}`} leftSection={<IconPlus size={14} />} onClick={() => onChange([...rows, { name: '', level: 3 }])}>
          {t('addSkill')}
        </Button>
      </Group>
    </Stack>
  );
}

function MentorProfileForm({ profile }: { profile: MentoringOverviewQuery['myMentorProfile'] }) {
  const { t } = useTranslation('mentoring');
  const me = useMe();
  const [state, upsert] = useMutation(UpsertMyMentorProfileDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const form = useForm({
    initialValues: {
      active: profile?.active ?? true,
      capacity: (profile?.capacity ?? 2) as number | string,
      languages: profile?.languages ?? [me.language],
      seniorityYears: (profile?.seniorityYears ?? 5) as number | string,
      skillsOffered: (profile?.skillsOffered ?? me.skills.filter((skill) => skill.kind === 'HAS').map((skill) => ({ name: skill.skill.name, level: skill.level }))) as SkillRow[],
    },
  });
  return (
    <Card>
      <form
        onSubmit={form.onSubmit(async (values) => {
          setProblem(null);
          const result = await upsert({
            input: {
              active: values.active,
              capacity: Number(values.capacity),
              languages: values.languages,
              seniorityYears: Number(values.seniorityYears),
              skillsOffered: values.skillsOffered.filter((row) => row.name.trim()).map((row) => ({ name: row.name, level: Number(row.level) })),
            },
          });
          if (result.error) return setProblem(showProblemOnForm(form, problemOf(result.error)));
          notifySuccess(t('profileSaved'));
        })}
      >
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('mentorProfile')}
            </Title>
            {profile && <Badge color={profile.active ? 'teal' : 'gray'}>{profile.active ? t('active') : t('paused')}</Badge>}
          </Group>
          <Text size="sm" c="dimmed">
            {profile ? t('mentorProfileText') : t('becomeMentorText')}
          </Text>
          <Group grow align="flex-start">
            <NumberInput label={t('capacity')} min={1} max={20} {...form.getInputProps('capacity')} />
            <NumberInput label={t('seniorityYears')} min={0} max={60} {...form.getInputProps('seniorityYears')} />
          </Group>
          <MultiSelect label={t('languages')} data={LANGUAGE_OPTIONS} {...form.getInputProps('languages')} />
          <SkillRows label={t('skillsOffered')} rows={form.getValues().skillsOffered} onChange={(rows) => form.setFieldValue('skillsOffered', rows)} error={form.errors.skillsOffered} />
          <Switch label={t('activeLabel')} {...form.getInputProps('active', { type: 'checkbox' })} />
          <FormProblem problem={problem} />
          <Group>
            <Button type="submit" loading={state.fetching}>
              {profile ? t('saveProfile') : t('becomeMentor')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

type MenteeRequest = MenteeRequestFieldsFragment;
type OpenRound = MentoringOverviewQuery['openMentoringRounds'][number];

// Tagged with MenteeRequest even while there is none, so that asking for a mentor refetches it.
const REQUEST_CONTEXT = { additionalTypenames: ['MenteeRequest'] };

function MenteeRequestFields({ round, existing, onDone, onCancel }: { round: OpenRound; existing: MenteeRequest | null; onDone: () => void; onCancel?: () => void }) {
  const { t } = useTranslation('mentoring');
  const me = useMe();
  const [createState, create] = useMutation(CreateMyMenteeRequestDocument);
  const [updateState, update] = useMutation(UpdateMyMenteeRequestDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const form = useForm({
    initialValues: {
      goals: existing?.goals ?? '',
      languages: existing?.languages ?? [me.language],
      seniorityYears: (existing?.seniorityYears ?? 2) as number | string,
      skillsWanted: (existing?.skillsWanted ?? me.skills.filter((skill) => skill.kind === 'WANTS').map((skill) => ({ name: skill.skill.name, level: skill.level }))) as SkillRow[],
      prefersOtherDepartment: existing?.prefersOtherDepartment ?? false,
      prefersOtherSite: existing?.prefersOtherSite ?? false,
      prefersSameGender: existing?.prefersSameGender ?? false,
    },
  });
  return (
    <form
      onSubmit={form.onSubmit(async (values) => {
        setProblem(null);
        const input = {
          goals: values.goals,
          languages: values.languages,
          seniorityYears: Number(values.seniorityYears),
          skillsWanted: values.skillsWanted.filter((row) => row.name.trim()).map((row) => ({ name: row.name, level: Number(row.level) })),
          prefersOtherDepartment: values.prefersOtherDepartment,
          prefersOtherSite: values.prefersOtherSite,
          prefersSameGender: values.prefersSameGender,
        };
        const result = existing ? await update({ roundId: round.id, input }) : await create({ roundId: round.id, input });
        if (result.error) return setProblem(showProblemOnForm(form, problemOf(result.error)));
        notifySuccess(existing ? t('requestChanged') : t('requestSent'));
        onDone();
      })}
    >
      <Stack>
        <Textarea label={t('goals')} autosize minRows={3} {...form.getInputProps('goals')} />
        <Group grow align="flex-start">
          <MultiSelect label={t('languages')} data={LANGUAGE_OPTIONS} {...form.getInputProps('languages')} />
          <NumberInput label={t('yourSeniority')} min={0} max={60} {...form.getInputProps('seniorityYears')} />
        </Group>
        <SkillRows label={t('skillsWanted')} rows={form.getValues().skillsWanted} onChange={(rows) => form.setFieldValue('skillsWanted', rows)} error={form.errors.skillsWanted} />
        <Checkbox label={t('prefersOtherDepartment')} {...form.getInputProps('prefersOtherDepartment', { type: 'checkbox' })} />
        <Checkbox label={t('prefersOtherSite')} {...form.getInputProps('prefersOtherSite', { type: 'checkbox' })} />
        <Checkbox label={t('prefersSameGender')} {...form.getInputProps('prefersSameGender', { type: 'checkbox' })} />
        <FormProblem problem={problem} />
        <Group>
          <Button type="submit" loading={createState.fetching || updateState.fetching}>
            {existing ? t('saveRequest') : t('askForMentor')}
          </Button>
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('back')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}

function MenteeRequestForm({ round }: { round: OpenRound }) {
  const { t } = useTranslation('mentoring');
  const dates = useDates();
  const [{ data, fetching }, refresh] = useQuery({ query: MyMenteeRequestDocument, variables: { roundId: round.id }, context: REQUEST_CONTEXT });
  const [withdrawState, withdraw] = useMutation(WithdrawMyMenteeRequestDocument);
  const [editing, setEditing] = useState(false);
  const [opened, { open, close }] = useDisclosure();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const existing = data?.myMenteeRequest ?? null;
  const reload = () => refresh({ requestPolicy: 'network-only' });
  if (fetching && !data) return <CardsSkeleton count={1} />;
  return (
    <Card>
      <Stack>
        <Group justify="space-between">
          <Title order={3} size="h4">
            {round.name}
          </Title>
          <Badge variant="light">{t('deadline', { when: dates.shortDateTime(round.deadline) })}</Badge>
        </Group>
        {existing && !editing ? (
          <>
            <Alert color="teal" variant="light" role="status">
              {t('requestSent')}
              {existing.goals && (
                <Text size="sm" mt={4}>
                  {existing.goals}
                </Text>
              )}
              <Text size="sm" mt={4}>
                {t('requestSkills', { skills: existing.skillsWanted.map((skill) => `${skill.name} (${skill.level})`).join(', ') })}
              </Text>
            </Alert>
            <Text size="sm" c="dimmed">
              {t('changeUntil')}
            </Text>
            <FormProblem problem={problem} />
            <Group>
              <Button variant="light" onClick={() => setEditing(true)}>
                {t('changeRequest')}
              </Button>
              <Button variant="default" onClick={open}>
                {t('withdrawRequest')}
              </Button>
            </Group>
          </>
        ) : (
          <MenteeRequestFields
            key={existing ? `edit-${existing.id}` : 'new'}
            round={round}
            existing={existing}
            onDone={() => {
              setEditing(false);
              reload();
            }}
            onCancel={existing ? () => setEditing(false) : undefined}
          />
        )}
      </Stack>
      <Modal opened={opened} onClose={close} title={t('withdrawTitle', { round: round.name })} centered closeButtonProps={{ 'aria-label': t('closeDialog') }}>
        <Stack>
          <Text size="sm">{t('withdrawText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('back')}
            </Button>
            <Button
              color="red"
              loading={withdrawState.fetching}
              onClick={async () => {
                setProblem(null);
                const result = await withdraw({ roundId: round.id });
                close();
                if (result.error) return setProblem(problemOf(result.error));
                notifySuccess(t('requestWithdrawn'));
                reload();
              }}
            >
              {t('confirmWithdraw')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function ProposedMatch({ match }: { match: MentorMatchFieldsFragment }) {
  const { t } = useTranslation('mentoring');
  const dates = useDates();
  const [opened, { open, close }] = useDisclosure();
  const [reason, setReason] = useState('');
  const [acceptState, accept] = useMutation(AcceptMentorMatchDocument);
  const [declineState, decline] = useMutation(DeclineMentorMatchDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  return (
    <Card>
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4">
              {match.mentee.name}
            </Title>
            <Text size="sm" c="dimmed">
              {match.mentee.jobTitle} · {match.mentee.department} · {match.mentee.site}
            </Text>
          </div>
          <Badge size="lg" variant="light">
            {t('score', { score: match.score })}
          </Badge>
        </Group>
        <Text size="sm" fw={600}>
          {t('whyThisMatch')}
        </Text>
        <Reasons match={match} />
        {match.respondBy && (
          <Text size="xs" c="dimmed">
            {t('respondBy', { when: dates.dateTime(match.respondBy) })}
          </Text>
        )}
        <FormProblem problem={problem} />
        <Group>
          <Button
            loading={acceptState.fetching}
            onClick={async () => {
              setProblem(null);
              const result = await accept({ matchId: match.id });
              if (result.error) return setProblem(problemOf(result.error));
              notifySuccess(t('accepted', { name: match.mentee.name }));
            }}
          >
            {t('accept')}
          </Button>
          <Button variant="default" onClick={open}>
            {t('decline')}
          </Button>
        </Group>
      </Stack>
      <Modal opened={opened} onClose={close} title={t('declineTitle', { name: match.mentee.name })} centered closeButtonProps={{ 'aria-label': t('closeDialog') }}>
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            const result = await decline({ matchId: match.id, reason: reason || null });
            if (result.error) return setProblem(problemOf(result.error));
            close();
            notifySuccess(t('declined'));
          }}
        >
          <Stack>
            <Textarea label={t('declineReason')} description={t('declineReasonHelp')} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={problem?.field === 'reason' ? problem.message : undefined} autosize minRows={2} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('back')}
              </Button>
              <Button type="submit" color="red" loading={declineState.fetching}>
                {t('confirmDecline')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Card>
  );
}

function CurrentMatch({ match }: { match: MentorMatchFieldsFragment }) {
  const { t } = useTranslation('mentoring');
  const me = useMe();
  const dates = useDates();
  const [state, end] = useMutation(EndMentorMatchDocument);
  const [opened, { open, close }] = useDisclosure();
  const other = match.mentor.id === me.id ? match.mentee : match.mentor;
  return (
    <Card>
      <Stack>
        <Group justify="space-between">
          <Title order={3} size="h4">
            {match.mentor.id === me.id ? t('yourMentee', { name: other.name }) : t('yourMentor', { name: other.name })}
          </Title>
          <Badge color={match.status === 'ACCEPTED' ? 'teal' : 'blue'}>{t(`matchStatus.${match.status}`)}</Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {other.jobTitle} · {other.department} · {other.site} · {other.email}
        </Text>
        {match.meetingStartsAt && (
          <Group gap={6}>
            <IconCalendarEvent size={18} aria-hidden />
            <Text size="sm">{t(match.meetingCalledOff ? 'firstMeetingCalledOff' : 'firstMeeting', { when: dates.dateTime(match.meetingStartsAt) })}</Text>
          </Group>
        )}
        {match.status === 'PROPOSED' && <Progress value={50} aria-label={t('waitingForMentor')} />}
        {match.status === 'PROPOSED' && <Text size="sm">{t('waitingForMentor')}</Text>}
        <Reasons match={match} />
        {match.status === 'ACCEPTED' && (
          <Group>
            <Button component={Link} to={`/mentoring/matches/${match.id}`} variant="light">
              {t('openMatch')}
            </Button>
            <Button variant="light" color="red" onClick={open}>
              {t('endMatch')}
            </Button>
          </Group>
        )}
      </Stack>
      <Modal opened={opened} onClose={close} title={t('endMatch')} centered closeButtonProps={{ 'aria-label': t('closeDialog') }}>
        <Stack>
          <Text size="sm">{t('endMatchText', { name: other.name })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('back')}
            </Button>
            <Button
              color="red"
              loading={state.fetching}
              onClick={async () => {
                const result = await end({ matchId: match.id });
                close();
                if (result.error) return notifyProblem(problemOf(result.error));
                notifySuccess(t('matchEnded'));
              }}
            >
              {t('confirmEnd')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

export function MentoringPage() {
  const { t } = useTranslation('mentoring');
  const [{ data, error, fetching }] = useQuery({ query: MentoringOverviewDocument, requestPolicy: 'cache-and-network' });
  return (
    <Page
      title={t('title')}
      description={t('text')}
      actions={
        <Button component={Link} to="/mentoring/matches" variant="light">
          {t('myMatchesLink')}
        </Button>
      }
    >
      {error ? (
        <ErrorState error={error} />
      ) : fetching && !data ? (
        <CardsSkeleton />
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack>
              <Title order={2} size="h3">
                {t('proposals')}
              </Title>
              {data!.myProposedMatches.length === 0 ? (
                <EmptyState title={t('noProposals')}>{t('noProposalsText')}</EmptyState>
              ) : (
                data!.myProposedMatches.map((match) => <ProposedMatch key={match.id} match={match} />)
              )}
              <Title order={2} size="h3">
                {t('myMentor')}
              </Title>
              {data!.myMentorMatch ? <CurrentMatch match={data!.myMentorMatch} /> : <EmptyState title={t('noMentor')}>{t('noMentorText')}</EmptyState>}
              <Title order={2} size="h3">
                {t('askTitle')}
              </Title>
              {data!.openMentoringRounds.length === 0 ? (
                <EmptyState title={t('noOpenRounds')}>{t('noOpenRoundsText')}</EmptyState>
              ) : (
                data!.openMentoringRounds.map((round) => <MenteeRequestForm key={round.id} round={round} />)
              )}
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <MentorProfileForm profile={data!.myMentorProfile} />
          </Grid.Col>
        </Grid>
      )}
    </Page>
  );
}
