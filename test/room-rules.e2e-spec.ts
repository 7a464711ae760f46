import nodemailer from 'nodemailer';
import ICAL from 'ical.js';
import { createPerson, freePort, inviteMail, type PersonFixture } from '@kennis/testing';
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
}

function replyOf(ics: string | null): Reply | null {
  if (!ics) return null;
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    partstat: String(event.getFirstProperty('attendee')!.getParameter('partstat')),
    comment: String(event.getFirstPropertyValue('comment') ?? ''),
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

  const send = async (raw: Buffer, to: string, from: string) => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    try {
      return await transport.sendMail({ envelope: { from, to: [to] }, raw });
    } finally {
      transport.close();
    }
  };

  const answerTo = async (address: string, uid: string): Promise<Reply> => {
    await platform.sink.waitFor(`the room's answer to ${uid}`, () => platform.sink.to(address).some((mail) => replyOf(mail.ics)?.uid === uid));
    return replyOf(platform.sink.to(address).find((mail) => replyOf(mail.ics)?.uid === uid)!.ics)!;
  };

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
});
