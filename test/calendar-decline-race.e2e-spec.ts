import nodemailer from 'nodemailer';
import { buildPerson, createPeople, createPerson, freePort, inviteMail, type PersonFixture, waitUntil } from '@kennis/testing';
import { PlatformHarness } from './support/platform-harness';

const HOUR = 3_600_000;
const SEATS = 5;
const WAITING = 3;
const STORM = 120;
const JOIN = `mutation($id: ID!) { joinSession(sessionId: $id) { registration { status } } }`;

/**
 * A calendar DECLINE goes through session_leave, the same statement as leaveSession: arriving over SMTP
 * while a storm of joins hits the same full session, it frees exactly one seat, the first to have
 * waited gets it, and seats and the waitlist stay in order of arrival.
 */
describe('a calendar DECLINE during a join storm on a full session', () => {
  const platform = new PlatformHarness();
  let smtpPort: number;
  let host: PersonFixture;

  beforeAll(async () => {
    smtpPort = await freePort();
    await platform.start({ INBOUND_SMTP_PORT: String(smtpPort), INBOUND_ORGANIZER_ADDRESS: 'sessions@kennis.test' });
    host = await createPerson(platform.dataSource, { name: 'Race host' });
  });

  afterAll(() => platform.stop());

  it('leaves the seats and the FIFO waitlist exact, with the same mails as leaveSession', async () => {
    const { proposeSession } = await platform.ok(host.id, `mutation($input: ProposeSessionInput!) { proposeSession(input: $input) { id } }`, {
      input: { title: 'Decline race', format: 'TALK', language: 'en', capacity: SEATS, durationMinutes: 60, onlineUrl: 'https://meet.example.test/race' },
    });
    const sessionId: string = proposeSession.id;
    const startsAt = new Date(Math.ceil(Date.now() / HOUR) * HOUR + 96 * HOUR);
    await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId, roomId: null, startsAt: startsAt.toISOString() },
    });
    const early = await createPeople(platform.dataSource, Array.from({ length: SEATS + WAITING }, () => buildPerson()));
    for (const person of early) await platform.ok(person.id, JOIN, { id: sessionId });
    const decliner = early[0];
    const firstWaiting = early[SEATS];
    const storm = await createPeople(platform.dataSource, Array.from({ length: STORM }, () => buildPerson()));
    const [invite] = await platform.dataSource.query(`SELECT calendar_sequence FROM session WHERE id = $1`, [sessionId]);

    const decline = inviteMail({
      client: 'outlook',
      method: 'REPLY',
      from: decliner.email,
      to: 'sessions@kennis.test',
      uid: `kennis-session-${sessionId}@kennis.local`,
      sequence: invite.calendar_sequence,
      startsAt,
      endsAt: new Date(startsAt.getTime() + HOUR),
      organizer: 'sessions@kennis.test',
      attendees: [{ address: decliner.email, partstat: 'DECLINED' }],
    });
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    const tokens = storm.map((person) => platform.tokenFor(person.id));
    const [sent, ...joins] = await Promise.all([
      transport.sendMail({ envelope: { from: decliner.email, to: ['sessions@kennis.test'] }, raw: decline }),
      ...tokens.map((token) => platform.graphql(token, JOIN, { id: sessionId })),
    ]);
    transport.close();
    expect(sent.response).toMatch(/^250 /);
    expect(joins.filter((response) => response.errors)).toEqual([]);

    await waitUntil('the decline to be processed', async () => {
      const [row] = await platform.dataSource.query(`SELECT status FROM registration WHERE session_id = $1 AND person_id = $2`, [sessionId, decliner.id]);
      return row.status === 'LEFT';
    });
    const rows: { person_id: string; status: string }[] = await platform.dataSource.query(
      `SELECT person_id, status FROM registration WHERE session_id = $1 AND status <> 'LEFT' ORDER BY arrival`,
      [sessionId],
    );
    // Order of arrival: the first SEATS hold the seats, everyone after waits; the decliner's seat went to the first waiting.
    expect(rows).toHaveLength(SEATS + WAITING - 1 + STORM);
    expect(rows.slice(0, SEATS).map((row) => row.status)).toEqual(Array(SEATS).fill('SEATED'));
    expect(rows.slice(SEATS).every((row) => row.status === 'WAITLISTED')).toBe(true);
    expect(rows.slice(0, SEATS).map((row) => row.person_id)).toEqual([...early.slice(1, SEATS + 1)].map((person) => person.id));
    const [session] = await platform.dataSource.query(`SELECT seats_taken FROM session WHERE id = $1`, [sessionId]);
    expect(session.seats_taken).toBe(SEATS);

    // The same outbox rows session_leave writes for leaveSession: LEFT to the decliner, SEAT_GRANTED to the first waiting.
    const mails: { kind: string; person: string }[] = await platform.dataSource.query(
      `SELECT payload->>'kind' AS kind, payload->>'personId' AS person FROM outbox_message
       WHERE session_id = $1 AND payload->>'kind' IN ('LEFT', 'SEAT_GRANTED') ORDER BY id`,
      [sessionId],
    );
    expect(mails).toEqual([
      { kind: 'LEFT', person: decliner.id },
      { kind: 'SEAT_GRANTED', person: firstWaiting.id },
    ]);
    await platform.sink.waitFor('the seat-granted mail to the first waiting', () => platform.sink.to(firstWaiting.email).length >= 2);
  });
});
