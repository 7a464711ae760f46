import { Anchor, Box, Button, Card, Group, Paper, ScrollArea, SegmentedControl, Select, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import dayjs, { type Dayjs } from 'dayjs';
import { type CSSProperties, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useMe } from '../app/me-context';
import { useDates } from '../common/dates';
import { Page } from '../common/page';
import { EmptyState, ErrorState } from '../common/states';
import { RoomsDocument, SiteBookingsDocument, SiteRoomBookingsDocument } from '../gql/graphql';

/** One block in the grid: a session (linked to its page) or a meeting booked in Kennis or by invite. */
interface Booking {
  id: string;
  roomId: string;
  title: string;
  startsAt: string;
  endsAt: string;
  /** The session's page; meetings have none. */
  link: string | null;
}
/** A session links to its page in the theme's colour; a meeting is a grey block without a link. */
function BookingBlock({ booking, shade, style, children }: { booking: Booking; shade: 0 | 1; style?: CSSProperties; children: ReactNode }) {
  const look = { p: 4, radius: 'sm', style: { ...style, textDecoration: 'none', borderLeft: `3px solid var(--mantine-color-${booking.link ? 'kennis-7' : 'gray-6'})` } } as const;
  return booking.link ? (
    <Paper component={Link} to={booking.link} bg={`kennis.${shade}`} c="kennis.9" {...look}>
      {children}
    </Paper>
  ) : (
    <Paper bg="gray.1" c="dark" {...look}>
      {children}
    </Paper>
  );
}

const FIRST_HOUR = 7;
const LAST_HOUR = 21;
const ROOM_COLUMN = 150;

function DayGrid({ day, rooms, bookings }: { day: Dayjs; rooms: { id: string; name: string; capacity: number }[]; bookings: Booking[] }) {
  const { t } = useTranslation('rooms');
  const dates = useDates();
  const start = day.hour(FIRST_HOUR);
  const minutes = (LAST_HOUR - FIRST_HOUR) * 60;
  const hours = Array.from({ length: LAST_HOUR - FIRST_HOUR }, (_, index) => start.add(index, 'hour'));
  return (
    <ScrollArea type="auto">
      <Box miw={900} role="table" aria-label={t('dayView', { day: day.format('dddd D MMMM') })}>
        <Group gap={0} wrap="nowrap" role="row" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
          <Box w={ROOM_COLUMN} role="columnheader" p={4}>
            <Text size="xs" fw={700} c="dimmed">
              {t('room')}
            </Text>
          </Box>
          {hours.map((hour) => (
            <Box key={hour.hour()} style={{ flex: 1 }} role="columnheader" p={4}>
              <Text size="xs" c="dimmed">
                {hour.format('HH:mm')}
              </Text>
            </Box>
          ))}
        </Group>
        {rooms.map((room) => (
          <Group key={room.id} gap={0} wrap="nowrap" role="row" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }} h={56}>
            <Box w={ROOM_COLUMN} role="rowheader" p={4}>
              <Text size="sm" fw={600} truncate>
                {room.name}
              </Text>
              <Text size="xs" c="dimmed">
                {t('seats', { count: room.capacity })}
              </Text>
            </Box>
            <Box role="cell" style={{ flex: 1, position: 'relative', alignSelf: 'stretch', backgroundImage: `repeating-linear-gradient(to right, var(--mantine-color-gray-2) 0 1px, transparent 1px ${100 / hours.length}%)` }}>
              {bookings
                .filter((booking) => booking.roomId === room.id)
                .map((booking) => {
                  const from = Math.max(0, dates.inZone(booking.startsAt).diff(start, 'minute'));
                  const to = Math.min(minutes, dates.inZone(booking.endsAt).diff(start, 'minute'));
                  if (to <= 0 || from >= minutes) return null;
                  return (
                    <Tooltip key={booking.id} label={`${booking.title} · ${dates.time(booking.startsAt)}–${dates.time(booking.endsAt)}`}>
                      <BookingBlock
                        booking={booking}
                        shade={1}
                        style={{ position: 'absolute', top: 6, bottom: 6, left: `${(from / minutes) * 100}%`, width: `${((to - from) / minutes) * 100}%`, overflow: 'hidden' }}
                      >
                        <Text size="xs" fw={600} truncate>
                          {booking.title}
                        </Text>
                        <Text size="xs" truncate>
                          {dates.time(booking.startsAt)}–{dates.time(booking.endsAt)}
                        </Text>
                      </BookingBlock>
                    </Tooltip>
                  );
                })}
            </Box>
          </Group>
        ))}
      </Box>
    </ScrollArea>
  );
}

function WeekGrid({ weekStart, rooms, bookings }: { weekStart: Dayjs; rooms: { id: string; name: string; capacity: number }[]; bookings: Booking[] }) {
  const { t } = useTranslation('rooms');
  const dates = useDates();
  const days = Array.from({ length: 7 }, (_, index) => weekStart.add(index, 'day'));
  return (
    <ScrollArea type="auto">
      <Box component="table" miw={900} w="100%" style={{ borderCollapse: 'collapse', tableLayout: 'fixed' }} aria-label={t('weekView', { day: weekStart.format('D MMMM') })}>
        <thead>
          <tr>
            <Box component="th" w={ROOM_COLUMN} ta="left" p={4}>
              <Text size="xs" c="dimmed">
                {t('room')}
              </Text>
            </Box>
            {days.map((day) => (
              <Box component="th" key={day.format('YYYY-MM-DD')} ta="left" p={4}>
                <Text size="xs" c="dimmed">
                  {day.format('ddd D MMM')}
                </Text>
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {rooms.map((room) => (
            <tr key={room.id} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
              <Box component="th" ta="left" p={4} style={{ verticalAlign: 'top' }}>
                <Text size="sm" fw={600} truncate>
                  {room.name}
                </Text>
              </Box>
              {days.map((day) => (
                <Box component="td" key={day.format('YYYY-MM-DD')} p={4} style={{ verticalAlign: 'top' }}>
                  <Stack gap={4}>
                    {bookings
                      .filter((booking) => booking.roomId === room.id && dates.inZone(booking.startsAt).isSame(day, 'day'))
                      .map((booking) => (
                        <BookingBlock key={booking.id} booking={booking} shade={0}>
                          <Text size="xs" c="dark" fw={600} lineClamp={2}>
                            {booking.title}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {dates.time(booking.startsAt)}–{dates.time(booking.endsAt)}
                          </Text>
                        </BookingBlock>
                      ))}
                  </Stack>
                </Box>
              ))}
            </tr>
          ))}
        </tbody>
      </Box>
    </ScrollArea>
  );
}

export function BookingsPage() {
  const { t } = useTranslation('rooms');
  const me = useMe();
  const dates = useDates();
  const [view, setView] = useState<'day' | 'week'>('day');
  const [site, setSite] = useState<string | null>(me.site);
  const [date, setDate] = useState<string>(dates.inZone(new Date()).format('YYYY-MM-DD'));
  const [{ data: roomsData }] = useQuery({ query: RoomsDocument, variables: { includeRetired: false } });
  const sites = [...new Set((roomsData?.rooms ?? []).map((room) => room.site))].sort();
  const day = dayjs.tz(date, dates.timeZone).startOf('day');
  const from = view === 'day' ? day : day.startOf('week').add(day.day() === 0 ? -6 : 1, 'day');
  const to = from.add(view === 'day' ? 1 : 7, 'day');
  const [{ data, error, fetching }] = useQuery({
    query: SiteBookingsDocument,
    variables: { filter: { site, from: from.toISOString(), to: to.toISOString(), statuses: ['SCHEDULED', 'COMPLETED'] } },
    pause: !site,
  });
  const [{ data: meetingsData, error: meetingsError }] = useQuery({
    query: SiteRoomBookingsDocument,
    variables: { input: { site: site ?? '', from: from.toISOString(), to: to.toISOString() } },
    pause: !site,
  });
  const rooms = (roomsData?.rooms ?? []).filter((room) => room.site === site);
  const sessions: Booking[] = (data?.upcomingSessions.edges ?? [])
    .map((edge) => edge.node)
    .filter((session) => session.room && session.startsAt && session.endsAt)
    .map((session) => ({ id: session.id, roomId: session.room!.id, title: session.title, startsAt: session.startsAt!, endsAt: session.endsAt!, link: `/sessions/${session.id}` }));
  // A session's room booking is in both answers: the session's block (with its page) stands for it.
  const isSession = (booking: { roomId: string; startsAt: string; endsAt: string }) =>
    sessions.some((session) => session.roomId === booking.roomId && Date.parse(session.startsAt) === Date.parse(booking.startsAt) && Date.parse(session.endsAt) === Date.parse(booking.endsAt));
  const meetings: Booking[] = (meetingsData?.siteRoomBookings ?? [])
    .filter((booking) => !isSession(booking))
    .map((booking) => ({
      id: booking.id,
      roomId: booking.roomId,
      title: booking.bookedByName ? t('meetingBookedBy', { title: booking.label, name: booking.bookedByName }) : booking.label,
      startsAt: booking.startsAt,
      endsAt: booking.endsAt,
      link: null,
    }));
  const bookings = [...sessions, ...meetings];
  const step = (direction: number) => setDate(dayjs(date).add(direction, view).format('YYYY-MM-DD'));
  return (
    <Page title={t('bookingsTitle')} description={t('bookingsText', { zone: dates.timeZone })}>
      <Card padding="md">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="sm" wrap="wrap" align="flex-end">
            <Select label={t('site')} data={sites} value={site} onChange={setSite} allowDeselect={false} w={180} />
            <DatePickerInput label={t('date')} value={date} onChange={(value) => value && setDate(value)} valueFormat="ddd D MMM YYYY" w={180} />
            <SegmentedControl
              aria-label={t('view')}
              value={view}
              onChange={(value) => setView(value as 'day' | 'week')}
              data={[
                { value: 'day', label: t('day') },
                { value: 'week', label: t('week') },
              ]}
            />
          </Group>
          <Group gap={4}>
            <Button variant="default" size="sm" onClick={() => step(-1)} aria-label={t('previous')}>
              <IconChevronLeft size={16} />
            </Button>
            <Button variant="default" size="sm" onClick={() => setDate(dates.inZone(new Date()).format('YYYY-MM-DD'))}>
              {t('today')}
            </Button>
            <Button variant="default" size="sm" onClick={() => step(1)} aria-label={t('next')}>
              <IconChevronRight size={16} />
            </Button>
          </Group>
        </Group>
      </Card>
      <Card padding="sm">
        {error || meetingsError ? (
          <ErrorState error={(error ?? meetingsError)!} />
        ) : fetching && !data ? (
          <Skeleton height={300} />
        ) : rooms.length === 0 ? (
          <EmptyState title={t('noRooms')} />
        ) : view === 'day' ? (
          <DayGrid day={day} rooms={rooms} bookings={bookings} />
        ) : (
          <WeekGrid weekStart={from} rooms={rooms} bookings={bookings} />
        )}
        {bookings.length === 0 && !fetching && rooms.length > 0 && (
          <Text size="sm" c="dimmed" ta="center" mt="sm">
            {t('nothingBooked')}
          </Text>
        )}
      </Card>
      <Text size="xs" c="dimmed">
        {t('bookingsNote')}{' '}
        <Anchor component={Link} to="/rooms" size="xs" underline="always">
          {t('title')}
        </Anchor>
      </Text>
    </Page>
  );
}
