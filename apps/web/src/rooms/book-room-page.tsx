import { Alert, Badge, Button, Card, Grid, Group, Modal, NumberInput, Radio, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput, TimeInput } from '@mantine/dates';
import { IconAlertTriangle, IconCalendarPlus } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { type ApiProblem, notifyProblem, notifySuccess, problemOf } from '../api/feedback';
import { useMe } from '../app/me-context';
import { useDates } from '../common/dates';
import { FormProblem } from '../common/form-problem';
import { Page } from '../common/page';
import { CardsSkeleton, ErrorState } from '../common/states';
import type { MyRoomBookingsQuery } from '../gql/graphql';
import { BookableRoomsDocument, BookRoomDocument, CancelRoomBookingDocument, FreeRoomsDocument, MyRoomBookingsDocument } from '../gql/graphql';

type Meeting = MyRoomBookingsQuery['myRoomBookings'][number];
// Tagged even while the list is empty, so bookRoom and cancelRoomBooking refetch it.
const MINE_CONTEXT = { additionalTypenames: ['RoomMeeting'] };
const CLOCK = /^\d{2}:\d{2}/;

interface Suggestion {
  startsAt: string;
  endsAt: string;
  roomId: string;
  roomName: string;
}

interface Clash {
  message: string;
  suggestions: Suggestion[];
}

function statusColor(status: string): string {
  return status === 'ACCEPTED' ? 'teal' : status === 'TENTATIVE' ? 'yellow' : 'gray';
}

function BookingForm() {
  const { t } = useTranslation('rooms');
  const me = useMe();
  const dates = useDates();
  const client = useClient();
  const [title, setTitle] = useState('');
  const [day, setDay] = useState<string | null>(dates.inZone(new Date()).add(1, 'day').format('YYYY-MM-DD'));
  const [from, setFrom] = useState('10:00');
  const [until, setUntil] = useState('11:00');
  const [seats, setSeats] = useState<number | string>(2);
  const [site, setSite] = useState<string | null>(me.site || null);
  const [roomId, setRoomId] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [clash, setClash] = useState<Clash | null>(null);
  const [state, bookRoom] = useMutation(BookRoomDocument);

  const startsAt = day && CLOCK.test(from) ? dates.toInstant(`${day} ${from.slice(0, 5)}:00`) : null;
  const endsAt = day && CLOCK.test(until) ? dates.toInstant(`${day} ${until.slice(0, 5)}:00`) : null;
  const seatCount = Math.max(1, Number(seats) || 1);
  const timeKnown = startsAt !== null && endsAt !== null && endsAt > startsAt;

  const [{ data: roomsData }] = useQuery({ query: BookableRoomsDocument, variables: { site: null } });
  const [{ data: freeData, fetching: freeFetching, error: freeError }, refreshFree] = useQuery({
    query: FreeRoomsDocument,
    variables: { input: { startsAt: startsAt ?? '', endsAt: endsAt ?? '', seats: seatCount, site } },
    pause: !timeKnown,
    requestPolicy: 'network-only',
  });
  const sites = [...new Set((roomsData?.rooms ?? []).map((room) => room.site))].sort();
  const free = new Set((freeData?.freeRooms ?? []).map((room) => room.id));
  // Every room of the site that seats them: the free ones first; a taken one may still be picked, and the API says why not.
  const rooms = (roomsData?.rooms ?? [])
    .filter((room) => room.site === site && room.capacity >= seatCount)
    .sort((a, b) => Number(free.has(b.id)) - Number(free.has(a.id)) || a.name.localeCompare(b.name));

  const changed = () => {
    setClash(null);
    setProblem(null);
  };

  /** Other times the picked room is free, and other rooms free at the asked time: all asked of the API. */
  const suggest = async (askedStart: string, askedEnd: string, wanted: string): Promise<Suggestion[]> => {
    const length = dayjs(askedEnd).diff(askedStart, 'minute');
    const found: Suggestion[] = [];
    const same = await client.query(FreeRoomsDocument, { input: { startsAt: askedStart, endsAt: askedEnd, seats: seatCount, site } }, { requestPolicy: 'network-only' }).toPromise();
    for (const room of (same.data?.freeRooms ?? []).filter((other) => other.id !== wanted).slice(0, 2)) {
      found.push({ startsAt: askedStart, endsAt: askedEnd, roomId: room.id, roomName: room.name });
    }
    for (const hours of [1, 2, -1, 24]) {
      const candidate = dayjs(askedStart).add(hours, 'hour');
      if (!candidate.isAfter(dayjs())) continue;
      const result = await client
        .query(FreeRoomsDocument, { input: { startsAt: candidate.toISOString(), endsAt: candidate.add(length, 'minute').toISOString(), seats: seatCount, site } }, { requestPolicy: 'network-only' })
        .toPromise();
      const room = result.data?.freeRooms.find((other) => other.id === wanted);
      if (room) found.push({ startsAt: candidate.toISOString(), endsAt: candidate.add(length, 'minute').toISOString(), roomId: room.id, roomName: room.name });
      if (found.length >= 4) break;
    }
    return found;
  };

  const submit = async () => {
    changed();
    if (!startsAt) return setProblem({ field: 'startsAt', message: t('pickStart'), code: null });
    if (!endsAt) return setProblem({ field: 'endsAt', message: t('pickEnd'), code: null });
    if (!roomId) return setProblem({ field: 'roomId', message: t('pickRoom'), code: null });
    const result = await bookRoom({ input: { roomId, title, startsAt, endsAt, seats: seatCount } }, MINE_CONTEXT);
    if (result.error) {
      const found = problemOf(result.error);
      if (found.code === 'CONFLICT') return setClash({ message: found.message, suggestions: await suggest(startsAt, endsAt, roomId) });
      return setProblem(found);
    }
    const booked = result.data!.bookRoom;
    notifySuccess(booked.status === 'TENTATIVE' ? t('bookedTentative', { room: booked.room.name }) : t('booked', { room: booked.room.name, when: dates.shortDateTime(booked.startsAt) }));
    setTitle('');
    setRoomId(null);
    refreshFree({ requestPolicy: 'network-only' });
  };

  const fieldError = (field: string) => (problem?.field === field ? problem.message : undefined);
  return (
    <Card>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Title order={2} size="h4">
            {t('bookTitle')}
          </Title>
          <TextInput label={t('meetingTitle')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} error={fieldError('title')} />
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <DateInput
              label={t('meetingDay')}
              value={day}
              onChange={(value) => {
                setDay(value);
                changed();
              }}
              valueFormat="ddd D MMM YYYY"
              minDate={dayjs().format('YYYY-MM-DD')}
            />
            <TimeInput
              label={t('from')}
              description={t('inYourZone', { zone: dates.timeZone })}
              value={from}
              onChange={(event) => {
                setFrom(event.currentTarget.value);
                changed();
              }}
              error={fieldError('startsAt')}
            />
            <TimeInput
              label={t('until')}
              value={until}
              onChange={(event) => {
                setUntil(event.currentTarget.value);
                changed();
              }}
              error={fieldError('endsAt')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NumberInput
              label={t('people')}
              min={1}
              allowDecimal={false}
              value={seats}
              onChange={(value) => {
                setSeats(value);
                changed();
              }}
              error={fieldError('seats')}
            />
            <Select
              label={t('site')}
              data={sites}
              value={site}
              onChange={(value) => {
                setSite(value);
                setRoomId(null);
                changed();
              }}
              allowDeselect={false}
            />
          </SimpleGrid>
          {!timeKnown ? (
            <Text size="sm" c="dimmed">
              {t('pickTime')}
            </Text>
          ) : freeError ? (
            <ErrorState error={freeError} />
          ) : freeFetching && !freeData ? (
            <CardsSkeleton count={2} height={48} />
          ) : rooms.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('noRoomFits')}
            </Text>
          ) : (
            <Radio.Group
              label={t('pickRoomLabel', { count: rooms.filter((room) => free.has(room.id)).length })}
              value={roomId}
              onChange={(value) => {
                setRoomId(value);
                changed();
              }}
              error={fieldError('roomId')}
            >
              <Stack gap={6} mt="xs">
                {rooms.map((room) => (
                  <Radio.Card key={room.id} value={room.id} p="sm" radius="md" aria-label={`${room.name}, ${free.has(room.id) ? t('free') : t('notFree')}`}>
                    <Group wrap="nowrap" justify="space-between">
                      <Group wrap="nowrap">
                        <Radio.Indicator />
                        <div>
                          <Text fw={600} size="sm">
                            {room.name}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {t('seats', { count: room.capacity })}
                            {room.equipment.length > 0 && ` · ${room.equipment.map((item) => t(`sessions:equipment.${item}`)).join(', ')}`}
                          </Text>
                        </div>
                      </Group>
                      <Badge color={free.has(room.id) ? 'teal' : 'gray'} variant="light">
                        {free.has(room.id) ? t('free') : t('notFree')}
                      </Badge>
                    </Group>
                  </Radio.Card>
                ))}
              </Stack>
            </Radio.Group>
          )}
          {clash && (
            <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('clash')} role="alert">
              <Stack gap="xs">
                <Text size="sm">{clash.message}</Text>
                {clash.suggestions.length > 0 ? (
                  <>
                    <Text size="sm" fw={600}>
                      {t('suggestions')}
                    </Text>
                    <Group gap="xs">
                      {clash.suggestions.map((suggestion) => (
                        <Button
                          key={`${suggestion.roomId}-${suggestion.startsAt}`}
                          size="xs"
                          variant="light"
                          onClick={() => {
                            setDay(dates.inZone(suggestion.startsAt).format('YYYY-MM-DD'));
                            setFrom(dates.time(suggestion.startsAt));
                            setUntil(dates.time(suggestion.endsAt));
                            setRoomId(suggestion.roomId);
                            setClash(null);
                          }}
                        >
                          {dates.shortDateTime(suggestion.startsAt)} · {suggestion.roomName}
                        </Button>
                      ))}
                    </Group>
                  </>
                ) : (
                  <Text size="sm">{t('noSuggestions')}</Text>
                )}
              </Stack>
            </Alert>
          )}
          <FormProblem problem={problem && !['title', 'startsAt', 'endsAt', 'seats', 'roomId'].includes(problem.field ?? '') ? problem : null} />
          <Group>
            <Button type="submit" leftSection={<IconCalendarPlus size={18} />} loading={state.fetching}>
              {t('bookButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function CancelDialog({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useTranslation('rooms');
  const dates = useDates();
  const [state, cancel] = useMutation(CancelRoomBookingDocument);
  return (
    <Modal opened onClose={onClose} title={t('cancelBookingTitle', { title: meeting.title })} centered closeButtonProps={{ 'aria-label': t('common:closeDialog') }}>
      <Stack>
        <Text size="sm">{t('cancelBookingText', { room: meeting.room.name, when: dates.shortDateTime(meeting.startsAt) })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('keepBooking')}
          </Button>
          <Button
            color="red"
            loading={state.fetching}
            onClick={async () => {
              const result = await cancel({ bookingId: meeting.id }, MINE_CONTEXT);
              onClose();
              if (result.error) return notifyProblem(problemOf(result.error));
              notifySuccess(t('bookingCancelled', { room: meeting.room.name }));
            }}
          >
            {t('confirmCancelBooking')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function MyBookings() {
  const { t } = useTranslation('rooms');
  const dates = useDates();
  const [{ data, error, fetching }] = useQuery({ query: MyRoomBookingsDocument, context: MINE_CONTEXT, requestPolicy: 'cache-and-network' });
  const [cancelling, setCancelling] = useState<Meeting | null>(null);
  const meetings = (data?.myRoomBookings ?? []).filter((meeting) => meeting.status !== 'CANCELLED');
  return (
    <Card>
      <Stack>
        <Title order={2} size="h4">
          {t('myBookings')}
        </Title>
        {error ? (
          <ErrorState error={error} />
        ) : fetching && !data ? (
          <CardsSkeleton count={2} height={56} />
        ) : meetings.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('noMyBookings')}
          </Text>
        ) : (
          <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('myBookings')}>
            {meetings.map((meeting) => (
              <li key={meeting.id} aria-label={meeting.title}>
                <Stack gap={4} pb="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text size="sm" fw={600}>
                      {meeting.title}
                    </Text>
                    <Badge color={statusColor(meeting.status)} variant="light">
                      {t(`meetingStatus.${meeting.status}`, { defaultValue: meeting.status })}
                    </Badge>
                  </Group>
                  <Text size="sm">
                    {meeting.room.name}, {meeting.room.site}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {dates.shortDateTime(meeting.startsAt)}–{dates.time(meeting.endsAt)}
                  </Text>
                  {meeting.bookedInKennis ? (
                    meeting.status !== 'DECLINED' && (
                      <Group>
                        <Button size="xs" variant="light" color="red" aria-label={t('cancelBookingFor', { title: meeting.title })} onClick={() => setCancelling(meeting)}>
                          {t('cancelBooking')}
                        </Button>
                      </Group>
                    )
                  ) : (
                    <Text size="xs" c="dimmed">
                      {t('byInvite')}
                    </Text>
                  )}
                </Stack>
              </li>
            ))}
          </Stack>
        )}
      </Stack>
      {cancelling && <CancelDialog meeting={cancelling} onClose={() => setCancelling(null)} />}
    </Card>
  );
}

/** Everyone: book a room for an ordinary meeting, under the room's rules, and see and cancel one's own bookings. */
export function BookRoomPage() {
  const { t } = useTranslation('rooms');
  return (
    <Page title={t('bookPageTitle')} description={t('bookPageText')}>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <BookingForm />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <MyBookings />
        </Grid.Col>
      </Grid>
    </Page>
  );
}
