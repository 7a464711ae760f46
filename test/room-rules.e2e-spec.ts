import ICAL from 'ical.js';
import { createPerson, freePort, inviteMail, type PersonFixture, sendRawMail } from '@kennis/testing';
import { PlatformHarness } from './support/platform-harness';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** 00:00 UTC of a Monday at least `weeks` weeks ahead. Tokyo has no DST: 10:00 there is 01:00 UTC. */
function mondayUtc(weeks: number): number {
  let day = Math.floor(Date.now() / DAY) * DAY + weeks * 7 * DAY;
  while (new Date(day).getUTCDay() !== 1) day += DAY;
  return day;
}

function at(base: number, hoursUtc: number, lengthHours = 1): { startsAt: Date; endsAt: Date } {
  const startsAt = new Date(base + hoursUtc * HOUR);
  return { startsAt, endsAt: new Date(startsAt.getTime() + lengthHours * HOUR) };
}

interface Reply {
  method: string;
  uid: string;
  partstat: string;
  comment: string;
  /** The occurrences answered otherwise than the series: RECURRENCE-ID (ISO) -> PARTSTAT. */
  exceptions: Record<string, string>;
  from: string;
  text: string;
}

function replyOf(ics: string | null): Omit<Reply, 'from' | 'text'> | null {
  if (!ics) return null;
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const [event, ...others] = calendar.getAllSubcomponents('vevent');
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    partstat: String(event.getFirstProperty('attendee')!.getParameter('partstat')),
    comment: String(event.getFirstPropertyValue('comment') ?? ''),
    exceptions: Object.fromEntries(
      others.map((other) => [
        (other.getFirstPropertyValue('recurrence-id') as ICAL.Time).toJSDate().toISOString(),
        String(other.getFirstProperty('attendee')!.getParameter('partstat')),
      ]),
    ),
  };
}

describe('room rules: set by facility managers, applied alike to sessions, invites and freeRooms', () => {
  const platform = new PlatformHarness();
  let smtpPort: number;
  let manager: PersonFixture;
  let host: PersonFixture;
  let roomId: string;
  const mailbox = 'tokyo-sakura@rooms.example.test';
  const monday = mondayUtc(2);

  const send = (raw: Buffer, to: string, from: string) => sendRawMail(smtpPort, raw, to, from);

  /** The `nth` (0-based) answer about `uid` that reached `address`. */
  const answerTo = async (address: string, uid: string, nth = 0): Promise<Reply> => {
    const answers = () => platform.sink.to(address).filter((mail) => replyOf(mail.ics)?.uid === uid);
    await platform.sink.waitFor(`answer ${nth + 1} to ${uid}`, () => answers().length > nth);
    const mail = answers()[nth];
    return { ...replyOf(mail.ics)!, from: mail.parsed.from!.value[0].address!, text: mail.parsed.text ?? '' };
  };

  const roomWithRules = async (name: string, rules: Record<string, unknown>): Promise<{ id: string; mailbox: string }> => {
    const address = `${name.toLowerCase()}@rooms.example.test`;
    const { createRoom } = await platform.ok(manager.id, `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, {
      input: { site: 'Tokyo', name, capacity: 8, resourceMailbox: address, timeZone: 'Asia/Tokyo' },
    });
    await platform.ok(manager.id, `mutation($input: SetRoomRulesInput!) { setRoomRules(input: $input) { roomId } }`, { input: { roomId: createRoom.id, ...rules } });
    return { id: createRoom.id, mailbox: address };
  };

  const invite = (to: string, uid: string, slot: { startsAt: Date; endsAt: Date }, extra: { rrule?: string; sequence?: number } = {}) =>
    send(inviteMail({ client: 'google', method: 'REQUEST', from: host.email, to, uid, ...slot, ...extra, attendees: [{ address: to, cutype: 'ROOM' }] }), to, host.email);

  const freeAt = async (slot: { startsAt: Date; endsAt: Date }): Promise<string[]> =>
    (
      await platform.ok(host.id, `query($input: FreeRoomsInput!) { freeRooms(input: $input) { id } }`, {
        input: { startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), seats: 2, site: 'Tokyo' },
      })
    ).freeRooms.map((room: { id: string }) => room.id);

  const propose = async (title: string, durationMinutes = 60): Promise<string> =>
    (
      await platform.ok(host.id, `mutation($input: ProposeSessionInput!) { proposeSession(input: $input) { id } }`, {
        input: { title, description: 'x', format: 'TALK', language: 'en', capacity: 5, durationMinutes },
      })
    ).proposeSession.id;

  beforeAll(async () => {
    smtpPort = await freePort();
    await platform.start({ INBOUND_SMTP_PORT: String(smtpPort), INBOUND_ORGANIZER_ADDRESS: 'sessions@kennis.test' });
    manager = await createPerson(platform.dataSource, { roles: ['EMPLOYEE', 'FACILITY_MANAGER'], email: 'fm@example.test' });
    host = await createPerson(platform.dataSource, { email: 'host@example.test', name: 'Host' });
    const { createRoom } = await platform.ok(manager.id, `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id timeZone } }`, {
      input: { site: 'Tokyo', name: 'Sakura', capacity: 12, resourceMailbox: mailbox, timeZone: 'Asia/Tokyo' },
    });
    expect(createRoom.timeZone).toBe('Asia/Tokyo');
    roomId = createRoom.id;
    const { setRoomRules } = await platform.ok(
      manager.id,
      `mutation($input: SetRoomRulesInput!) { setRoomRules(input: $input) { roomId timeZone bookableHours { weekday opens closes } maxBookingMinutes recurringAllowed requiresApproval recurringConflicts } }`,
      {
        input: {
          roomId,
          bookableHours: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((weekday) => ({ weekday, opens: '08:00', closes: '18:00' })),
          blackouts: [{ startsAt: new Date(monday + 3 * DAY).toISOString(), endsAt: new Date(monday + 4 * DAY).toISOString(), reason: 'Floor closed' }],
          maxBookingMinutes: 120,
        },
      },
    );
    expect(setRoomRules).toEqual(
      expect.objectContaining({ roomId, timeZone: 'Asia/Tokyo', maxBookingMinutes: 120, recurringAllowed: true, requiresApproval: false, recurringConflicts: 'DECLINE_ALL' }),
    );
    expect(setRoomRules.bookableHours).toHaveLength(5);
  });

  afterAll(() => platform.stop());

  it('are read back, audited, and only facility managers set them; broken input names the field and changes nothing', async () => {
    const { roomRules } = await platform.ok(host.id, `query($id: ID!) { roomRules(roomId: $id) { maxBookingMinutes blackouts { reason } } }`, { id: roomId });
    expect(roomRules).toEqual({ maxBookingMinutes: 120, blackouts: [{ reason: 'Floor closed' }] });
    const audited: { action: string; target_id: string }[] = await platform.dataSource.query(
      `SELECT action, target_id FROM audit_entry WHERE action = 'room-rules-set'`,
    );
    expect(audited).toEqual([{ action: 'room-rules-set', target_id: roomId }]);

    const forbidden = await platform.graphql(host.id, `mutation($id: ID!) { setRoomRules(input: { roomId: $id }) { roomId } }`, { id: roomId });
    expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const backwards = await platform.graphql(manager.id, `mutation($id: ID!) { setRoomRules(input: { roomId: $id, bookableHours: [{ weekday: MONDAY, opens: "18:00", closes: "08:00" }] }) { roomId } }`, { id: roomId });
    expect(backwards.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'bookableHours.0' }));
    const badClock = await platform.graphql(manager.id, `mutation($id: ID!) { setRoomRules(input: { roomId: $id, bookableHours: [{ weekday: MONDAY, opens: "8 am", closes: "18:00" }] }) { roomId } }`, { id: roomId });
    expect(badClock.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badClock.errors?.[0].message).toMatch(/opens must be a time such as 08:00/);
    const after = await platform.ok(host.id, `query($id: ID!) { roomRules(roomId: $id) { bookableHours { opens } } }`, { id: roomId });
    expect(after.roomRules.bookableHours).toHaveLength(5);
  });

  it('a session outside the room\'s hours in its own time zone is BAD_USER_INPUT naming the rule, and nothing is booked', async () => {
    const sessionId = await propose('Too late in Tokyo');
    // Monday 10:00 UTC is 19:00 in Tokyo: after closing, although 10:00 would be inside 08-18 in UTC.
    const late = at(monday, 10);
    const refused = await platform.graphql(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId, startsAt: late.startsAt.toISOString(), roomId },
    });
    expect(refused.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'startsAt', rule: 'BOOKABLE_HOURS' }));
    expect(refused.errors?.[0].message).toMatch(/Sakura refuses this booking\. Rule BOOKABLE_HOURS: .*Asia\/Tokyo.*Monday 19:00-20:00/);
    const rows: { status: string; bookings: number }[] = await platform.dataSource.query(
      `SELECT s.status, (SELECT count(*)::int FROM room_booking b WHERE b.room_id = $2) AS bookings FROM session s WHERE s.id = $1`,
      [sessionId, roomId],
    );
    expect(rows).toEqual([{ status: 'PROPOSED', bookings: 0 }]);

    const tooLong = await propose('Three hours', 180);
    const long = await platform.graphql(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId: tooLong, startsAt: at(monday, 0).startsAt.toISOString(), roomId },
    });
    expect(long.errors?.[0].extensions.rule).toBe('LONGEST_BOOKING');

    // Monday 01:00 UTC is 10:00 in Tokyo: inside the hours.
    const fine = await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { status } }`, {
      input: { sessionId, startsAt: at(monday, 1).startsAt.toISOString(), roomId },
    });
    expect(fine.scheduleSession.status).toBe('SCHEDULED');
  });

  it('freeRooms leaves out a room whose rules refuse the slot, and lists it when they allow it', async () => {
    const free = async (slot: { startsAt: Date; endsAt: Date }) =>
      (
        await platform.ok(host.id, `query($input: FreeRoomsInput!) { freeRooms(input: $input) { id } }`, {
          input: { startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), seats: 2, site: 'Tokyo' },
        })
      ).freeRooms.map((room: { id: string }) => room.id);
    expect(await free(at(monday + DAY, 2))).toEqual([roomId]); // Tuesday 11:00 Tokyo
    expect(await free(at(monday + DAY, 12))).toEqual([]); // Tuesday 21:00 Tokyo
    expect(await free(at(monday + 3 * DAY, 2))).toEqual([]); // Thursday: the blackout
  });

  it('an invite that breaks a rule gets a DECLINED reply that names the rule, from the room\'s address', async () => {
    const uid = 'rules-blackout@example.test';
    await send(
      inviteMail({ client: 'google', method: 'REQUEST', from: host.email, to: mailbox, uid, ...at(monday + 3 * DAY, 2), attendees: [{ address: mailbox, cutype: 'ROOM' }] }),
      mailbox,
      host.email,
    );
    const reply = await answerTo(host.email, uid);
    expect(reply.method).toBe('REPLY');
    expect(reply.partstat).toBe('DECLINED');
    expect(reply.comment).toMatch(/Rule BLACKOUT: .*Floor closed/);
  });

  it('a room that requires approval answers TENTATIVE and holds the time; a facility manager\'s approval or refusal sends the final REPLY', async () => {
    const room = await roomWithRules('Hinoki', { requiresApproval: true });
    const first = at(monday + 7 * DAY, 2);
    await invite(room.mailbox, 'approval-1@example.test', first);
    const tentative = await answerTo(host.email, 'approval-1@example.test');
    expect(tentative).toEqual(expect.objectContaining({ method: 'REPLY', partstat: 'TENTATIVE', from: room.mailbox }));
    expect(tentative.comment).toMatch(/Hinoki holds .* until a facility manager approves it/);
    expect(await freeAt(first)).not.toContain(room.id);

    const forbidden = await platform.graphql(host.id, `{ pendingRoomApprovals { id } }`);
    expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const pending = async () =>
      (await platform.ok(manager.id, `{ pendingRoomApprovals { id organizer summary status room { name } occurrences { startsAt } } }`)).pendingRoomApprovals;
    const [approval] = await pending();
    expect(approval).toEqual(
      expect.objectContaining({ organizer: host.email, status: 'PENDING', room: { name: 'Hinoki' }, occurrences: [{ startsAt: first.startsAt.toISOString() }] }),
    );
    const approved = await platform.ok(manager.id, `mutation($id: ID!) { approveRoomBooking(approvalId: $id) { status decidedAt } }`, { id: approval.id });
    expect(approved.approveRoomBooking.status).toBe('APPROVED');
    const accepted = await answerTo(host.email, 'approval-1@example.test', 1);
    expect(accepted).toEqual(expect.objectContaining({ method: 'REPLY', partstat: 'ACCEPTED', from: room.mailbox }));
    const again = await platform.graphql(manager.id, `mutation($id: ID!) { approveRoomBooking(approvalId: $id) { status } }`, { id: approval.id });
    expect(again.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(await pending()).toEqual([]);
    expect(await freeAt(first)).not.toContain(room.id);

    const second = at(monday + 8 * DAY, 2);
    await invite(room.mailbox, 'approval-2@example.test', second);
    expect((await answerTo(host.email, 'approval-2@example.test')).partstat).toBe('TENTATIVE');
    const [next] = await pending();
    await platform.ok(manager.id, `mutation($id: ID!) { refuseRoomBooking(input: { approvalId: $id, reason: "Board meeting that day" }) { status reason } }`, { id: next.id });
    const declined = await answerTo(host.email, 'approval-2@example.test', 1);
    expect(declined.partstat).toBe('DECLINED');
    expect(declined.comment).toMatch(/refused the booking\. Reason: Board meeting that day/);
    expect(await freeAt(second)).toContain(room.id);
    const audited: { action: string }[] = await platform.dataSource.query(
      `SELECT action FROM audit_entry WHERE action IN ('room-booking-approved', 'room-booking-refused') ORDER BY occurred_at`,
    );
    expect(audited.map((row) => row.action)).toEqual(['room-booking-approved', 'room-booking-refused']);
  });

  it('a weekly invite with one clashing week: DECLINE_ALL declines the series, ACCEPT_FREE books the free weeks; both list the clashing date', async () => {
    const weekly = 'FREQ=WEEKLY;COUNT=3';
    const firstWeek = at(monday + 14 * DAY, 3);
    const clashing = at(monday + 21 * DAY, 3);
    for (const [name, policy] of [['Kaede', 'DECLINE_ALL'], ['Matsu', 'ACCEPT_FREE']] as const) {
      const room = await roomWithRules(name, { recurringConflicts: policy });
      await invite(room.mailbox, `blocker-${name}@example.test`, clashing);
      expect((await answerTo(host.email, `blocker-${name}@example.test`)).partstat).toBe('ACCEPTED');
      const uid = `weekly-${name}@example.test`;
      await invite(room.mailbox, uid, firstWeek, { rrule: weekly });
      const reply = await answerTo(host.email, uid);
      const held: { count: number }[] = await platform.dataSource.query(
        `SELECT count(*)::int AS count FROM room_invite_booking WHERE calendar_uid = $1 AND room_booking_id IS NOT NULL`,
        [uid],
      );
      // The mail lists the clashing week with its reason either way (Tokyo time: 12:00 on that Monday).
      expect(reply.text).toMatch(/12:00: Room .* is already booked/);
      if (policy === 'DECLINE_ALL') {
        expect(reply.partstat).toBe('DECLINED');
        expect(held).toEqual([{ count: 0 }]);
      } else {
        expect(reply.partstat).toBe('ACCEPTED');
        expect(reply.comment).toMatch(/Declined, as the room's rules accept only the free occurrences: .*already booked/);
        expect(reply.exceptions).toEqual({ [clashing.startsAt.toISOString()]: 'DECLINED' });
        expect(held).toEqual([{ count: 2 }]);
      }
    }
  });

  it('bookRoom books through the same path and rules, invites the person and the room, shows everywhere, and cancelRoomBooking releases it', async () => {
    const slot = at(monday + 2 * DAY, 2); // Wednesday 11:00-12:00 in Tokyo
    const bookRoom = (input: Record<string, unknown>) =>
      platform.graphql(host.id, `mutation($input: BookRoomInput!) { bookRoom(input: $input) { id title status bookedInKennis room { name } startsAt } }`, { input });
    const late = await bookRoom({ roomId, title: 'Late call', startsAt: at(monday + 2 * DAY, 10).startsAt.toISOString(), endsAt: at(monday + 2 * DAY, 10).endsAt.toISOString() });
    expect(late.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', rule: 'BOOKABLE_HOURS' }));
    const booked = await bookRoom({ roomId, title: 'Planning poker', startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), seats: 4 });
    expect(booked.errors).toBeUndefined();
    const meeting = booked.data!.bookRoom;
    expect(meeting).toEqual(expect.objectContaining({ title: 'Planning poker', status: 'ACCEPTED', bookedInKennis: true, room: { name: 'Sakura' } }));

    await platform.sink.waitFor('the invites to the person and the room', () =>
      platform.sink.to(host.email).some((mail) => mail.mimeMethod === 'REQUEST' && /Planning poker/.test(mail.parsed.subject ?? '')) &&
      platform.sink.to(mailbox).some((mail) => mail.mimeMethod === 'REQUEST' && /Planning poker/.test(mail.parsed.subject ?? '')),
    );
    const personInvite = platform.sink.to(host.email).find((mail) => mail.mimeMethod === 'REQUEST' && /Planning poker/.test(mail.parsed.subject ?? ''))!;
    const roomInvite = platform.sink.to(mailbox).find((mail) => mail.mimeMethod === 'REQUEST' && /Planning poker/.test(mail.parsed.subject ?? ''))!;
    expect(personInvite.calendar!.organizer).toBe('mailto:sessions@kennis.test');
    expect(roomInvite.calendar!.uid).toBe(personInvite.calendar!.uid);
    expect(roomInvite.ics).toMatch(/CUTYPE=ROOM/);
    // Resource mail: the room is not greeted as a person, and its times are in its own zone.
    expect(roomInvite.parsed.text).not.toMatch(/^Hi /m);
    expect(roomInvite.parsed.text).toMatch(/11:00 - 12:00 \(Asia\/Tokyo\)/);

    const mine = (await platform.ok(host.id, `{ myRoomBookings { id title } }`)).myRoomBookings;
    expect(mine).toContainEqual({ id: meeting.id, title: 'Planning poker' });
    // The site's schedule, as facility managers see it, holds the meeting with who booked it.
    const siteDay = { site: 'Tokyo', from: new Date(monday + 2 * DAY).toISOString(), to: new Date(monday + 3 * DAY).toISOString() };
    const siteBookings = async () =>
      (await platform.ok(manager.id, `query($input: SiteRoomBookingsInput!) { siteRoomBookings(input: $input) { roomId label bookedByName startsAt endsAt } }`, { input: siteDay }))
        .siteRoomBookings;
    expect(await siteBookings()).toContainEqual({ roomId, label: 'Planning poker', bookedByName: 'Host', startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() });
    const tooLong = await platform.graphql(manager.id, `query($input: SiteRoomBookingsInput!) { siteRoomBookings(input: $input) { roomId } }`, {
      input: { ...siteDay, to: new Date(monday + 40 * DAY).toISOString() },
    });
    expect(tooLong.errors?.[0].extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'to' }));
    expect(await freeAt(slot)).not.toContain(roomId);
    const sessionId = await propose('Same time');
    const clash = await platform.graphql(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId, startsAt: slot.startsAt.toISOString(), roomId },
    });
    expect(clash.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(clash.errors?.[0].message).toMatch(/Planning poker/);

    const stranger = await createPerson(platform.dataSource, {});
    const notYours = await platform.graphql(stranger.id, `mutation($id: ID!) { cancelRoomBooking(bookingId: $id) { id } }`, { id: meeting.id });
    expect(notYours.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const cancelled = await platform.ok(host.id, `mutation($id: ID!) { cancelRoomBooking(bookingId: $id) { status } }`, { id: meeting.id });
    expect(cancelled.cancelRoomBooking.status).toBe('CANCELLED');
    await platform.sink.waitFor('the cancellations', () =>
      platform.sink.to(host.email).some((mail) => mail.mimeMethod === 'CANCEL') && platform.sink.to(mailbox).some((mail) => mail.mimeMethod === 'CANCEL'),
    );
    expect(platform.sink.to(mailbox).find((mail) => mail.mimeMethod === 'CANCEL')!.calendar!.uid).toBe(personInvite.calendar!.uid);
    expect(await freeAt(slot)).toContain(roomId);
    expect((await siteBookings()).map((booking: { label: string }) => booking.label)).not.toContain('Planning poker');
    const twice = await platform.graphql(host.id, `mutation($id: ID!) { cancelRoomBooking(bookingId: $id) { status } }`, { id: meeting.id });
    expect(twice.errors?.[0].extensions.code).toBe('CONFLICT');
    expect((await platform.ok(host.id, `{ myRoomBookings { id } }`)).myRoomBookings).not.toContainEqual({ id: meeting.id });
  });
});
