import { Redis } from 'ioredis';
import ICAL from 'ical.js';
import { createPerson, freePort, inviteMail, type PersonFixture, sendRawMail, waitUntil } from '@kennis/testing';
import { PlatformHarness } from './support/platform-harness';

const HOUR = 3_600_000;

function slot(hoursAhead: number): { startsAt: Date; endsAt: Date } {
  const startsAt = new Date(Math.ceil(Date.now() / HOUR) * HOUR + hoursAhead * HOUR);
  return { startsAt, endsAt: new Date(startsAt.getTime() + HOUR) };
}

function replyOf(ics: string | null): { method: string; uid: string; partstat: string } | null {
  if (!ics) return null;
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    partstat: String(event.getFirstProperty('attendee')!.getParameter('partstat')),
  };
}

describe('mail into Kennis over real SMTP: the worker listens, books, answers; faults lose nothing', () => {
  const platform = new PlatformHarness();
  let smtpPort: number;
  let admin: PersonFixture;
  let ann: PersonFixture;
  let roomId: string;
  const mailbox = 'lovelace@rooms.example.test';

  const send = (raw: Buffer, to: string, from = 'ann@example.test') => sendRawMail(smtpPort, raw, to, from);

  beforeAll(async () => {
    smtpPort = await freePort();
    await platform.start({ INBOUND_SMTP_PORT: String(smtpPort), INBOUND_ORGANIZER_ADDRESS: 'sessions@kennis.test' });
    admin = await createPerson(platform.dataSource, { roles: ['EMPLOYEE', 'ADMIN'] });
    ann = await createPerson(platform.dataSource, { email: 'ann@example.test', name: 'Ann' });
    const { createRoom } = await platform.ok(admin.id, `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, {
      input: { site: 'Utrecht', name: 'Lovelace', capacity: 12, resourceMailbox: mailbox },
    });
    roomId = createRoom.id;
  });

  afterAll(() => platform.stop());

  it('an Outlook invite to a room mailbox books it like a session would, answers ACCEPTED, and admins see the outcome', async () => {
    const time = slot(30);
    const raw = inviteMail({
      client: 'outlook', method: 'REQUEST', from: ann.email, to: mailbox, uid: 'e2e-outlook-1@example.test', ...time,
      attendees: [{ address: mailbox, cutype: 'ROOM' }, { address: 'bo@example.test' }],
    });
    expect((await send(raw, mailbox)).response).toMatch(/^250 /);
    await platform.sink.waitFor('the room to answer', (mails) => mails.some((mail) => mail.to === ann.email));
    const answer = platform.sink.to(ann.email)[0];
    expect(answer.mimeMethod).toBe('REPLY');
    expect(replyOf(answer.ics)).toEqual({ method: 'REPLY', uid: 'e2e-outlook-1@example.test', partstat: 'ACCEPTED' });
    expect(answer.parsed.from?.value[0].address).toBe(mailbox);

    // The invite booking is a booking like any other: not in freeRooms, and a session cannot take the room.
    const { freeRooms } = await platform.ok(ann.id, `query($input: FreeRoomsInput!) { freeRooms(input: $input) { id } }`, {
      input: { startsAt: time.startsAt.toISOString(), endsAt: time.endsAt.toISOString(), seats: 2 },
    });
    expect(freeRooms.map((room: { id: string }) => room.id)).not.toContain(roomId);
    const { proposeSession } = await platform.ok(ann.id, `mutation { proposeSession(input: { title: "Clash", description: "x", format: TALK, language: "en", capacity: 5, durationMinutes: 60 }) { id } }`);
    const clash = await platform.graphql(ann.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId: proposeSession.id, startsAt: time.startsAt.toISOString(), roomId },
    });
    expect(clash.errors?.[0].extensions.code).toBe('CONFLICT');

    const listed = await platform.ok(admin.id, `{ inboundMessages(first: 10) { recipient status outcome itipMethod answered channel } }`);
    expect(listed.inboundMessages).toEqual([
      expect.objectContaining({ recipient: mailbox, status: 'PROCESSED', itipMethod: 'REQUEST', answered: true, channel: 'SMTP' }),
    ]);
    const forbidden = await platform.graphql(ann.id, `{ inboundMessages { id } }`);
    expect(forbidden.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('replies reach Kennis: hosts see the attendee\'s calendar answer, and a room that declines in its own calendar tells the host', async () => {
    const host = await createPerson(platform.dataSource, { email: 'hanna@example.test', name: 'Hanna' });
    const bo = await createPerson(platform.dataSource, { email: 'bo@example.test', name: 'Bo' });
    const { createRoom } = await platform.ok(admin.id, `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`, {
      input: { site: 'Utrecht', name: 'Exchange 4.12', capacity: 12, resourceMailbox: 'room412@corp.example.test' },
    });
    const { proposeSession } = await platform.ok(host.id, `mutation { proposeSession(input: { title: "Replies", description: "x", format: TALK, language: "en", capacity: 5, durationMinutes: 60 }) { id } }`);
    const time = slot(60);
    await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId: proposeSession.id, startsAt: time.startsAt.toISOString(), roomId: createRoom.id },
    });
    await platform.ok(bo.id, `mutation($id: ID!) { joinSession(sessionId: $id) { registration { status } } }`, { id: proposeSession.id });
    await platform.sink.waitFor('the invite to Bo', () => platform.sink.to(bo.email).length === 1);
    const invite = platform.sink.to(bo.email)[0];
    expect(invite.calendar!.organizer).toBe('mailto:sessions@kennis.test');
    const uid = invite.calendar!.uid;
    const reply = (from: string, partstat: string, cutype = 'INDIVIDUAL') =>
      inviteMail({ client: 'outlook', method: 'REPLY', from, to: 'sessions@kennis.test', uid, ...time, organizer: 'sessions@kennis.test', attendees: [{ address: from, partstat, cutype }], comment: cutype === 'ROOM' ? 'Busy in Exchange' : undefined });
    await send(reply(bo.email, 'ACCEPTED'), 'sessions@kennis.test', bo.email);
    await send(reply('room412@corp.example.test', 'DECLINED', 'ROOM'), 'sessions@kennis.test', 'room412@corp.example.test');
    const attendees = async () =>
      (await platform.ok(host.id, `query($id: ID!) { sessionAttendees(sessionId: $id) { person { email } calendarAnswer } }`, { id: proposeSession.id })).sessionAttendees;
    await waitUntil('the accepted answer among the attendees', async () => (await attendees())[0]?.calendarAnswer === 'ACCEPTED');
    expect(await attendees()).toEqual([{ person: { email: bo.email }, calendarAnswer: 'ACCEPTED' }]);
    await platform.sink.waitFor('the host told about the room', () => platform.sink.to(host.email).some((mail) => /Room declined/.test(mail.parsed.subject ?? '')));
    const notice = platform.sink.to(host.email).find((mail) => /Room declined/.test(mail.parsed.subject ?? ''))!;
    expect(notice.parsed.text).toMatch(/Exchange 4\.12 declined/);
    expect(notice.parsed.text).toMatch(/Busy in Exchange/);
    // The session shows the room as declined, until it moves to another room.
    const roomAnswer = async () => (await platform.ok(host.id, `query($id: ID!) { session(id: $id) { roomAnswer { partstat comment } } }`, { id: proposeSession.id })).session.roomAnswer;
    expect(await roomAnswer()).toEqual({ partstat: 'DECLINED', comment: 'Busy in Exchange' });
    await platform.ok(host.id, `mutation($input: MoveSessionInput!) { moveSession(input: $input) { id } }`, { input: { sessionId: proposeSession.id, roomId } });
    expect(await roomAnswer()).toBeNull();
    // The move's updates are out before the next test counts mails.
    await platform.waitForOutboxDrained();
  });

  it('with the worker killed mid-batch and Redis emptied, every received message is processed once and answered once', async () => {
    const count = 30;
    const uids = Array.from({ length: count }, (_, index) => `e2e-fault-${index}@example.test`);
    const before = platform.sink.mails.length;
    await Promise.all(
      uids.map((uid, index) =>
        send(inviteMail({ client: 'google', method: 'REQUEST', from: ann.email, to: mailbox, uid, ...slot(100 + index * 2), attendees: [{ address: mailbox, cutype: 'ROOM' }] }), mailbox),
      ),
    );
    // Every 250 was a commit: kill the worker at once, with work in flight, and empty this platform's Redis keys.
    await platform.worker.stop('SIGKILL');
    const redis = new Redis(platform.environment.REDIS_URL);
    const keys = await redis.keys(`${platform.environment.QUEUE_PREFIX}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await platform.startWorker();
    await platform.sink.waitFor(`${count} answers`, (mails) => mails.length - before >= count, 90_000);
    await platform.waitForOutboxDrained(90_000);
    const rows: { status: string; count: number }[] = await platform.dataSource.query(
      `SELECT status, count(*)::int AS count FROM inbound_message WHERE calendar_uid LIKE 'e2e-fault-%' GROUP BY status`,
    );
    expect(rows).toEqual([{ status: 'PROCESSED', count }]);
    const answered = platform.sink.mails.slice(before).map((mail) => replyOf(mail.ics)?.uid);
    expect(new Set(answered).size).toBe(count);
    expect(platform.sink.duplicates).toBe(0);
    const [{ bookings }] = await platform.dataSource.query(
      `SELECT count(*)::int AS bookings FROM room_invite_booking WHERE calendar_uid LIKE 'e2e-fault-%' AND partstat = 'ACCEPTED'`,
    );
    expect(bookings).toBe(count);
  });
});
