// Contention on the write path, over GraphQL against the built API: a 100-way race for one room
// (overlapping times: exactly one wins, 99 get CONFLICT) and a 300-way join storm on a 20-seat session
// (20 seats, 280 waitlist places numbered 1..280), from this process while the built worker runs and
// mails to an SMTP sink. Each outcome is checked, not only timed. Baseline:
// as many plain INSERTs with pg over a pool of the same size, with no locking or business logic.
// Run alone: node scripts/build.mjs && node --input-type=module -e \
//   "import('./dist/bench/races.bench.js').then((bench) => bench.runRacesBench(console.log))"

import { availableParallelism } from 'node:os';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { buildPerson, buildRoom, createPeople, createPerson, waitForOutboxDrained } from '@kennis/testing';
import { type BenchDatabase, createBenchDatabase } from './support/bench-database';
import { appEnvironment, cleanUpRedisKeys, POOL_SIZE, tokenFor, withApiPort } from './support/bench-environment';
import { BenchChild, freePort } from './support/child-process';
import { median, ms, type Print, rate, ratio, type SummaryRow, table } from './support/figures';
import { GraphqlClient } from './support/graphql-client';
import { benchAgent } from './support/http-load';
import { CountingSmtpSink } from './support/smtp-sink';

const HOUR = 3_600_000;
const ROOM_RACERS = 100;
const JOINERS = 300;
const SEATS = 20;
const MEASURED_ROUNDS = 3;
/** The API in one process per core (API_PROCESSES), as docker/compose.yml runs it and as the upcoming bench measures it. */
const API_PROCESSES = availableParallelism();
/** Round 0 of each kind is a warm-up (JIT, pools, sockets) and is not counted. */
const ROUNDS = MEASURED_ROUNDS + 1;

const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id status } }`;
const JOIN = `mutation($id: ID!) { joinSession(sessionId: $id) { registration { status waitlistPosition } } }`;

interface Round {
  settleMs: number;
  outcome: string;
}

async function insertRoom(dataSource: DataSource, round: number): Promise<string> {
  const room = buildRoom({ name: `Race room ${round}`, capacity: 50 });
  await dataSource.query(`INSERT INTO room (id, site, name, capacity) VALUES ($1, $2, $3, $4)`, [room.id, room.site, room.name, room.capacity]);
  return room.id;
}

/** Proposed sessions of one host, in one statement. */
async function insertProposals(dataSource: DataSource, hostId: string, count: number, capacity: number, label: string): Promise<string[]> {
  const rows: { id: string }[] = await dataSource.query(
    `WITH made AS (
       INSERT INTO session (title, format, level, language, capacity, duration_minutes, proposed_by_id)
       SELECT $1 || ' ' || i, 'TALK', 'BEGINNER', 'en', $2, 60, $3 FROM generate_series(1, $4) AS i RETURNING id
     ), hosted AS (INSERT INTO session_host (session_id, person_id) SELECT id, $3 FROM made)
     SELECT id FROM made`,
    [label, capacity, hostId, count],
  );
  return rows.map((row) => row.id);
}

function fail(message: string): never {
  throw new Error(`races: ${message}`);
}

export async function apiRoomRace(database: BenchDatabase, client: GraphqlClient, adminId: string, round: number): Promise<Round> {
  const roomId = await insertRoom(database.dataSource, round);
  const sessionIds = await insertProposals(database.dataSource, adminId, ROOM_RACERS, 20, `Room race ${round}`);
  const token = tokenFor(adminId);
  const base = Date.now() + (48 + round * 24) * HOUR;
  // Every start lies within 50 minutes of every other and each session lasts 60: all pairs overlap.
  const inputs = sessionIds.map((sessionId, index) => ({ input: { sessionId, roomId, startsAt: new Date(base + index * 30_000).toISOString() } }));
  const started = performance.now();
  const responses = await Promise.all(inputs.map((variables) => client.call<{ scheduleSession: { status: string } }>(token, SCHEDULE, variables)));
  const settleMs = performance.now() - started;

  const won = responses.filter((response) => response.data?.scheduleSession?.status === 'SCHEDULED').length;
  const conflicts = responses.filter((response) => response.errors?.[0]?.extensions?.code === 'CONFLICT').length;
  if (won !== 1 || conflicts !== ROOM_RACERS - 1) {
    const other = responses.find((response) => response.errors?.[0] && response.errors[0].extensions?.code !== 'CONFLICT');
    fail(`room race ${round}: ${won} won, ${conflicts} CONFLICT (want 1 and ${ROOM_RACERS - 1}); ${JSON.stringify(other?.errors ?? null)}`);
  }
  const [check] = await database.dataSource.query(
    `SELECT (SELECT count(*)::int FROM room_booking WHERE room_id = $1 AND status = 'CONFIRMED') AS bookings,
            (SELECT count(*)::int FROM session WHERE id = ANY($2) AND status = 'SCHEDULED') AS scheduled`,
    [roomId, sessionIds],
  );
  if (check.bookings !== 1 || check.scheduled !== 1) fail(`room race ${round}: ${check.bookings} bookings, ${check.scheduled} scheduled in the database`);
  return { settleMs, outcome: `${won} SCHEDULED + ${conflicts} CONFLICT; database: ${check.bookings} booking, ${check.scheduled} session scheduled` };
}

export async function apiJoinStorm(database: BenchDatabase, client: GraphqlClient, adminId: string, round: number): Promise<Round> {
  const [sessionId] = await insertProposals(database.dataSource, adminId, 1, SEATS, `Join storm ${round}`);
  await client.ok(adminId, SCHEDULE, {
    input: { sessionId, roomId: null, onlineUrl: 'https://meet.example.test/storm', startsAt: new Date(Date.now() + (96 + round) * HOUR).toISOString() },
  });
  const people = await createPeople(database.dataSource, Array.from({ length: JOINERS }, () => buildPerson()));
  const tokens = people.map((person) => tokenFor(person.id));
  type Joined = { joinSession: { registration: { status: string; waitlistPosition: number | null } } };
  const started = performance.now();
  const responses = await Promise.all(tokens.map((token) => client.call<Joined>(token, JOIN, { id: sessionId })));
  const settleMs = performance.now() - started;

  const failed = responses.find((response) => !response.data);
  if (failed) fail(`join storm ${round}: ${JSON.stringify(failed.errors)}`);
  const registrations = responses.map((response) => response.data!.joinSession.registration);
  const seated = registrations.filter((registration) => registration.status === 'SEATED').length;
  const positions = registrations.flatMap((registration) => (registration.status === 'WAITLISTED' ? [registration.waitlistPosition ?? 0] : []));
  positions.sort((a, b) => a - b);
  const numbered = positions.every((position, index) => position === index + 1);
  const [row] = await database.dataSource.query(
    `SELECT seats_taken, (SELECT count(*)::int FROM registration WHERE session_id = $1 AND status = 'WAITLISTED') AS waiting
     FROM session WHERE id = $1`,
    [sessionId],
  );
  if (seated !== SEATS || positions.length !== JOINERS - SEATS || !numbered || row.seats_taken !== SEATS || row.waiting !== JOINERS - SEATS) {
    fail(`join storm ${round}: ${seated} seated, ${positions.length} waitlisted (numbered 1..n: ${numbered}), database ${JSON.stringify(row)}`);
  }
  return {
    settleMs,
    outcome: `${seated} SEATED + ${positions.length} WAITLISTED at places 1..${positions.length}; database: seats_taken ${row.seats_taken}, ${row.waiting} waiting`,
  };
}

async function plainBookingInserts(database: BenchDatabase, pool: pg.Pool, round: number): Promise<Round> {
  const roomId = await insertRoom(database.dataSource, 100 + round);
  const base = Date.now() + (48 + round * 24) * HOUR;
  const started = performance.now();
  const outcomes = await Promise.allSettled(
    Array.from({ length: ROOM_RACERS }, (_, index) =>
      pool.query(`INSERT INTO room_booking (room_id, period, label) VALUES ($1, tstzrange($2, $3, '[)'), $4)`, [
        roomId,
        new Date(base + index * 30_000),
        new Date(base + index * 30_000 + HOUR),
        `Plain ${index}`,
      ]),
    ),
  );
  const settleMs = performance.now() - started;
  const inserted = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
  const codeOf = (outcome: PromiseSettledResult<unknown>) => (outcome.status === 'rejected' ? (outcome.reason as { code?: string }).code : undefined);
  const excluded = outcomes.filter((outcome) => codeOf(outcome) === '23P01').length;
  // Concurrent inserts under an exclusion constraint can wait on each other in a cycle: PostgreSQL
  // breaks it after deadlock_timeout (1 s) with 40P01, which is a refusal too.
  const deadlocked = outcomes.filter((outcome) => codeOf(outcome) === '40P01').length;
  if (inserted !== 1 || excluded + deadlocked !== ROOM_RACERS - 1) {
    const other = outcomes.find((outcome) => outcome.status === 'rejected' && !['23P01', '40P01'].includes(codeOf(outcome) ?? ''));
    fail(`plain bookings ${round}: ${inserted} inserted, ${excluded} refused by room_booking_no_overlap, ${deadlocked} deadlocked; ${String(other && (other as PromiseRejectedResult).reason)}`);
  }
  return { settleMs, outcome: `${inserted} inserted + ${excluded} refused by the exclusion constraint (23P01) + ${deadlocked} deadlocks (40P01)` };
}

async function plainRegistrationInserts(database: BenchDatabase, pool: pg.Pool, adminId: string, round: number): Promise<Round> {
  const [sessionId] = await insertProposals(database.dataSource, adminId, 1, SEATS, `Plain storm ${round}`);
  const people = await createPeople(database.dataSource, Array.from({ length: JOINERS }, () => buildPerson()));
  const started = performance.now();
  await Promise.all(
    people.map((person, index) =>
      pool.query(`INSERT INTO registration (session_id, person_id, status) VALUES ($1, $2, $3)`, [
        sessionId,
        person.id,
        index < SEATS ? 'SEATED' : 'WAITLISTED',
      ]),
    ),
  );
  const settleMs = performance.now() - started;
  const [row] = await database.dataSource.query(`SELECT count(*)::int AS count FROM registration WHERE session_id = $1`, [sessionId]);
  if (row.count !== JOINERS) fail(`plain registrations ${round}: ${row.count} rows`);
  return { settleMs, outcome: `${row.count} rows inserted (status chosen by the client, nothing counted or locked)` };
}

function spread(times: number[]): string {
  return `median ${ms(median(times))} (${ms(Math.min(...times))} – ${ms(Math.max(...times))})`;
}

export async function runRacesBench(print: Print): Promise<SummaryRow[]> {
  print(
    `races: ${ROOM_RACERS} concurrent scheduleSession into one room at overlapping times; ${JOINERS} concurrent joinSession on a ${SEATS}-seat session`,
  );
  print(
    `  time to settle = all requests sent at once until the last answer; ${MEASURED_ROUNDS} rounds after 1 warm-up, API and ` +
      `baseline taking turns; the API in ${API_PROCESSES} processes with a database pool of ${POOL_SIZE} each, the baseline one pool of ${POOL_SIZE}; ` +
      `baseline = the same number of plain INSERTs with pg; each round starts when the mails of the round before are out`,
  );
  const database = await createBenchDatabase('races');
  try {
    const admin = await createPerson(database.dataSource, { name: 'Race admin', roles: ['EMPLOYEE', 'ADMIN'] });

    // The worker runs and mails (an invite per seat, a waitlist note per place) while the joins come
    // in, as in production: its outbox reads and updates compete with the joins for the database.
    const sink = await new CountingSmtpSink().start();
    const environment = appEnvironment(database.url, { API_PROCESSES: String(API_PROCESSES), SMTP_URL: sink.url, WORKER_HEALTH_PORT: String(await freePort()) });
    const undoKeys = cleanUpRedisKeys(environment.queuePrefix);
    const { baseUrl } = await withApiPort(environment);
    const api = new BenchChild('api', 'apps/api/src/main.js', environment.variables).start();
    const worker = new BenchChild('worker', 'apps/worker/src/main.js', environment.variables).start();
    const agent = benchAgent(JOINERS);
    const pool = new pg.Pool({ connectionString: database.url, max: POOL_SIZE, application_name: 'kennis-bench-baseline' });
    // pool.end() resolves before every connection has closed; dropping the database then ends them.
    pool.on('error', () => undefined);
    const times: Record<'apiRoom' | 'plainRoom' | 'apiJoin' | 'plainJoin', number[]> = { apiRoom: [], plainRoom: [], apiJoin: [], plainJoin: [] };
    try {
      await api.waitForHealth(`${baseUrl}/health`);
      await worker.waitForHealth(`http://127.0.0.1:${environment.variables.WORKER_HEALTH_PORT}/health`);
      const client = new GraphqlClient(agent, baseUrl);
      // The API and the baseline take turns, round by round, so that load from elsewhere falls on both alike.
      const kinds = [
        { key: 'apiRoom', label: 'API room race      ', run: (round: number) => apiRoomRace(database, client, admin.id, round) },
        { key: 'plainRoom', label: 'plain room_booking ', run: (round: number) => plainBookingInserts(database, pool, round) },
        { key: 'apiJoin', label: 'API join storm     ', run: (round: number) => apiJoinStorm(database, client, admin.id, round) },
        { key: 'plainJoin', label: 'plain registration ', run: (round: number) => plainRegistrationInserts(database, pool, admin.id, round) },
      ] as const;
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const kind of kinds) {
          // Each round starts once the mails of the one before are out (the storm's come after its answers).
          await waitForOutboxDrained(database.dataSource, 120_000);
          const result = await kind.run(round);
          const when = round === 0 ? 'warm-up' : `round ${round}`;
          print(`    ${kind.label} ${when}: ${ms(result.settleMs)}${round === 0 ? ' (not counted)' : ''}; ${result.outcome}`);
          if (round > 0) times[kind.key].push(result.settleMs);
        }
      }
      print(`    the worker delivered ${sink.count} mails to the SMTP sink meanwhile`);
    } finally {
      agent.destroy();
      await pool.end();
      await worker.stop();
      await api.stop();
      await sink.stop();
      await undoKeys();
    }
    const { apiRoom, plainRoom, apiJoin, plainJoin } = times;
    const roomApi = median(apiRoom);
    const roomPlain = median(plainRoom);
    const joinApi = median(apiJoin);
    const joinPlain = median(plainJoin);
    print('');
    for (const line of table([
      ['time to settle', 'Kennis API', 'plain INSERTs', 'API / baseline'],
      [`${ROOM_RACERS}-way room race`, spread(apiRoom), spread(plainRoom), ratio(roomApi, roomPlain)],
      [`${JOINERS}-way join storm`, spread(apiJoin), spread(plainJoin), ratio(joinApi, joinPlain)],
      [`room race, attempts/s`, rate((ROOM_RACERS * 1000) / roomApi, '/s'), rate((ROOM_RACERS * 1000) / roomPlain, '/s'), ''],
      [`join storm, joins/s`, rate((JOINERS * 1000) / joinApi, '/s'), rate((JOINERS * 1000) / joinPlain, '/s'), ''],
    ])) {
      print(`  ${line}`);
    }
    return [
      { benchmark: 'races', measure: `${ROOM_RACERS}-way room race, settle (1 won + ${ROOM_RACERS - 1} CONFLICT)`, kennis: ms(roomApi), baseline: ms(roomPlain), comparison: ratio(roomApi, roomPlain), goal: 'Kennis < 500 ms', met: roomApi < 500 },
      { benchmark: 'races', measure: `${JOINERS}-way join storm, settle (${SEATS} seated + ${JOINERS - SEATS} waitlisted)`, kennis: ms(joinApi), baseline: ms(joinPlain), comparison: ratio(joinApi, joinPlain), goal: 'Kennis < 1000 ms', met: joinApi < 1000 },
    ];
  } finally {
    await database.drop();
  }
}
