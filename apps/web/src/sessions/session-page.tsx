import { Alert, Anchor, Badge, Button, Card, Grid, Group, Menu, Skeleton, Stack, Text, Title, Breadcrumbs } from '@mantine/core';
import { IconCalendarPlus, IconClock, IconInfoCircle, IconLanguage, IconSchool } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { notifyProblem, notifySuccess, problemOf } from '../api/feedback';
import { hasRole, hostsSession, useMe } from '../app/me-context';
import { useDates } from '../common/dates';
import { Page } from '../common/page';
import { ErrorState } from '../common/states';
import type { SessionQuery } from '../gql/graphql';
import { HostPanel } from './host-panel';
import { RegistrationBadge, SeatsBadge, WhereText } from './session-card';
import { JoinSessionDocument, LeaveSessionDocument, SessionDocument, ShowInterestDocument, WithdrawInterestDocument } from '../gql/graphql';

export type SessionDetails = SessionQuery['session'];

/** Links that open the person's own calendar with the session filled in; joining also sends an invite by mail. */
function AddToCalendar({ session }: { session: SessionDetails }) {
  const { t } = useTranslation('sessions');
  if (!session.startsAt || !session.endsAt) return null;
  const stamp = (value: string) => dayjs(value).utc().format('YYYYMMDD[T]HHmmss[Z]');
  const where = session.room ? `${session.room.name}, ${session.room.site}` : (session.onlineUrl ?? '');
  const details = `${session.description}\n\n${window.location.origin}/sessions/${session.id}`;
  const google = `https://calendar.google.com/calendar/render?${new URLSearchParams({
    action: 'TEMPLATE',
    text: session.title,
    dates: `${stamp(session.startsAt)}/${stamp(session.endsAt)}`,
    details,
    location: where,
  })}`;
  const outlook = `https://outlook.office.com/calendar/0/deeplink/compose?${new URLSearchParams({
    subject: session.title,
    startdt: dayjs(session.startsAt).toISOString(),
    enddt: dayjs(session.endsAt).toISOString(),
    body: details,
    location: where,
  })}`;
  return (
    <Menu>
      <Menu.Target>
        <Button variant="default" leftSection={<IconCalendarPlus size={18} />}>
          {t('addToCalendar')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('inviteByMail')}</Menu.Label>
        <Menu.Item component="a" href={google} target="_blank" rel="noreferrer">
          Google Calendar
        </Menu.Item>
        <Menu.Item component="a" href={outlook} target="_blank" rel="noreferrer">
          Outlook
        </Menu.Item>
        <Menu.Item component={Link} to="/profile#calendar-feed">
          {t('calendarFeed')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** A refused join, leave or interest means the page was out of date (cancelled, full, left elsewhere): it reads the session again. */
function Participation({ session, hosting, refresh }: { session: SessionDetails; hosting: boolean; refresh: () => void }) {
  const { t } = useTranslation('sessions');
  const refused = (error: CombinedError) => {
    notifyProblem(problemOf(error));
    refresh();
  };
  const [join, joinSession] = useMutation(JoinSessionDocument);
  const [leave, leaveSession] = useMutation(LeaveSessionDocument);
  const [interest, showInterest] = useMutation(ShowInterestDocument);
  const [withdraw, withdrawInterest] = useMutation(WithdrawInterestDocument);
  const [interested, setInterested] = useState(false);
  const registration = session.myRegistration;
  const holding = registration && registration.status !== 'LEFT';

  // Hosts run the session: they neither join it nor show interest in it (the API refuses both).
  if (session.status === 'PROPOSED' && hosting) return <Text size="sm">{t('hostingProposedText', { count: session.interestCount })}</Text>;
  if (session.status === 'PROPOSED') {
    return (
      <Stack gap="xs">
        <Text size="sm">{t('proposedText', { count: session.interestCount })}</Text>
        <Button
          loading={interest.fetching || withdraw.fetching}
          variant={interested ? 'light' : 'filled'}
          aria-pressed={interested}
          onClick={async () => {
            const result = interested ? await withdrawInterest({ sessionId: session.id }) : await showInterest({ sessionId: session.id });
            if (result.error) return refused(result.error);
            setInterested(!interested);
            notifySuccess(interested ? t('interestWithdrawn', { title: session.title }) : t('interestShown', { title: session.title }));
          }}
        >
          {interested ? t('withdrawInterest') : t('showInterest')}
        </Button>
      </Stack>
    );
  }
  if (session.status !== 'SCHEDULED') return <Text size="sm">{t(`statusText.${session.status}`)}</Text>;
  if (hosting) {
    return (
      <Stack gap="sm">
        <Text size="sm" role="status">
          {t('hostingText')}
        </Text>
        <AddToCalendar session={session} />
      </Stack>
    );
  }
  return (
    <Stack gap="sm">
      {holding ? (
        <>
          <Text size="sm" role="status">
            {registration.status === 'SEATED' ? t('seatedText') : t('waitlistedText', { position: registration.waitlistPosition })}
          </Text>
          <Button
            variant="light"
            color="red"
            loading={leave.fetching}
            onClick={async () => {
              const result = await leaveSession({ sessionId: session.id });
              if (result.error) return refused(result.error);
              notifySuccess(t('left', { title: session.title }));
            }}
          >
            {registration.status === 'SEATED' ? t('leave') : t('leaveWaitlist')}
          </Button>
        </>
      ) : (
        <Button
          size="md"
          loading={join.fetching}
          onClick={async () => {
            const result = await joinSession({ sessionId: session.id });
            if (result.error) return refused(result.error);
            const joined = result.data!.joinSession.registration;
            notifySuccess(joined.status === 'SEATED' ? t('joined', { title: session.title }) : t('waitlisted', { position: joined.waitlistPosition }));
          }}
        >
          {session.seatsLeft > 0 ? t('join') : t('joinWaitlist')}
        </Button>
      )}
      <AddToCalendar session={session} />
    </Stack>
  );
}

export function SessionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('sessions');
  const me = useMe();
  const dates = useDates();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: SessionDocument, variables: { id } });
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) {
    return (
      <Stack>
        <Skeleton height={40} width="60%" />
        <Skeleton height={200} />
      </Stack>
    );
  }
  const session = data!.session;
  const hosting = hostsSession(me, session);
  const isHost = hosting || hasRole(me, 'ADMIN');
  return (
    <Stack>
      <Breadcrumbs>
        <Anchor component={Link} to="/" size="sm">
          {t('discoverTitle')}
        </Anchor>
        <Text size="sm" c="dimmed" truncate maw={300}>
          {session.title}
        </Text>
      </Breadcrumbs>
      <Page title={session.title}>
        <Grid>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Card>
              <Stack>
                <Group gap="xs">
                  <Badge variant="dot">{t(`formats.${session.format}`)}</Badge>
                  <Badge variant="light" color="gray" leftSection={<IconSchool size={12} />}>
                    {t(`levels.${session.level}`)}
                  </Badge>
                  <Badge variant="light" color="gray" leftSection={<IconLanguage size={12} />}>
                    {t(`languages.${session.language}`, { defaultValue: session.language })}
                  </Badge>
                  {session.status !== 'SCHEDULED' && <Badge color="gray">{t(`statuses.${session.status}`)}</Badge>}
                </Group>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{session.description || t('noDescription')}</Text>
                {session.skills.length > 0 && (
                  <Group gap={4}>
                    {session.skills.map((skill) => (
                      <Badge key={skill.id} variant="outline" color="gray" tt="none">
                        {skill.name}
                      </Badge>
                    ))}
                  </Group>
                )}
                <Title order={2} size="h5">
                  {t('hostedBy')}
                </Title>
                <Stack gap={4}>
                  {session.hosts.map((host) => (
                    <Text key={host.id} size="sm">
                      <b>{host.name}</b> · {host.jobTitle}, {host.department}
                    </Text>
                  ))}
                </Stack>
              </Stack>
            </Card>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Card>
              <Stack gap="sm">
                {session.startsAt && session.endsAt ? (
                  <Group gap={6} wrap="nowrap" align="flex-start">
                    <IconClock size={18} aria-hidden />
                    <Stack gap={0}>
                      <Text fw={600}>{dates.dateTime(session.startsAt)}</Text>
                      <Text size="sm" c="dimmed">
                        {t('until', { time: dates.time(session.endsAt), zone: dates.timeZone })}
                      </Text>
                    </Stack>
                  </Group>
                ) : (
                  <Alert variant="light" icon={<IconInfoCircle size={18} />}>
                    {t('noTimeYet', { minutes: session.durationMinutes })}
                  </Alert>
                )}
                <WhereText session={session} />
                {session.onlineUrl && (
                  <Anchor href={session.onlineUrl} target="_blank" rel="noreferrer" size="sm">
                    {session.onlineUrl}
                  </Anchor>
                )}
                <Group gap="xs">
                  <SeatsBadge session={session} />
                  <RegistrationBadge session={session} />
                  {session.status === 'SCHEDULED' && (
                    <Text size="xs" c="dimmed">
                      {t('seatsOf', { taken: session.seatsTaken, capacity: session.capacity, waitlist: session.waitlistLength })}
                    </Text>
                  )}
                </Group>
                <Participation session={session} hosting={hosting} refresh={() => reexecute({ requestPolicy: 'network-only' })} />
              </Stack>
            </Card>
          </Grid.Col>
        </Grid>
        {isHost && <HostPanel session={session} />}
      </Page>
    </Stack>
  );
}

