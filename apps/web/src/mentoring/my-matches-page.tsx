import { Anchor, Badge, Button, Card, Checkbox, Grid, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type ApiProblem, notifySuccess, problemOf } from '../api/feedback';
import { useMe } from '../app/me-context';
import { useDates } from '../common/dates';
import { FormProblem } from '../common/form-problem';
import { Page } from '../common/page';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { MentorMatchFieldsFragment, MyMeetingSettingsQuery } from '../gql/graphql';
import { MyMeetingSettingsDocument, MyMentoringHistoryDocument, SetMyMeetingUrlDocument, SetMyWorkingHoursDocument } from '../gql/graphql';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
/** How the history is shown: what runs now first, then what ended, then what never started. */
const SECTIONS = [
  { key: 'current', statuses: ['PROPOSED', 'ACCEPTED'] },
  { key: 'ended', statuses: ['COMPLETED', 'ENDED'] },
  { key: 'declined', statuses: ['DECLINED'] },
  { key: 'expired', statuses: ['EXPIRED'] },
] as const;

function MatchCard({ match }: { match: MentorMatchFieldsFragment }) {
  const { t } = useTranslation('mentoring');
  const me = useMe();
  const dates = useDates();
  const asMentor = match.mentor.id === me.id;
  const other = asMentor ? match.mentee : match.mentor;
  return (
    <Card padding="md">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/mentoring/matches/${match.id}`} fw={600}>
            {asMentor ? t('yourMentee', { name: other.name }) : t('yourMentor', { name: other.name })}
          </Anchor>
          <Badge variant="light" color={match.status === 'ACCEPTED' ? 'teal' : 'gray'}>
            {t(`matchStatus.${match.status}`)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {other.department} · {other.site}
        </Text>
        {match.decidedAt && <Text size="xs">{t('decidedOn', { when: dates.day(match.decidedAt) })}</Text>}
        {match.status === 'ACCEPTED' && match.runsUntil && <Text size="xs">{t('runsUntil', { when: dates.day(match.runsUntil) })}</Text>}
        {match.completedAt && <Text size="xs">{t('completedOn', { when: dates.day(match.completedAt) })}</Text>}
      </Stack>
    </Card>
  );
}

interface DayRow {
  weekday: number;
  works: boolean;
  start: string;
  end: string;
}

function WorkingHoursForm({ settings }: { settings: MyMeetingSettingsQuery['me'] }) {
  const { t } = useTranslation('mentoring');
  const [state, save] = useMutation(SetMyWorkingHoursDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [days, setDays] = useState<DayRow[]>(() =>
    WEEKDAYS.map((weekday) => {
      const day = settings.workingHours.find((hours) => hours.weekday === weekday);
      return { weekday, works: Boolean(day), start: day?.start ?? '09:00', end: day?.end ?? '17:00' };
    }),
  );
  const change = (weekday: number, changes: Partial<DayRow>) => setDays((rows) => rows.map((row) => (row.weekday === weekday ? { ...row, ...changes } : row)));
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setProblem(null);
        const result = await save({ hours: days.filter((day) => day.works).map(({ weekday, start, end }) => ({ weekday, start, end })) });
        if (result.error) return setProblem(problemOf(result.error));
        notifySuccess(t('workingHoursSaved'));
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('workingHours')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('workingHoursText', { zone: settings.timeZone })}
        </Text>
        {days.map((day) => {
          const name = t(`weekdays.${day.weekday}`);
          return (
            <Group key={day.weekday} gap="xs" wrap="nowrap" align="center">
              <Checkbox w={130} label={name} checked={day.works} onChange={(event) => change(day.weekday, { works: event.currentTarget.checked })} />
              <TimeInput aria-label={t('dayStarts', { day: name })} value={day.start} disabled={!day.works} onChange={(event) => change(day.weekday, { start: event.currentTarget.value })} style={{ flex: 1 }} />
              <TimeInput aria-label={t('dayEnds', { day: name })} value={day.end} disabled={!day.works} onChange={(event) => change(day.weekday, { end: event.currentTarget.value })} style={{ flex: 1 }} />
            </Group>
          );
        })}
        {/* The API names the list as a whole (field "hours"): its message stands under the days. */}
        <FormProblem problem={problem} />
        <Group>
          <Button type="submit" loading={state.fetching}>
            {t('saveWorkingHours')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MeetingUrlForm({ settings }: { settings: MyMeetingSettingsQuery['me'] }) {
  const { t } = useTranslation('mentoring');
  const [state, save] = useMutation(SetMyMeetingUrlDocument);
  const [url, setUrl] = useState(settings.meetingUrl ?? '');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  return (
    <form
      onSubmit={async (event) => {
        event.preventDefault();
        setProblem(null);
        const result = await save({ url: url.trim() || null });
        if (result.error) return setProblem(problemOf(result.error));
        notifySuccess(url.trim() ? t('meetingUrlSaved') : t('meetingUrlRemoved'));
      }}
    >
      <Stack gap="xs">
        <TextInput
          label={t('meetingUrl')}
          description={t('meetingUrlText')}
          placeholder="https://meet.example.com/your-name"
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={problem?.field === 'url' ? problem.message : undefined}
        />
        {problem?.field !== 'url' && <FormProblem problem={problem} />}
        <Group>
          <Button type="submit" loading={state.fetching}>
            {t('saveMeetingUrl')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function MeetingSettings() {
  const { t } = useTranslation('mentoring');
  const [{ data, error, fetching }] = useQuery({ query: MyMeetingSettingsDocument, requestPolicy: 'cache-and-network' });
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return <CardsSkeleton count={1} height={400} />;
  return (
    <Card>
      <Stack>
        <Title order={2} size="h4">
          {t('meetingSettings')}
        </Title>
        <WorkingHoursForm settings={data!.me} />
        <MeetingUrlForm settings={data!.me} />
      </Stack>
    </Card>
  );
}

export function MyMatchesPage() {
  const { t } = useTranslation('mentoring');
  const [{ data, error, fetching }] = useQuery({ query: MyMentoringHistoryDocument, requestPolicy: 'cache-and-network' });
  const history = data?.myMentoringHistory ?? [];
  return (
    <Page
      title={t('matchesTitle')}
      description={t('matchesText')}
      actions={
        <Button component={Link} to="/mentoring" variant="default">
          {t('backToMentoring')}
        </Button>
      }
    >
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            {error ? (
              <ErrorState error={error} />
            ) : fetching && !data ? (
              <CardsSkeleton />
            ) : history.length === 0 ? (
              <EmptyState title={t('noHistory')}>{t('noHistoryText')}</EmptyState>
            ) : (
              SECTIONS.map((section) => {
                const matches = history.filter((match) => (section.statuses as readonly string[]).includes(match.status));
                if (matches.length === 0) return null;
                return (
                  <Stack key={section.key} gap="xs">
                    <Title order={2} size="h4">
                      {t(`history.${section.key}`)}
                    </Title>
                    {matches.map((match) => (
                      <MatchCard key={match.id} match={match} />
                    ))}
                  </Stack>
                );
              })
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <MeetingSettings />
        </Grid.Col>
      </Grid>
    </Page>
  );
}
