import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { Role, type Actor } from '@kennis/auth';
import { KennisConfigModule } from '@kennis/config';
import { DatabaseModule } from '@kennis/database';
import { DomainError, ErrorCode } from '@kennis/errors';
import { QueuesModule } from '@kennis/queues';
import {
  buildPerson,
  createPeople,
  createPerson,
  createProposedSession,
  createRoom,
  createTestDatabase,
  type TestDatabase,
  useTestEnvironment,
} from '@kennis/testing';
import { RegistrationStatus } from './entities/registration.entity';
import { SessionEnrolmentService } from './services/session-enrolment.service';
import { SessionSchedulingService } from './services/session-scheduling.service';
import { SessionsModule } from './sessions.module';

const HOUR = 3_600_000;
const FRESH_CONNECTIONS = 50;

describe('sessions under concurrency (real PostgreSQL, real Redis)', () => {
  let database: TestDatabase;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let scheduling: SessionSchedulingService;
  let enrolment: SessionEnrolmentService;
  let admin: Actor;

  beforeAll(async () => {
    database = await createTestDatabase();
    useTestEnvironment(database.url, { DATABASE_POOL_SIZE: '10' });
    moduleRef = await Test.createTestingModule({
      imports: [KennisConfigModule, DatabaseModule.forRoot({ applicationName: 'races' }), QueuesModule.forRoot(), SessionsModule],
    }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(getDataSourceToken());
    scheduling = moduleRef.get(SessionSchedulingService);
    enrolment = moduleRef.get(SessionEnrolmentService);
    const adminPerson = await createPerson(dataSource, { roles: ['EMPLOYEE', 'ADMIN'] });
    admin = { personId: adminPerson.id, roles: [Role.EMPLOYEE, Role.ADMIN] };
  });

  afterAll(async () => {
    await moduleRef?.close();
    await database?.drop();
  });

  it('lets exactly one of 100 concurrent schedulings into overlapping times book the room', async () => {
    const room = await createRoom(dataSource, { capacity: 50 });
    const sessions = await Promise.all(
      Array.from({ length: 100 }, (_, index) => createProposedSession(dataSource, admin.personId, { title: `Race ${index}` })),
    );
    const base = Date.now() + 48 * HOUR;
    // Every start lies within 50 minutes of every other, and each session lasts 60: all pairs overlap.
    const outcomes = await Promise.allSettled(
      sessions.map((session, index) =>
        scheduling.schedule(admin, session.id, { startsAt: new Date(base + index * 30_000), roomId: room.id }, new Date()),
      ),
    );

    const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    const lost = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(99);
    for (const { reason } of lost) {
      expect(reason).toBeInstanceOf(DomainError);
      expect((reason as DomainError).code).toBe(ErrorCode.Conflict);
      expect((reason as DomainError).message).toMatch(/already booked for "Race \d+" from \d{4}-\d\d-\d\dT/);
    }
    const [bookings] = await dataSource.query(
      `SELECT count(*)::int AS confirmed FROM room_booking WHERE room_id = $1 AND status = 'CONFIRMED'`,
      [room.id],
    );
    expect(bookings.confirmed).toBe(1);
    const [scheduled] = await dataSource.query(
      `SELECT count(*)::int AS count FROM session WHERE id = ANY($1) AND status = 'SCHEDULED'`,
      [sessions.map((session) => session.id)],
    );
    expect(scheduled.count).toBe(1);
  });

  it('answers a clash before any transaction only with the error the transaction would give', async () => {
    const room = await createRoom(dataSource, { capacity: 50 });
    const base = Date.now() + 96 * HOUR;
    const booked = await createProposedSession(dataSource, admin.personId, { title: 'Booked first' });
    await scheduling.schedule(admin, booked.id, { startsAt: new Date(base), roomId: room.id }, new Date());
    const clashing = { startsAt: new Date(base + 30 * 60_000), roomId: room.id };
    const hostPerson = await createPerson(dataSource);
    const host: Actor = { personId: hostPerson.id, roles: [Role.EMPLOYEE] };
    const strangerPerson = await createPerson(dataSource);
    const stranger: Actor = { personId: strangerPerson.id, roles: [Role.EMPLOYEE] };
    const proposal = await createProposedSession(dataSource, host.personId, { title: 'Came second' });

    // Whatever the transaction checks before the booking comes first, as it always did.
    await expect(scheduling.schedule(stranger, proposal.id, clashing, new Date())).rejects.toMatchObject({ code: ErrorCode.Forbidden });
    await expect(scheduling.schedule(admin, booked.id, clashing, new Date())).rejects.toThrow(/^Cannot schedule a scheduled session/);
    await expect(scheduling.schedule(host, randomUUID(), clashing, new Date())).rejects.toMatchObject({ code: ErrorCode.NotFound });
    await expect(scheduling.schedule(host, proposal.id, { ...clashing, startsAt: new Date(Date.now() - HOUR) }, new Date())).rejects.toThrow(
      'startsAt must be in the future.',
    );
    const big = await createProposedSession(dataSource, host.personId, { capacity: 80 });
    await expect(scheduling.schedule(host, big.id, clashing, new Date())).rejects.toThrow(/seats 50/);
    // The room's rules come before a clash.
    await dataSource.query(`INSERT INTO room_rules (room_id, bookable_hours, blackouts, max_booking_minutes) VALUES ($1, '[]', '[]', 30)`, [room.id]);
    await expect(scheduling.schedule(host, proposal.id, clashing, new Date())).rejects.toMatchObject({ code: ErrorCode.BadUserInput });
    await dataSource.query(`DELETE FROM room_rules WHERE room_id = $1`, [room.id]);

    // The clash itself, for a host and for an admin, naming the booking; nothing is written.
    for (const actor of [host, admin]) {
      await expect(scheduling.schedule(actor, proposal.id, clashing, new Date())).rejects.toMatchObject({
        code: ErrorCode.Conflict,
        message: expect.stringMatching(/^Room .+ is already booked for "Booked first" from /),
      });
    }
    const [state] = await dataSource.query(
      `SELECT status, room_booking_id, (SELECT count(*)::int FROM room_booking WHERE room_id = $2) AS bookings FROM session WHERE id = $1`,
      [proposal.id, room.id],
    );
    expect(state).toEqual({ status: 'PROPOSED', room_booking_id: null, bookings: 1 });

    // A time that does not clash is booked by the transaction as before.
    const scheduled = await scheduling.schedule(host, proposal.id, { startsAt: new Date(base + 2 * HOUR), roomId: room.id }, new Date());
    expect(scheduled.status).toBe('SCHEDULED');
  });

  it('makes the clash check wait for a booking of the room in flight, and name it once it commits', async () => {
    const room = await createRoom(dataSource);
    const base = Date.now() + 120 * HOUR;
    const proposal = await createProposedSession(dataSource, admin.personId, { title: 'Waits for the room' });
    const inFlight = dataSource.createQueryRunner();
    await inFlight.connect();
    try {
      await inFlight.startTransaction();
      await inFlight.query(`SELECT * FROM room_book($1, $2, $3, 10, 'Booked in flight', NULL)`, [room.id, new Date(base), new Date(base + HOUR)]);
      const attempt = scheduling.schedule(admin, proposal.id, { startsAt: new Date(base + 15 * 60_000), roomId: room.id }, new Date());
      const settled = attempt.then(
        () => 'scheduled',
        (error: Error) => error.message,
      );
      // The check queues on the room's lock: wait until PostgreSQL shows it waiting there.
      for (;;) {
        const [waiting] = await dataSource.query(
          `SELECT count(*)::int AS count FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%session_schedule_clash%'`,
        );
        if (waiting.count > 0) break;
        await new Promise((resolve) => setImmediate(resolve));
      }
      await inFlight.commitTransaction();
      expect(await settled).toMatch(/^Room .+ is already booked for "Booked in flight" from /);
    } finally {
      if (inFlight.isTransactionActive) await inFlight.rollbackTransaction();
      await inFlight.release();
    }
  });

  // The server allows 100 connections in all and other test files run beside this one, so 50 fresh ones race here.
  it('keeps overlapping bookings out for 50 fresh connections that skip the lock (the exclusion constraint)', async () => {
    const room = await createRoom(dataSource);
    const base = Date.now() + 72 * HOUR;
    const clients = Array.from({ length: FRESH_CONNECTIONS }, () => new Client({ connectionString: database.url }));
    await Promise.all(clients.map((client) => client.connect()));
    try {
      const outcomes = await Promise.allSettled(
        clients.map((client, index) =>
          client.query(
            `INSERT INTO room_booking (room_id, period, label) VALUES ($1, tstzrange($2, $3, '[)'), $4)`,
            [room.id, new Date(base + index * 60_000), new Date(base + index * 60_000 + 2 * HOUR), `Direct ${index}`],
          ),
        ),
      );
      expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
      const codes = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [(outcome.reason as { code: string }).code] : []));
      expect(codes).toHaveLength(FRESH_CONNECTIONS - 1);
      // Refused by room_booking_no_overlap (23P01); inserts that wait on each other's uncommitted rows
      // can also be ended by PostgreSQL's deadlock detector (40P01). Either way: refused, never booked.
      expect(codes.every((code) => code === '23P01' || code === '40P01')).toBe(true);
      const [count] = await dataSource.query(
        `SELECT count(*)::int AS confirmed FROM room_booking WHERE room_id = $1 AND status = 'CONFIRMED'`,
        [room.id],
      );
      expect(count.confirmed).toBe(1);
    } finally {
      await Promise.all(clients.map((client) => client.end()));
    }
  });

  it('gives 20 seats and 280 waitlist places in arrival order to 300 concurrent joins, and leaves promote in order', async () => {
    const session = await createProposedSession(dataSource, admin.personId, { capacity: 20, title: 'Join storm' });
    await scheduling.schedule(
      admin,
      session.id,
      { startsAt: new Date(Date.now() + 96 * HOUR), roomId: null, onlineUrl: 'https://meet.example.test/storm' },
      new Date(),
    );
    const people = await createPeople(dataSource, Array.from({ length: 300 }, () => buildPerson()));
    const actors: Actor[] = people.map((person) => ({ personId: person.id, roles: [Role.EMPLOYEE] }));

    const results = await Promise.all(actors.map((actor) => enrolment.join(actor, session.id)));

    const seated = results.filter((result) => result.registration.status === RegistrationStatus.SEATED);
    const waitlisted = results.filter((result) => result.registration.status === RegistrationStatus.WAITLISTED);
    expect(seated).toHaveLength(20);
    expect(waitlisted).toHaveLength(280);
    // The place each joiner was told is its rank by arrival, with no gaps or repeats.
    const byArrival = [...waitlisted].sort((a, b) => Number(a.registration.arrival) - Number(b.registration.arrival));
    expect(byArrival.map((result) => result.waitlistPosition)).toEqual(Array.from({ length: 280 }, (_, i) => i + 1));
    const lastSeat = Math.max(...seated.map((result) => Number(result.registration.arrival)));
    expect(Math.min(...waitlisted.map((result) => Number(result.registration.arrival)))).toBeGreaterThan(lastSeat);
    const [row] = await dataSource.query(`SELECT seats_taken FROM session WHERE id = $1`, [session.id]);
    expect(row.seats_taken).toBe(20);

    // Ten seated people leave at once: the first ten on the waitlist get their seats, in order.
    const leavers = seated.slice(0, 10).map((result) => actors.find((actor) => actor.personId === result.registration.personId)!);
    await Promise.all(leavers.map((actor) => enrolment.leave(actor, session.id)));
    const nowSeated: { person_id: string }[] = await dataSource.query(
      `SELECT person_id FROM registration WHERE session_id = $1 AND status = 'SEATED'`,
      [session.id],
    );
    const expectedPromoted = byArrival.slice(0, 10).map((result) => result.registration.personId);
    expect(nowSeated).toHaveLength(20);
    expect(nowSeated.map((r) => r.person_id)).toEqual(expect.arrayContaining(expectedPromoted));
    const [after] = await dataSource.query(
      `SELECT seats_taken, (SELECT count(*)::int FROM registration WHERE session_id = $1 AND status = 'WAITLISTED') AS waiting
       FROM session WHERE id = $1`,
      [session.id],
    );
    expect(after).toEqual({ seats_taken: 20, waiting: 270 });
  });

  it('refuses a second join by the same person, even when both arrive at once', async () => {
    const session = await createProposedSession(dataSource, admin.personId, { capacity: 5 });
    await scheduling.schedule(
      admin,
      session.id,
      { startsAt: new Date(Date.now() + 100 * HOUR), roomId: null, onlineUrl: 'https://meet.example.test/twice' },
      new Date(),
    );
    const person = await createPerson(dataSource);
    const actor = { personId: person.id, roles: [Role.EMPLOYEE] };
    const outcomes = await Promise.allSettled(Array.from({ length: 10 }, () => enrolment.join(actor, session.id)));
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const [row] = await dataSource.query(`SELECT seats_taken FROM session WHERE id = $1`, [session.id]);
    expect(row.seats_taken).toBe(1);
  });

  it('rejects an oversold seat in the database itself', async () => {
    const session = await createProposedSession(dataSource, admin.personId, { capacity: 2 });
    await expect(dataSource.query(`UPDATE session SET seats_taken = 3 WHERE id = $1`, [session.id])).rejects.toMatchObject({
      driverError: expect.objectContaining({ constraint: 'session_seats_within_capacity' }),
    });
  });
});
