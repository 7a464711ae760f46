import { Alert, Autocomplete, Badge, Button, Card, Group, Modal, NumberInput, Radio, ScrollArea, Select, SimpleGrid, Stack, Table, Tabs, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useDebouncedValue, useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconCalendarClock, IconMail, IconPencil, IconTools, IconUsers } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { type ApiProblem, notifyProblem, notifySuccess, problemOf } from '../api/feedback';
import { useDates } from '../common/dates';
import { FormProblem, showProblemOnForm } from '../common/form-problem';
import { CardsSkeleton, EmptyState, ErrorState } from '../common/states';
import type { FreeRoomsQuery, SessionFormat, SessionLevel } from '../gql/graphql';
import { FORMATS } from './discover-page';
import { sessionRules } from './session-rules';
import {
  AddSessionHostDocument,
  CancelSessionDocument,
  CompleteSessionDocument,
  FacilityTeamsForSessionDocument,
  FreeRoomsDocument,
  MoveSessionDocument,
  PeopleSearchDocument,
  RequestFacilityDocument,
  RescheduleSessionDocument,
  ScheduleSessionDocument,
  SessionAttendeesDocument,
  SessionMessagesDocument,
  UpdateSessionDetailsDocument,
  WithdrawFacilityRequestDocument,
} from '../gql/graphql';
import type { SessionDetails } from './session-page';

const LEVELS: SessionLevel[] = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'];

function DetailsForm({ session }: { session: SessionDetails }) {
  const { t } = useTranslation('sessions');
  const [state, update] = useMutation(UpdateSessionDetailsDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const rules = sessionRules(t);
  const form = useForm({
    initialValues: {
      title: session.title,
      description: session.description,
      format: session.format as string,
      level: session.level as string,
      language: session.language,
      capacity: session.capacity as number | string,
      onlineUrl: session.onlineUrl ?? '',
      skills: session.skills.map((skill) => skill.name),
    },
    validate: { title: rules.title, description: rules.description, capacity: rules.capacity, onlineUrl: rules.onlineUrl, skills: rules.skills },
  });
  return (
    <form
      onSubmit={form.onSubmit(async (values) => {
        setProblem(null);
        const result = await update({
          input: {
            sessionId: session.id,
            title: values.title,
            description: values.description,
            format: values.format as SessionFormat,
            level: values.level as SessionLevel,
            language: values.language,
            capacity: Number(values.capacity),
            onlineUrl: values.onlineUrl || null,
            skills: values.skills,
          },
        });
        if (result.error) return setProblem(showProblemOnForm(form, problemOf(result.error)));
        notifySuccess(t('saved'));
      })}
    >
      <Stack>
        <TextInput label={t('fields.title')} {...form.getInputProps('title')} />
        <Textarea label={t('fields.description')} autosize minRows={3} {...form.getInputProps('description')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select label={t('fields.format')} data={FORMATS.map((value) => ({ value, label: t(`formats.${value}`) }))} {...form.getInputProps('format')} />
          <Select label={t('fields.level')} data={LEVELS.map((value) => ({ value, label: t(`levels.${value}`) }))} {...form.getInputProps('level')} />
          <Select label={t('fields.language')} data={[{ value: 'nl', label: t('languages.nl') }, { value: 'en', label: t('languages.en') }]} {...form.getInputProps('language')} />
          <NumberInput label={t('fields.capacity')} min={1} {...form.getInputProps('capacity')} />
        </SimpleGrid>
        <TextInput label={t('fields.onlineUrl')} {...form.getInputProps('onlineUrl')} />
        <TagsInput label={t('fields.skills')} {...form.getInputProps('skills')} />
        <FormProblem problem={problem} />
        <Group>
          <Button type="submit" loading={state.fetching}>
            {t('save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function CoHosts({ session }: { session: SessionDetails }) {
  const { t } = useTranslation('sessions');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [{ data }] = useQuery({ query: PeopleSearchDocument, variables: { search: debounced }, pause: debounced.length < 2 });
  const [state, addHost] = useMutation(AddSessionHostDocument);
  const [problem, setProblem] = useState<string | null>(null);
  const options = (data?.people ?? []).filter((person) => !session.hosts.some((host) => host.id === person.id));
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('coHosts')}
      </Title>
      <Autocomplete
        label={t('addCoHost')}
        value={search}
        onChange={setSearch}
        error={problem}
        disabled={state.fetching}
        data={options.map((person) => ({ value: person.id, label: `${person.name} (${person.email})` }))}
        onOptionSubmit={async (personId) => {
          setProblem(null);
          const result = await addHost({ sessionId: session.id, personId });
          if (result.error) return setProblem(problemOf(result.error).message);
          setSearch('');
          notifySuccess(t('coHostAdded'));
        }}
      />
    </Stack>
  );
}

type FreeRoom = FreeRoomsQuery['freeRooms'][number];

/** A day typed as the field shows it (2030-03-02), and one that exists (not 2030-02-31). */
function isDay(typed: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(typed) && dayjs(typed).format('YYYY-MM-DD') === typed;
}

/**
 * Free rooms that fit the seats at a time; the host picks one. The API decides what is free. A session's
 * own booking keeps its room out of freeRooms at times that overlap it, so a reschedule offers that room
 * as well, as what it has now: the API books it again, or answers the clash.
 */
function RoomPicker({ startsAt, durationMinutes, seats, value, onChange, exceptRoomId, currentRoom }: { startsAt: string | null; durationMinutes: number; seats: number; value: string | null; onChange: (roomId: string | null) => void; exceptRoomId?: string; currentRoom?: FreeRoom | null }) {
  const { t } = useTranslation('sessions');
  const endsAt = startsAt ? dayjs(startsAt).add(durationMinutes, 'minute').toISOString() : null;
  const [{ data, fetching, error }] = useQuery({
    query: FreeRoomsDocument,
    variables: { input: { startsAt: startsAt ?? '', endsAt: endsAt ?? '', seats } },
    pause: !startsAt,
    requestPolicy: 'network-only',
  });
  if (!startsAt) return <Text size="sm" c="dimmed">{t('pickTimeFirst')}</Text>;
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return <CardsSkeleton count={2} height={48} />;
  const free = (data?.freeRooms ?? []).filter((room) => room.id !== exceptRoomId);
  const kept = currentRoom && !free.some((room) => room.id === currentRoom.id) ? currentRoom : null;
  const rooms = kept ? [kept, ...free] : free;
  return (
    <Radio.Group label={kept ? t('freeRoomsAndCurrent', { count: free.length }) : t('freeRooms', { count: free.length })} value={value ?? 'online'} onChange={(picked) => onChange(picked === 'online' ? null : picked)}>
      <Stack gap={6} mt="xs">
        {rooms.map((room: FreeRoom) => (
          <Radio.Card key={room.id} value={room.id} p="sm" radius="md">
            <Group wrap="nowrap">
              <Radio.Indicator />
              <div>
                <Text fw={600} size="sm">
                  {room.name}, {room.site}
                </Text>
                <Text size="xs" c="dimmed">
                  {room === kept && `${t('currentRoom')} · `}
                  {t('roomSeats', { count: room.capacity })}
                  {room.equipment.length > 0 && ` · ${room.equipment.map((item) => t(`equipment.${item}`)).join(', ')}`}
                </Text>
              </div>
            </Group>
          </Radio.Card>
        ))}
        {exceptRoomId === undefined && (
          <Radio.Card value="online" p="sm" radius="md">
            <Group wrap="nowrap">
              <Radio.Indicator />
              <Text size="sm">{t('onlineOnly')}</Text>
            </Group>
          </Radio.Card>
        )}
      </Stack>
    </Radio.Group>
  );
}

interface Clash {
  message: string;
  suggestions: { startsAt: string; room: FreeRoom }[];
}

function ScheduleForm({ session }: { session: SessionDetails }) {
  const { t } = useTranslation('sessions');
  const dates = useDates();
  const client = useClient();
  const rescheduling = session.status === 'SCHEDULED';
  const initial = session.startsAt ? dates.toWallClock(session.startsAt) : null;
  const [day, setDay] = useState<string | null>(initial ? initial.slice(0, 10) : null);
  const [time, setTime] = useState<string>(initial ? initial.slice(11, 16) : '');
  const wallClock = day && /^\d{2}:\d{2}/.test(time) ? `${day} ${time.slice(0, 5)}:00` : null;
  const setWallClock = (value: string) => {
    setDay(value.slice(0, 10));
    setTime(value.slice(11, 16));
  };
  const [roomId, setRoomId] = useState<string | null>(session.room?.id ?? null);
  const [onlineUrl, setOnlineUrl] = useState(session.onlineUrl ?? '');
  const [clash, setClash] = useState<Clash | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // What was typed in the day field when it is not a date, said at the field and checked before sending.
  const [dayProblem, setDayProblem] = useState<string | null>(null);
  const [schedule, scheduleSession] = useMutation(ScheduleSessionDocument);
  const [reschedule, rescheduleSession] = useMutation(RescheduleSessionDocument);
  const startsAt = wallClock ? dates.toInstant(wallClock) : null;

  /** Other times the same day, an hour apart, when a room that fits is free: asked of the API one by one. */
  const suggest = async (from: string): Promise<Clash['suggestions']> => {
    const suggestions: Clash['suggestions'] = [];
    for (const hours of [1, 2, 3, -1, 24]) {
      const candidate = dayjs(from).add(hours, 'hour');
      const result = await client
        .query(FreeRoomsDocument, { input: { startsAt: candidate.toISOString(), endsAt: candidate.add(session.durationMinutes, 'minute').toISOString(), seats: session.capacity } }, { requestPolicy: 'network-only' })
        .toPromise();
      const room = result.data?.freeRooms.find((free) => free.id === roomId) ?? result.data?.freeRooms[0];
      if (room) suggestions.push({ startsAt: candidate.toISOString(), room });
      if (suggestions.length === 3) break;
    }
    return suggestions;
  };

  const submit = async () => {
    setProblem(null);
    setClash(null);
    // The day field already says what is wrong with it; nothing is sent until it holds a day.
    if (dayProblem) return;
    if (!startsAt) return setProblem({ field: 'startsAt', message: t('pickTimeFirst'), code: null });
    const input = { sessionId: session.id, startsAt, roomId, onlineUrl: onlineUrl || null };
    const result = rescheduling ? await rescheduleSession({ input }) : await scheduleSession({ input });
    if (result.error) {
      const found = problemOf(result.error);
      if (found.code === 'CONFLICT') return setClash({ message: found.message, suggestions: await suggest(startsAt) });
      return setProblem(found);
    }
    notifySuccess(rescheduling ? t('rescheduled') : t('scheduled'));
  };

  return (
    <Stack>
      <Group grow align="flex-start">
        <DateInput
          label={t('fields.day')}
          description={t('dayFormat')}
          value={day}
          onChange={(value) => {
            setDay(value);
            setDayProblem(null);
            setClash(null);
          }}
          onBlur={(event) => {
            const typed = event.currentTarget.value.trim();
            const invalid = typed !== '' && !isDay(typed);
            // The picker rolls a day that does not exist (2030-02-31) over to another (2030-03-03): drop it.
            if (invalid) setDay(null);
            setDayProblem(invalid ? t('dayInvalid', { typed }) : null);
          }}
          valueFormat="YYYY-MM-DD"
          error={dayProblem ?? (problem?.field === 'startsAt' ? problem.message : undefined)}
          minDate={dayjs().format('YYYY-MM-DD')}
        />
        <TimeInput
          label={t('fields.time')}
          description={t('inYourZone', { zone: dates.timeZone })}
          value={time}
          onChange={(event) => {
            setTime(event.currentTarget.value);
            setClash(null);
          }}
        />
      </Group>
      <RoomPicker startsAt={startsAt} durationMinutes={session.durationMinutes} seats={session.capacity} value={roomId} onChange={setRoomId} currentRoom={rescheduling ? session.room : null} />
      {roomId === null && <TextInput label={t('fields.onlineUrl')} value={onlineUrl} onChange={(event) => setOnlineUrl(event.currentTarget.value)} error={problem?.field === 'onlineUrl' ? problem.message : undefined} />}
      {clash && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('clash')} role="alert">
          <Stack gap="xs">
            <Text size="sm">{clash.message}</Text>
            {clash.suggestions.length > 0 && (
              <>
                <Text size="sm" fw={600}>
                  {t('suggestions')}
                </Text>
                <Group gap="xs">
                  {clash.suggestions.map((suggestion) => (
                    <Button
                      key={suggestion.startsAt}
                      size="xs"
                      variant="light"
                      onClick={() => {
                        setWallClock(dates.toWallClock(suggestion.startsAt));
                        setRoomId(suggestion.room.id);
                        setClash(null);
                      }}
                    >
                      {dates.shortDateTime(suggestion.startsAt)} · {suggestion.room.name}
                    </Button>
                  ))}
                </Group>
              </>
            )}
          </Stack>
        </Alert>
      )}
      <FormProblem problem={problem && problem.field !== 'startsAt' && problem.field !== 'onlineUrl' ? problem : null} />
      <Group>
        <Button leftSection={<IconCalendarClock size={18} />} onClick={() => void submit()} loading={schedule.fetching || reschedule.fetching}>
          {rescheduling ? t('reschedule') : t('schedule')}
        </Button>
      </Group>
    </Stack>
  );
}

function MoveForm({ session }: { session: SessionDetails }) {
  const { t } = useTranslation('sessions');
  const [roomId, setRoomId] = useState<string | null>(null);
  const [state, move] = useMutation(MoveSessionDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  if (!session.startsAt) return null;
  return (
    <Stack>
      <RoomPicker startsAt={session.startsAt} durationMinutes={session.durationMinutes} seats={session.capacity} value={roomId} onChange={setRoomId} exceptRoomId={session.room?.id ?? ''} />
      <FormProblem problem={problem} />
      <Group>
        <Button
          variant="light"
          disabled={!roomId}
          loading={state.fetching}
          onClick={async () => {
            setProblem(null);
            const result = await move({ input: { sessionId: session.id, roomId: roomId! } });
            if (result.error) return setProblem(problemOf(result.error));
            notifySuccess(t('moved'));
            setRoomId(null);
          }}
        >
          {t('move')}
        </Button>
      </Group>
    </Stack>
  );
}

function EndButtons({ session }: { session: SessionDetails }) {
  const { t } = useTranslation('sessions');
  const [opened, { open, close }] = useDisclosure();
  const [cancelState, cancel] = useMutation(CancelSessionDocument);
  const [completeState, complete] = useMutation(CompleteSessionDocument);
  const ended = session.status === 'CANCELLED' || session.status === 'COMPLETED';
  if (ended) return null;
  return (
    <Group>
      {session.status === 'SCHEDULED' && (
        <Button
          variant="default"
          loading={completeState.fetching}
          onClick={async () => {
            const result = await complete({ sessionId: session.id });
            if (result.error) return notifyProblem(problemOf(result.error));
            notifySuccess(t('completed'));
          }}
        >
          {t('complete')}
        </Button>
      )}
      <Button color="red" variant="light" onClick={open}>
        {t('cancelSession')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('cancelTitle')} centered>
        <Stack>
          <Text size="sm">{t('cancelText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('keep')}
            </Button>
            <Button
              color="red"
              loading={cancelState.fetching}
              onClick={async () => {
                const result = await cancel({ sessionId: session.id });
                close();
                if (result.error) return notifyProblem(problemOf(result.error));
                notifySuccess(t('cancelled'));
              }}
            >
              {t('confirmCancel')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}

function Attendees({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('sessions');
  const dates = useDates();
  const [{ data, error, fetching }] = useQuery({ query: SessionAttendeesDocument, variables: { sessionId }, requestPolicy: 'cache-and-network' });
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return <CardsSkeleton count={2} height={40} />;
  const attendees = (data?.sessionAttendees ?? []).filter((attendee) => attendee.registration.status !== 'LEFT');
  if (attendees.length === 0) return <EmptyState title={t('noAttendees')}>{t('noAttendeesText')}</EmptyState>;
  return (
    <ScrollArea>
      <Table striped highlightOnHover miw={520} aria-label={t('attendees')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('person')}</Table.Th>
            <Table.Th>{t('reply')}</Table.Th>
            <Table.Th>{t('since')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {attendees.map(({ person, registration }) => (
            <Table.Tr key={registration.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {person.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {person.email} · {person.department}
                </Text>
              </Table.Td>
              <Table.Td>
                {registration.status === 'SEATED' ? (
                  <Badge color="teal" variant="light">
                    {t('seated')}
                  </Badge>
                ) : (
                  <Badge color="grape" variant="light">
                    {t('waitlistPlace', { position: registration.waitlistPosition })}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{dates.shortDateTime(registration.createdAt)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea>
  );
}

export function MessageStatusBadge({ status }: { status: string }) {
  const color = { DONE: 'teal', PENDING: 'blue', SKIPPED: 'gray', FAILED: 'red' }[status] ?? 'gray';
  return (
    <Badge color={color} variant="light">
      {status}
    </Badge>
  );
}

function MailLog({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('sessions');
  const dates = useDates();
  const [{ data, error, fetching }, refresh] = useQuery({ query: SessionMessagesDocument, variables: { sessionId }, requestPolicy: 'cache-and-network' });
  if (error) return <ErrorState error={error} />;
  if (fetching && !data) return <CardsSkeleton count={2} height={40} />;
  const messages = data?.sessionMessages ?? [];
  return (
    <Stack>
      <Group justify="flex-end">
        <Button size="xs" variant="subtle" onClick={() => refresh({ requestPolicy: 'network-only' })}>
          {t('refresh')}
        </Button>
      </Group>
      {messages.length === 0 ? (
        <EmptyState title={t('noMessages')} />
      ) : (
        <ScrollArea>
          <Table striped miw={640} aria-label={t('mailLog')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('kind')}</Table.Th>
                <Table.Th>{t('recipient')}</Table.Th>
                <Table.Th>{t('state')}</Table.Th>
                <Table.Th>{t('attempts')}</Table.Th>
                <Table.Th>{t('when')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {messages.map((message) => (
                <Table.Tr key={message.id}>
                  <Table.Td>{t(`messageKinds.${message.kind}`, { defaultValue: message.kind })}</Table.Td>
                  <Table.Td>{message.recipient}</Table.Td>
                  <Table.Td>
                    <MessageStatusBadge status={message.status} />
                    {message.lastError && (
                      <Text size="xs" c="red">
                        {message.lastError}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{message.attempts}</Table.Td>
                  <Table.Td>{dates.shortDateTime(message.processedAt ?? message.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
    </Stack>
  );
}

function Facilities({ session }: { session: SessionDetails }) {
  const { t } = useTranslation('sessions');
  const [{ data }] = useQuery({ query: FacilityTeamsForSessionDocument, variables: { site: session.room?.site ?? null } });
  const [requestState, request] = useMutation(RequestFacilityDocument);
  const [, withdraw] = useMutation(WithdrawFacilityRequestDocument);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const form = useForm({ initialValues: { facilityTeamId: '' as string | null, note: '' } });
  return (
    <Stack>
      {session.facilityRequests.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('noFacilityRequests')}
        </Text>
      ) : (
        <Stack gap="xs">
          {session.facilityRequests.map((facility) => (
            <Card key={facility.team.id} padding="sm">
              <Group justify="space-between" wrap="nowrap">
                <div>
                  <Text fw={600} size="sm">
                    {facility.team.name}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {facility.note || '—'}
                  </Text>
                </div>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  onClick={async () => {
                    const result = await withdraw({ sessionId: session.id, facilityTeamId: facility.team.id });
                    if (result.error) return notifyProblem(problemOf(result.error));
                    notifySuccess(t('facilityWithdrawn'));
                  }}
                >
                  {t('withdraw')}
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <form
        onSubmit={form.onSubmit(async (values) => {
          setProblem(null);
          const result = await request({ input: { sessionId: session.id, facilityTeamId: values.facilityTeamId ?? '', note: values.note } });
          if (result.error) return setProblem(showProblemOnForm(form, problemOf(result.error)));
          form.reset();
          notifySuccess(t('facilityRequested'));
        })}
      >
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('facilityTeam')} data={(data?.facilityTeams ?? []).map((team) => ({ value: team.id, label: `${team.name} (${t(`facilityKinds.${team.kind}`)})` }))} {...form.getInputProps('facilityTeamId')} />
            <TextInput label={t('facilityNote')} placeholder={t('facilityNotePlaceholder')} {...form.getInputProps('note')} />
          </SimpleGrid>
          <FormProblem problem={problem} />
          <Group>
            <Button type="submit" variant="light" loading={requestState.fetching}>
              {t('requestFacility')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

/** What the hosts (and admins) of a session can do with it. */
export function HostPanel({ session }: { session: SessionDetails }) {
  const { t } = useTranslation('sessions');
  const open = session.status === 'PROPOSED' || session.status === 'SCHEDULED';
  return (
    <Card>
      <Stack>
        <Title order={2} size="h4">
          {t('hostTools')}
        </Title>
        <Tabs defaultValue={open ? 'schedule' : 'attendees'} keepMounted={false}>
          <Tabs.List>
            {open && (
              <Tabs.Tab value="schedule" leftSection={<IconCalendarClock size={16} />}>
                {session.status === 'SCHEDULED' ? t('timeAndRoom') : t('schedule')}
              </Tabs.Tab>
            )}
            {open && (
              <Tabs.Tab value="details" leftSection={<IconPencil size={16} />}>
                {t('edit')}
              </Tabs.Tab>
            )}
            <Tabs.Tab value="attendees" leftSection={<IconUsers size={16} />}>
              {t('attendees')}
            </Tabs.Tab>
            <Tabs.Tab value="mail" leftSection={<IconMail size={16} />}>
              {t('mailLog')}
            </Tabs.Tab>
            {open && (
              <Tabs.Tab value="facilities" leftSection={<IconTools size={16} />}>
                {t('facilities')}
              </Tabs.Tab>
            )}
          </Tabs.List>
          <Tabs.Panel value="schedule" pt="md">
            <Stack gap="xl">
              <ScheduleForm session={session} />
              {session.status === 'SCHEDULED' && session.room && (
                <Stack gap="xs">
                  <Title order={3} size="h5">
                    {t('moveTitle')}
                  </Title>
                  <MoveForm session={session} />
                </Stack>
              )}
              <EndButtons session={session} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="details" pt="md">
            <Stack gap="xl">
              <DetailsForm session={session} />
              <CoHosts session={session} />
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="attendees" pt="md">
            <Attendees sessionId={session.id} />
          </Tabs.Panel>
          <Tabs.Panel value="mail" pt="md">
            <MailLog sessionId={session.id} />
          </Tabs.Panel>
          <Tabs.Panel value="facilities" pt="md">
            <Facilities session={session} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Card>
  );
}
