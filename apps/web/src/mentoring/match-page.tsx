import { Badge, Button, Card, Grid, Group, NumberInput, Radio, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconCalendarEvent } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type ApiProblem, notifySuccess, problemOf } from '../api/feedback';
import { useMe } from '../app/me-context';
import { useDates } from '../common/dates';
import { FormProblem, showProblemOnForm } from '../common/form-problem';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { MentorMatchFieldsFragment } from '../gql/graphql';
import {
  GiveMentoringFeedbackDocument,
  LogMentoringMeetingDocument,
  MentoringMeetingLogDocument,
  MoveMentorMeetingDocument,
  MyMentoringFeedbackDocument,
  MyMentoringHistoryDocument,
} from '../gql/graphql';
import { Reasons } from './match-reasons';

// Tagged even while empty, so that logging the first meeting or giving feedback refetches them.
const LOG_CONTEXT = { additionalTypenames: ['MentoringMeetingLogEntry'] };
const FEEDBACK_CONTEXT = { additionalTypenames: ['MentoringFeedback'] };

/** A day and a time typed in the person's zone, as the instant the API takes, or null while incomplete. */
function instantOf(dates: ReturnType<typeof useDates>, day: string | null, time: string): string | null {
  return day && /^\d{2}:\d{2}/.test(time) ? dates.toInstant(`${day} ${time.slice(0, 5)}:00`) : null;
}

function MoveMeeting({ match }: { match: MentorMatchFieldsFragment }) {
  const { t } = useTranslation('mentoring');
  const dates = useDates();
  const initial = match.meetingStartsAt ? dates.toWallClock(match.meetingStartsAt) : null;
  const [day, setDay] = useState<string | null>(initial ? initial.slice(0, 10) : null);
  const [time, setTime] = useState(initial ? initial.slice(11, 16) : '');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [state, move] = useMutation(MoveMentorMeetingDocument);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setProblem(null);
        const startsAt = instantOf(dates, day, time);
        if (!startsAt) return setProblem({ field: 'startsAt', message: t('pickDayAndTime'), code: null });
        const result = await move({ input: { matchId: match.id, startsAt } });
        if (result.error) return setProblem(problemOf(result.error));
        notifySuccess(t('meetingMoved'));
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('moveMeeting')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('moveMeetingText')}
        </Text>
        <Group grow align="flex-start">
          <DateInput label={t('day')} description={t('dayFormat')} valueFormat="YYYY-MM-DD" value={day} onChange={setDay} minDate={dayjs().format('YYYY-MM-DD')} error={problem?.field === 'startsAt' ? problem.message : undefined} />
          <TimeInput label={t('startTime')} description={t('inYourZone', { zone: dates.timeZone })} value={time} onChange={(event) => setTime(event.currentTarget.value)} />
        </Group>
        {problem?.field !== 'startsAt' && <FormProblem problem={problem} />}
        <Group>
          <Button type="submit" loading={state.fetching}>
            {t('moveMeetingButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MeetingLog({ match }: { match: MentorMatchFieldsFragment }) {
  const { t } = useTranslation('mentoring');
  const dates = useDates();
  const [{ data, error, fetching }] = useQuery({ query: MentoringMeetingLogDocument, variables: { matchId: match.id }, context: LOG_CONTEXT });
  const [state, log] = useMutation(LogMentoringMeetingDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const now = dates.toWallClock(new Date().toISOString());
  const form = useForm({ initialValues: { heldAt: now.slice(0, 10) as string | null, time: now.slice(11, 16), durationMinutes: 45 as number | string, note: '' } });
  const nameOf = (personId: string) => (personId === match.mentor.id ? match.mentor.name : match.mentee.name);
  return (
    <Card>
      <Stack>
        <Title order={2} size="h4">
          {t('meetingLog')}
        </Title>
        {error ? (
          <ErrorState error={error} />
        ) : fetching && !data ? (
          <CardsSkeleton count={1} height={60} />
        ) : data!.mentoringMeetingLog.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('noMeetingsLogged')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={420}>
            <Table aria-label={t('meetingLog')} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('heldAt')}</Table.Th>
                  <Table.Th>{t('minutes')}</Table.Th>
                  <Table.Th>{t('note')}</Table.Th>
                  <Table.Th>{t('loggedBy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data!.mentoringMeetingLog.map((entry) => (
                  <Table.Tr key={entry.id}>
                    <Table.Td>{dates.shortDateTime(entry.heldAt)}</Table.Td>
                    <Table.Td>{entry.durationMinutes}</Table.Td>
                    <Table.Td>{entry.note}</Table.Td>
                    <Table.Td>{nameOf(entry.loggedById)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <form
          onSubmit={form.onSubmit(async (values) => {
            setProblem(null);
            const heldAt = instantOf(dates, values.heldAt, values.time);
            if (!heldAt) return form.setFieldError('heldAt', t('pickDayAndTime'));
            const result = await log({ input: { matchId: match.id, heldAt, durationMinutes: Number(values.durationMinutes), note: values.note } });
            if (result.error) return setProblem(showProblemOnForm(form, problemOf(result.error)));
            notifySuccess(t('meetingLogged'));
            form.setFieldValue('note', '');
          })}
        >
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('logMeeting')}
            </Title>
            <Group grow align="flex-start">
              <DateInput label={t('heldOn')} description={t('dayFormat')} valueFormat="YYYY-MM-DD" maxDate={now.slice(0, 10)} {...form.getInputProps('heldAt')} />
              <TimeInput label={t('startTime')} description={t('inYourZone', { zone: dates.timeZone })} {...form.getInputProps('time')} />
            </Group>
            {/* No clamping: a duration out of bounds is the API's to refuse, with its message at the field. */}
            <NumberInput label={t('durationMinutes')} min={5} max={480} clampBehavior="none" {...form.getInputProps('durationMinutes')} />
            <Textarea label={t('note')} description={t('noteText')} autosize minRows={2} {...form.getInputProps('note')} />
            <FormProblem problem={problem} />
            <Group>
              <Button type="submit" loading={state.fetching}>
                {t('logMeetingButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}

function Feedback({ match }: { match: MentorMatchFieldsFragment }) {
  const { t } = useTranslation('mentoring');
  const [{ data, error, fetching }] = useQuery({ query: MyMentoringFeedbackDocument, variables: { matchId: match.id }, context: FEEDBACK_CONTEXT });
  const [state, give] = useMutation(GiveMentoringFeedbackDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const form = useForm({ initialValues: { rating: '', comment: '' } });
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return <CardsSkeleton count={1} height={120} />;
  const given = data!.myMentoringFeedback;
  return (
    <Card>
      <Stack>
        <Title order={2} size="h4">
          {t('feedback')}
        </Title>
        {given ? (
          <Stack gap={4} role="status">
            <Text size="sm">{t('feedbackGiven', { rating: given.rating })}</Text>
            {given.comment && (
              <Text size="sm" c="dimmed">
                {given.comment}
              </Text>
            )}
          </Stack>
        ) : (
          <form
            onSubmit={form.onSubmit(async (values) => {
              setProblem(null);
              if (!values.rating) return form.setFieldError('rating', t('pickRating'));
              const result = await give({ input: { matchId: match.id, rating: Number(values.rating), comment: values.comment } });
              if (result.error) return setProblem(showProblemOnForm(form, problemOf(result.error)));
              notifySuccess(t('feedbackThanks'));
            })}
          >
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {t('feedbackText')}
              </Text>
              <Radio.Group label={t('rating')} {...form.getInputProps('rating')}>
                <Group gap="md" mt={4}>
                  {['1', '2', '3', '4', '5'].map((value) => (
                    <Radio key={value} value={value} label={t(`ratings.${value}`)} />
                  ))}
                </Group>
              </Radio.Group>
              <Textarea label={t('comment')} description={t('commentText')} autosize minRows={2} {...form.getInputProps('comment')} />
              <FormProblem problem={problem} />
              <Group>
                <Button type="submit" loading={state.fetching}>
                  {t('giveFeedback')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Card>
  );
}

export function MatchPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('mentoring');
  const me = useMe();
  const dates = useDates();
  const [{ data, error, fetching }] = useQuery({ query: MyMentoringHistoryDocument, requestPolicy: 'cache-and-network' });
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return <CardsSkeleton />;
  const match = data!.myMentoringHistory.find((candidate) => candidate.id === id);
  if (!match) {
    return (
      <Page title={t('matchNotFound')}>
        <EmptyState
          title={t('matchNotFound')}
          action={
            <Button component={Link} to="/mentoring/matches" variant="light">
              {t('matchesTitle')}
            </Button>
          }
        >
          {t('matchNotFoundText')}
        </EmptyState>
      </Page>
    );
  }
  const asMentor = match.mentor.id === me.id;
  const other = asMentor ? match.mentee : match.mentor;
  const running = match.status === 'ACCEPTED';
  return (
    <Page
      title={asMentor ? t('yourMentee', { name: other.name }) : t('yourMentor', { name: other.name })}
      description={`${other.jobTitle} · ${other.department} · ${other.site} · ${other.email}`}
      actions={<Badge size="lg">{t(`matchStatus.${match.status}`)}</Badge>}
    >
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack>
            <Card>
              <Stack>
                {match.meetingStartsAt ? (
                  <Group gap={6} wrap="nowrap">
                    <IconCalendarEvent size={18} aria-hidden />
                    <Text size="sm">
                      {match.meetingCalledOff
                        ? t('firstMeetingCalledOff', { when: dates.dateTime(match.meetingStartsAt) })
                        : `${t('firstMeeting', { when: dates.dateTime(match.meetingStartsAt) })} · ${match.meetingRoom ?? t('online')}`}
                    </Text>
                  </Group>
                ) : (
                  <Text size="sm">{t('noMeetingPlanned')}</Text>
                )}
                {running && match.runsUntil && <Text size="sm">{t('runsUntil', { when: dates.day(match.runsUntil) })}</Text>}
                {match.completedAt && <Text size="sm">{t('completedOn', { when: dates.day(match.completedAt) })}</Text>}
                <Text size="sm" fw={600}>
                  {t('whyThisMatch')}
                </Text>
                <Reasons match={match} />
                {running && <MoveMeeting match={match} />}
              </Stack>
            </Card>
            {match.status === 'COMPLETED' && <Feedback match={match} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          {running || match.status === 'COMPLETED' ? (
            <MeetingLog match={match} />
          ) : (
            <EmptyState title={t('noMeetingLog')}>{t('noMeetingLogText')}</EmptyState>
          )}
        </Grid.Col>
      </Grid>
    </Page>
  );
}
