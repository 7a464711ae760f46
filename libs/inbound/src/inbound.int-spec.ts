import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import ICAL from 'ical.js';
import { ImapFlow } from 'imapflow';
import { simpleParser } from 'mailparser';
import nodemailer from 'nodemailer';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { KennisConfigModule, readTestConfig } from '@kennis/config';
import { DatabaseModule } from '@kennis/database';
import { OutboxJobsModule } from '@kennis/outbox';
import { QueuesModule } from '@kennis/queues';
import { createPerson, createProposedSession, createRoom, createTestDatabase, type PersonFixture, type RoomFixture, type TestDatabase, useTestEnvironment } from '@kennis/testing';
import { Role } from '@kennis/auth';
import { SessionEnrolmentService, SessionSchedulingService } from '@kennis/sessions';
import { InboundImapReader } from './imap/inbound-imap.reader';
import { InboundJobsModule } from './inbound-jobs.module';
import { InboundSmtpListener } from './smtp/inbound-smtp.listener';
import { inviteMail, type InviteShape, waitFor } from '@kennis/testing';
import { DovecotServer } from './testing/dovecot-server';

const HOUR = 3_600_000;


/** A future hour on a whole hour, so tests do not clash with each other's times. */
function slot(hoursAhead: number): { startsAt: Date; endsAt: Date } {
  const startsAt = new Date(Math.ceil(Date.now() / HOUR) * HOUR + hoursAhead * HOUR);
  return { startsAt, endsAt: new Date(startsAt.getTime() + HOUR) };
}

describe('receiving mail (real SMTP listener, real Dovecot IMAP, PostgreSQL and BullMQ)', () => {
  let database: TestDatabase;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let prefix: string;
  let smtpPort: number;
  let mailDirectory: string;
  const dovecot = new DovecotServer();
  let ann: PersonFixture;
  let turing: RoomFixture;
  let hopper: RoomFixture;

  const send = async (raw: Buffer, to: string, from: string | null = 'ann@example.test') => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort, secure: false, ignoreTLS: true });
    try {
      return await transport.sendMail({ envelope: { from: from ?? '', to: [to] }, raw });
    } finally {
      transport.close();
    }
  };

  const invite = (shape: Partial<InviteShape> & Pick<InviteShape, 'uid' | 'startsAt' | 'endsAt'>): Buffer =>
    inviteMail({
      client: 'outlook',
      method: 'REQUEST',
      from: ann.email,
      to: turing.resourceMailbox!,
      attendees: [{ address: turing.resourceMailbox!, cutype: 'ROOM' }, { address: 'bo@example.test' }],
      ...shape,
    });

  const statusOf = async (uid: string, recipient: string) => {
    const rows: { status: string; outcome: string }[] = await dataSource.query(
      `SELECT status, outcome FROM inbound_message WHERE calendar_uid = $1 AND recipient = $2 AND status <> 'RECEIVED'`,
      [uid, recipient],
    );
    return rows[0] ?? null;
  };

  const answers = async () =>
    Promise.all(
      readdirSync(mailDirectory)
        .filter((name) => name.endsWith('.eml'))
        .map(async (name) => {
          const parsed = await simpleParser(readFileSync(path.join(mailDirectory, name)));
          const part = parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar');
          const calendar = part ? new ICAL.Component(ICAL.parse(part.content.toString('utf8'))) : null;
          const event = calendar?.getFirstSubcomponent('vevent');
          return {
            parsed,
            method: calendar?.getFirstPropertyValue('method') as string | undefined,
            uid: event?.getFirstPropertyValue('uid') as string | undefined,
            partstat: event?.getFirstProperty('attendee')?.getParameter('partstat') as string | undefined,
            comment: event?.getFirstPropertyValue('comment') as string | undefined,
          };
        }),
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    await dovecot.start();
    mailDirectory = mkdtempSync(path.join(tmpdir(), 'kennis-inbound-mail-'));
    prefix = useTestEnvironment(database.url, {
      MAIL_DIR: mailDirectory,
      INBOUND_SMTP_PORT: '0',
      INBOUND_ORGANIZER_ADDRESS: 'sessions@kennis.test',
      INBOUND_IMAP_URL: dovecot.imapUrl('sessions'),
      INBOUND_IMAP_POLL_MS: '500',
      OUTBOX_SWEEP_INTERVAL_MS: '1000',
      INBOUND_MAX_MESSAGE_BYTES: '200000',
    }).QUEUE_PREFIX;
    moduleRef = await Test.createTestingModule({
      imports: [KennisConfigModule, DatabaseModule.forRoot({ applicationName: 'inbound-test' }), QueuesModule.forRoot(), OutboxJobsModule, InboundJobsModule],
    }).compile();
    moduleRef.enableShutdownHooks();
    await moduleRef.init();
    dataSource = moduleRef.get(getDataSourceToken());
    smtpPort = moduleRef.get(InboundSmtpListener).port!;
    ann = await createPerson(dataSource, { email: 'ann@example.test', name: 'Ann' });
    turing = await createRoom(dataSource, { name: 'Turing', site: 'Utrecht', capacity: 8, resourceMailbox: 'turing@rooms.example.test' });
    hopper = await createRoom(dataSource, { name: 'Hopper', site: 'Utrecht', capacity: 8, resourceMailbox: 'hopper@rooms.example.test' });
  });

  afterAll(async () => {
    await moduleRef?.close();
    const redis = new Redis(readTestConfig().redisUrl);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await dovecot.destroy();
    await database?.drop();
    rmSync(mailDirectory, { recursive: true, force: true });
  });

  it('refuses a recipient that is not a Kennis mailbox, and stores a message before it answers 250', async () => {
    await expect(send(invite({ uid: 'nobody-1', ...slot(10) }), 'nobody@example.test')).rejects.toMatchObject({ responseCode: 550 });
    const raw = invite({ uid: 'stored-1', ...slot(11), messageId: '<stored-1@example.test>' });
    const info = await send(raw, turing.resourceMailbox!);
    expect(info.response).toMatch(/^250 /);
    // 250 means committed: the row is there the moment the client has its answer.
    const rows: { raw: Buffer; channel: string }[] = await dataSource.query(`SELECT raw, channel FROM inbound_message WHERE message_id = '<stored-1@example.test>'`);
    expect(rows).toHaveLength(1);
    expect(rows[0].channel).toBe('SMTP');
    expect(Buffer.compare(rows[0].raw, raw)).toBe(0);
    // A client that sends again after a lost 250: still one row.
    await send(raw, turing.resourceMailbox!);
    const again: unknown[] = await dataSource.query(`SELECT 1 FROM inbound_message WHERE message_id = '<stored-1@example.test>'`);
    expect(again).toHaveLength(1);
    // Over INBOUND_MAX_MESSAGE_BYTES: refused for good (552), nothing stored.
    const huge = Buffer.concat([invite({ uid: 'huge-1', ...slot(12), messageId: '<huge-1@example.test>' }), Buffer.from('x'.repeat(300_000))]);
    await expect(send(huge, turing.resourceMailbox!)).rejects.toMatchObject({ responseCode: 552 });
    expect(await dataSource.query(`SELECT 1 FROM inbound_message WHERE message_id = '<huge-1@example.test>'`)).toEqual([]);
  });

  it('books a room invited from Outlook and answers ACCEPTED from the room, parsed back with ical.js', async () => {
    const time = slot(20);
    await send(invite({ uid: 'outlook-book-1', ...time }), turing.resourceMailbox!);
    const outcome = await waitFor('the invite to be processed', () => statusOf('outlook-book-1', turing.resourceMailbox!));
    expect(outcome.status).toBe('PROCESSED');
    const bookings: { starts_at: Date }[] = await dataSource.query(
      `SELECT lower(period) AS starts_at FROM room_booking WHERE room_id = $1 AND status = 'CONFIRMED'`,
      [turing.id],
    );
    expect(bookings.map((booking) => booking.starts_at.toISOString())).toContain(time.startsAt.toISOString());
    const reply = await waitFor('the room to answer', async () => (await answers()).find((answer) => answer.uid === 'outlook-book-1'));
    expect(reply.method).toBe('REPLY');
    expect(reply.partstat).toBe('ACCEPTED');
    expect(reply.parsed.from?.value[0].address).toBe(turing.resourceMailbox);
    expect(reply.parsed.to).toMatchObject({ value: [{ address: ann.email }] });
    expect(reply.parsed.headers.get('auto-submitted')).toBe('auto-replied');
  });

  it('two invites for the same room and time at once: one ACCEPTED, one DECLINED with alternatives', async () => {
    const time = slot(30);
    await Promise.all([
      send(invite({ client: 'google', uid: 'race-a', ...time }), turing.resourceMailbox!),
      send(invite({ client: 'apple', uid: 'race-b', ...time }), turing.resourceMailbox!),
    ]);
    const replies = await waitFor('both answers', async () => {
      const found = (await answers()).filter((answer) => answer.uid === 'race-a' || answer.uid === 'race-b');
      return found.length === 2 ? found : null;
    });
    expect(replies.map((reply) => reply.partstat).sort()).toEqual(['ACCEPTED', 'DECLINED']);
    const declined = replies.find((reply) => reply.partstat === 'DECLINED')!;
    expect(declined.comment).toMatch(/already booked/);
    expect(declined.parsed.text).toMatch(/Free nearby in this room/);
    expect(declined.parsed.text).toMatch(/Hopper/);
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM room_booking WHERE room_id = $1 AND status = 'CONFIRMED' AND period && tstzrange($2, $3)`,
      [turing.id, time.startsAt, time.endsAt],
    );
    expect(count).toBe(1);
  });

  it('an update moves the booking, a CANCEL releases it', async () => {
    const first = slot(40);
    const moved = slot(42);
    await send(invite({ uid: 'move-1', ...first }), hopper.resourceMailbox!, ann.email);
    await waitFor('the booking', () => statusOf('move-1', hopper.resourceMailbox!));
    await send(invite({ uid: 'move-1', sequence: 1, ...moved, to: hopper.resourceMailbox! }), hopper.resourceMailbox!);
    const periods = async () =>
      (
        (await dataSource.query(`SELECT lower(period) AS s FROM room_booking WHERE room_id = $1 AND status = 'CONFIRMED' ORDER BY 1`, [hopper.id])) as { s: Date }[]
      ).map((row) => row.s.toISOString());
    await waitFor('the move', async () => (await periods()).includes(moved.startsAt.toISOString()));
    expect(await periods()).not.toContain(first.startsAt.toISOString());
    await send(invite({ uid: 'move-1', sequence: 2, method: 'CANCEL', ...moved, to: hopper.resourceMailbox! }), hopper.resourceMailbox!);
    await waitFor('the release', async () => !(await periods()).includes(moved.startsAt.toISOString()));
  });

  it('never acts on or answers strangers, auto-replies and bounces', async () => {
    const time = slot(50);
    await send(invite({ uid: 'stranger-1', from: 'eve@elsewhere.test', messageId: '<stranger-1@elsewhere.test>', ...time }), turing.resourceMailbox!, 'eve@elsewhere.test');
    await send(invite({ uid: 'auto-1', messageId: '<auto-1@example.test>', ...time, extraHeaders: { 'Auto-Submitted': 'auto-replied' } }), turing.resourceMailbox!);
    await send(invite({ uid: 'bounce-1', messageId: '<bounce-1@example.test>', ...time }), turing.resourceMailbox!, null);
    const rows: { message_id: string; status: string; outcome: string; answer: unknown }[] = await waitFor('all three', async () => {
      const found: { message_id: string; status: string; outcome: string; answer: unknown }[] = await dataSource.query(
        `SELECT message_id, status, outcome, answer FROM inbound_message WHERE status <> 'RECEIVED'
         AND message_id IN ('<stranger-1@elsewhere.test>', '<auto-1@example.test>', '<bounce-1@example.test>') ORDER BY message_id`,
      );
      return found.length === 3 ? found : null;
    });
    expect(rows.map((row) => [row.message_id, row.status, row.answer])).toEqual([
      ['<auto-1@example.test>', 'IGNORED', null],
      ['<bounce-1@example.test>', 'IGNORED', null],
      ['<stranger-1@elsewhere.test>', 'IGNORED', null],
    ]);
    expect(rows[0].outcome).toMatch(/Auto-Submitted/);
    expect(rows[1].outcome).toMatch(/null sender/);
    expect(rows[2].outcome).toMatch(/may not book/);
    const [{ count }] = await dataSource.query(
      `SELECT count(*)::int AS count FROM room_booking WHERE room_id = $1 AND status = 'CONFIRMED' AND period && tstzrange($2, $3)`,
      [turing.id, time.startsAt, time.endsAt],
    );
    expect(count).toBe(0);
  });

  it('a DECLINED reply from the calendar frees the seat for the waitlist exactly as leaveSession; ACCEPTED is recorded; older SEQUENCE ignored', async () => {
    const host = await createPerson(dataSource, { email: 'hanna@example.test', name: 'Hanna' });
    const [bo, cy] = [await createPerson(dataSource, { email: 'bo@example.test' }), await createPerson(dataSource, { email: 'cy@example.test' })];
    const session = await createProposedSession(dataSource, host.id, { capacity: 1 });
    const actor = (person: PersonFixture) => ({ personId: person.id, roles: [Role.EMPLOYEE] });
    await moduleRef.get(SessionSchedulingService, { strict: false }).schedule(actor(host), session.id, { startsAt: slot(70).startsAt, roomId: null, onlineUrl: 'https://meet.example.test/reply' }, new Date());
    const enrolment = moduleRef.get(SessionEnrolmentService, { strict: false });
    await enrolment.join(actor(bo), session.id);
    await enrolment.join(actor(cy), session.id);
    const uid = `kennis-session-${session.id}@kennis.local`;
    const reply = (from: string, partstat: string, sequence: number, messageId: string, attendee = from) =>
      inviteMail({ client: 'google', method: 'REPLY', from, to: 'sessions@kennis.test', uid, sequence, ...slot(70), organizer: 'sessions@kennis.test', attendees: [{ address: attendee, partstat }], messageId });
    const registrations = async () =>
      Object.fromEntries(
        ((await dataSource.query(`SELECT p.email, r.status FROM registration r JOIN person p ON p.id = r.person_id WHERE r.session_id = $1`, [session.id])) as { email: string; status: string }[]).map(
          (row) => [row.email, row.status],
        ),
      );
    // Someone else's answer sent from another address: sender and ATTENDEE must agree.
    await send(reply('cy@example.test', 'DECLINED', 0, '<forged@example.test>', 'bo@example.test'), 'sessions@kennis.test', 'cy@example.test');
    const forged = await waitFor('the forged reply', async () => (await dataSource.query(`SELECT status, outcome FROM inbound_message WHERE message_id = '<forged@example.test>' AND status <> 'RECEIVED'`))[0]);
    expect(forged.status).toBe('IGNORED');
    expect(forged.outcome).toMatch(/does not agree/);
    expect((await registrations())['bo@example.test']).toBe('SEATED');
    await send(reply('cy@example.test', 'ACCEPTED', 0, '<cy-accept@example.test>'), 'sessions@kennis.test', 'cy@example.test');
    await send(reply('bo@example.test', 'DECLINED', 0, '<bo-decline@example.test>'), 'sessions@kennis.test', 'bo@example.test');
    await waitFor('Bo out and Cy seated', async () => {
      const now = await registrations();
      return now['bo@example.test'] === 'LEFT' && now['cy@example.test'] === 'SEATED';
    });
    const answers: { person: string; partstat: string }[] = await dataSource.query(
      `SELECT p.email AS person, c.partstat FROM session_calendar_reply c JOIN person p ON p.id = c.person_id WHERE c.session_id = $1 ORDER BY 1`,
      [session.id],
    );
    expect(answers).toEqual([{ person: 'bo@example.test', partstat: 'DECLINED' }, { person: 'cy@example.test', partstat: 'ACCEPTED' }]);
    // The seat-granted and left mails are on the session's outbox, as with leaveSession.
    const kinds: { kind: string }[] = await dataSource.query(`SELECT payload->>'kind' AS kind FROM outbox_message WHERE session_id = $1 ORDER BY id`, [session.id]);
    expect(kinds.map((row) => row.kind)).toEqual(expect.arrayContaining(['LEFT', 'SEAT_GRANTED']));
    // A late answer to an older SEQUENCE changes nothing (RFC 5546 2.1.5).
    await dataSource.query(`UPDATE session SET calendar_sequence = 3 WHERE id = $1`, [session.id]);
    await send(reply('cy@example.test', 'DECLINED', 2, '<cy-old@example.test>'), 'sessions@kennis.test', 'cy@example.test');
    const old = await waitFor('the old reply', async () => (await dataSource.query(`SELECT status, outcome FROM inbound_message WHERE message_id = '<cy-old@example.test>' AND status <> 'RECEIVED'`))[0]);
    expect(old.outcome).toMatch(/SEQUENCE 2/);
    expect((await registrations())['cy@example.test']).toBe('SEATED');
  });

  it('keeps a malformed calendar part with its reason, never answers it twice, and honours X-Auto-Response-Suppress', async () => {
    const broken = Buffer.from(
      ['From: Ann <ann@example.test>', `To: ${turing.resourceMailbox}`, 'Subject: broken', 'Message-ID: <broken-1@example.test>', 'MIME-Version: 1.0',
        'Content-Type: text/calendar; method=REQUEST', '', 'BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:broken-1', 'DTSTART:not-a-date', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'),
    );
    await send(broken, turing.resourceMailbox!);
    await send(broken, turing.resourceMailbox!);
    const rows: { status: string; outcome: string; answer: unknown }[] = await waitFor('the broken message', async () => {
      const found = await dataSource.query(`SELECT status, outcome, answer FROM inbound_message WHERE message_id = '<broken-1@example.test>' AND status <> 'RECEIVED'`);
      return found.length ? found : null;
    });
    expect(rows).toHaveLength(1);
    expect(rows[0].status).toBe('FAILED');
    expect(rows[0].outcome).toMatch(/malformed calendar part/);
    expect(rows[0].answer).toBeNull();

    const time = slot(80);
    await send(invite({ uid: 'suppress-1', ...time, extraHeaders: { 'X-Auto-Response-Suppress': 'All' } }), turing.resourceMailbox!);
    const outcome = await waitFor('the suppressed invite', () => statusOf('suppress-1', turing.resourceMailbox!));
    expect(outcome.status).toBe('PROCESSED');
    expect(outcome.outcome).toMatch(/no answer sent/);
    expect((await answers()).some((answer) => answer.uid === 'suppress-1')).toBe(false);
  });

  it('reads a hosted mailbox over IMAP, marks a message seen only once stored, and comes back after the server restarts', async () => {
    const client = new ImapFlow({ host: '127.0.0.1', port: dovecot.port, secure: false, auth: { user: 'sessions', pass: dovecot.password }, logger: false });
    await client.connect();
    const raw = inviteMail({
      client: 'thunderbird',
      method: 'REPLY',
      from: 'bo@example.test',
      to: 'sessions@kennis.test',
      uid: 'imap-1@example.test',
      ...slot(60),
      attendees: [{ address: 'bo@example.test', partstat: 'ACCEPTED' }],
      messageId: '<imap-1@example.test>',
    });
    await client.append('INBOX', raw);
    await client.logout();
    await waitFor('the IMAP message stored', async () =>
      (await dataSource.query(`SELECT 1 FROM inbound_message WHERE message_id = '<imap-1@example.test>' AND channel = 'IMAP'`)).length === 1,
    );
    const seen = async () => {
      const reader = new ImapFlow({ host: '127.0.0.1', port: dovecot.port, secure: false, auth: { user: 'sessions', pass: dovecot.password }, logger: false });
      await reader.connect();
      await reader.mailboxOpen('INBOX');
      const unseen = await reader.search({ seen: false });
      await reader.logout();
      return unseen;
    };
    await waitFor('the message flagged \\Seen', async () => ((await seen()) || []).length === 0);

    await dovecot.stop();
    await dovecot.start();
    const after = new ImapFlow({ host: '127.0.0.1', port: dovecot.port, secure: false, auth: { user: 'sessions', pass: dovecot.password }, logger: false });
    await after.connect();
    await after.append('INBOX', Buffer.from(raw.toString('utf8').replace('<imap-1@example.test>', '<imap-2@example.test>')));
    await after.logout();
    await waitFor('the message after the restart', async () =>
      (await dataSource.query(`SELECT 1 FROM inbound_message WHERE message_id = '<imap-2@example.test>'`)).length === 1,
    );
    const rows: unknown[] = await dataSource.query(`SELECT 1 FROM inbound_message WHERE message_id IN ('<imap-1@example.test>', '<imap-2@example.test>')`);
    expect(rows).toHaveLength(2);
    expect(moduleRef.get(InboundImapReader).stored).toBeGreaterThanOrEqual(2);
  });
});
