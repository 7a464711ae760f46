// Read path under load: upcomingSessions(first: 50) with hosts and rooms, 16 clients in a closed loop,
// against the built API and against a bare node:http + pg server that sends the five SQL statements the API sent before
// issue 11 (actor, page, hosts, people, rooms; the API now sends two): the fixed yardstick the goals are set against.
// Run alone: node scripts/build.mjs && node --input-type=module -e \
//   "import('./dist/bench/upcoming-sessions.bench.js').then((bench) => bench.runUpcomingSessionsBench(console.log))"
import { Agent } from 'node:http';
import { availableParallelism } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import type { DataSource } from 'typeorm';
import { buildPerson, buildRoom, createPeople, type PersonFixture } from '@kennis/testing';
import { createBenchDatabase } from './support/bench-database';
import { appEnvironment, BENCH_JWT_SECRET, cleanUpRedisKeys, POOL_SIZE, tokenFor, withApiPort } from './support/bench-environment';
import { BenchChild, freePort, sleep } from './support/child-process';
import { addCpu, backendPids, childPids, describeCpuPer, measureCpu, type ProcessGroups } from './support/cpu-meter';
import { ms, type Print, rate, ratio, type SummaryRow, table } from './support/figures';
import { ClosedLoop, combine, type HttpAnswer, type HttpTarget, type LoadResult, OpenLoop, type PhaseResult, post } from './support/http-load';

const SCHEDULED_SESSIONS = 200;
const PROPOSED_SESSIONS = 50;
const HOSTS = 60;
const ROOMS = 20;
const SITES = ['Amsterdam', 'Utrecht', 'Eindhoven', 'Delft'];
const PAGE_SIZE = 50;
const CONCURRENCY = 16;
/** Server processes on each side: one per core, the API's API_PROCESSES and the baseline's node:cluster alike. */
const SERVER_PROCESSES = availableParallelism();
const WARM_UP_MS = 3_000;
/** Each side is measured in ROUNDS phases of PHASE_MS, taking turns: 12 s each in all. */
const ROUNDS = 3;
const PHASE_MS = 4_000;
const MAX_REQUESTS_PER_PHASE = 200_000;
const PROBE_REQUESTS = 20;
/** The open loop: arrivals at half the bare server's closed-loop throughput, OPEN_ROUNDS x PHASE_MS per side. */
const OPEN_LOAD_SHARE = 0.5;
const OPEN_ROUNDS = 2;
/** The statements the API sent per request before issue 11 (actor, page, hosts, people, rooms). */
const STATEMENTS_BEFORE = 5;

const QUERY = `query($first: Int!) { upcomingSessions(first: $first) { edges { node {
  title startsAt seatsLeft hosts { name } room { name site } } } } }`;
const BODY = JSON.stringify({ query: QUERY, variables: { first: PAGE_SIZE } });

/** 200 scheduled sessions (half with a co-host) in 20 rooms over 4 sites, plus 50 proposals, in plain SQL. */
export async function seed(dataSource: DataSource): Promise<PersonFixture[]> {
  const hosts = await createPeople(dataSource, Array.from({ length: HOSTS }, (_, index) => buildPerson({ name: `Host ${index}` })));
  const readers = await createPeople(dataSource, Array.from({ length: CONCURRENCY }, () => buildPerson()));
  const rooms = Array.from({ length: ROOMS }, (_, index) => buildRoom({ site: SITES[index % SITES.length], name: `Room ${index}` }));
  await dataSource.query(
    `INSERT INTO room (id, site, name, capacity, equipment, resource_mailbox)
     SELECT id, site, name, 40, '{PROJECTOR}', NULL FROM unnest($1::uuid[], $2::varchar[], $3::varchar[]) AS t(id, site, name)`,
    [rooms.map((room) => room.id), rooms.map((room) => room.site), rooms.map((room) => room.name)],
  );
  // Session i starts i hours after tomorrow and lasts 45 minutes: no two bookings of a room overlap.
  await dataSource.query(
    `WITH planned AS (
       SELECT i, gen_random_uuid() AS session_id, gen_random_uuid() AS booking_id,
              date_trunc('hour', now()) + interval '1 day' + i * interval '1 hour' AS starts_at,
              ($1::uuid[])[1 + i % $2] AS room_id, ($3::uuid[])[1 + i % $4] AS host_id, ($3::uuid[])[1 + (i + 7) % $4] AS co_host_id
       FROM generate_series(0, $5 - 1) AS i
     ), bookings AS (
       INSERT INTO room_booking (id, room_id, period, label)
       SELECT booking_id, room_id, tstzrange(starts_at, starts_at + interval '45 minutes', '[)'), 'Upcoming ' || i FROM planned
     ), sessions AS (
       INSERT INTO session (id, title, description, format, level, language, capacity, duration_minutes, status,
                            starts_at, ends_at, room_id, room_booking_id, seats_taken, proposed_by_id)
       SELECT session_id, 'Upcoming session ' || i, 'A session made by the upcoming-sessions benchmark.', 'TALK', 'BEGINNER', 'en',
              30, 45, 'SCHEDULED', starts_at, starts_at + interval '45 minutes', room_id, booking_id, i % 31, host_id
       FROM planned
     )
     INSERT INTO session_host (session_id, person_id)
     SELECT session_id, host_id FROM planned
     UNION ALL SELECT session_id, co_host_id FROM planned WHERE i % 2 = 0`,
    [rooms.map((room) => room.id), ROOMS, hosts.map((host) => host.id), HOSTS, SCHEDULED_SESSIONS],
  );
  await dataSource.query(
    `INSERT INTO session (title, format, level, language, capacity, duration_minutes, proposed_by_id)
     SELECT 'Proposal ' || i, 'DEMO', 'BEGINNER', 'nl', 10, 30, ($1::uuid[])[1 + i % $2] FROM generate_series(0, $3 - 1) AS i`,
    [hosts.map((host) => host.id), HOSTS, PROPOSED_SESSIONS],
  );
  return readers;
}

function isFullPage(answer: HttpAnswer): boolean {
  return answer.status === 200 && answer.body.startsWith('{"data":{"upcomingSessions":{"edges":[{') && !answer.body.includes('"errors"');
}

function describeLoad(result: LoadResult): string {
  return `${rate(result.perSecond, 'req/s')}, p50 ${ms(result.p50)}, p90 ${ms(result.p90)}, p99 ${ms(result.p99)}, max ${ms(result.max)}` +
    ` (${result.requests} ok, ${result.errors} errors in ${(result.elapsedMs / 1000).toFixed(1)} s; per phase ` +
    `${result.phases.map((perSecond) => perSecond.toFixed(0)).join(' / ')} req/s)`;
}

async function fetchOnce(target: HttpTarget): Promise<HttpAnswer> {
  const agent = new Agent({ keepAlive: false });
  try {
    return await post(agent, target);
  } finally {
    agent.destroy();
  }
}

export async function runUpcomingSessionsBench(print: Print): Promise<SummaryRow[]> {
  print(`upcoming sessions: upcomingSessions(first: ${PAGE_SIZE}) { title startsAt seatsLeft hosts { name } room { name site } }`);
  print(
    `  data: ${SCHEDULED_SESSIONS} scheduled sessions (half with a co-host), ${PROPOSED_SESSIONS} proposals, ${ROOMS} rooms; ` +
      `load: ${CONCURRENCY} clients in a closed loop; each side ${WARM_UP_MS / 1000} s warm-up (not counted), then ` +
      `${ROUNDS} x ${PHASE_MS / 1000} s measured, the two sides taking turns; ${SERVER_PROCESSES} server processes with a database pool of ${POOL_SIZE} each on both sides`,
  );
  const database = await createBenchDatabase('upcoming');
  try {
    const readers = await seed(database.dataSource);
    const headers = readers.map((reader) => ({ authorization: `Bearer ${tokenFor(reader.id)}` }));

    // 1. How many statements the API sends per request: a short run with the statement log on.
    const probeEnvironment = appEnvironment(database.url, { DATABASE_LOG_QUERIES: 'true' });
    const undoProbeKeys = cleanUpRedisKeys(probeEnvironment.queuePrefix);
    const probeUrl = await withApiPort(probeEnvironment);
    const probe = new BenchChild('api (statement log)', 'apps/api/src/main.js', probeEnvironment.variables).start();
    probe.countSql = true;
    let reference: HttpAnswer;
    let statementsPerRequest: number;
    let apiStatements: string[];
    try {
      await probe.waitForHealth(`${probeUrl.baseUrl}/health`);
      const target = { url: `${probeUrl.baseUrl}/graphql`, headers: headers[0], body: BODY };
      reference = await fetchOnce(target);
      if (!isFullPage(reference)) throw new Error(`the API answered ${reference.status}: ${reference.body.slice(0, 500)}`);
      await sleep(300);
      probe.sqlLines.length = 0;
      for (let index = 0; index < PROBE_REQUESTS; index += 1) await fetchOnce(target);
      await sleep(300);
      statementsPerRequest = probe.sqlLines.length / PROBE_REQUESTS;
      apiStatements = probe.sqlLines
        .slice(0, Math.round(statementsPerRequest))
        .map((line) => String((JSON.parse(line) as { msg: string }).msg).replace(/^sql /, ''));
    } finally {
      await probe.stop();
      await undoProbeKeys();
    }
    const edges = (JSON.parse(reference.body) as { data: { upcomingSessions: { edges: unknown[] } } }).data.upcomingSessions.edges;
    print(`  the API's answer: ${edges.length} sessions, ${reference.body.length} bytes; ${statementsPerRequest} SQL statements per request:`);
    for (const statement of apiStatements) print(`    ${statement.slice(0, 150)}${statement.length > 150 ? ' …' : ''}`);

    // 2. The API (statement log off) and the baseline side by side, measured in turns so that load
    //    from elsewhere on the machine falls on both alike.
    const environment = appEnvironment(database.url, { API_PROCESSES: String(SERVER_PROCESSES) });
    const undoKeys = cleanUpRedisKeys(environment.queuePrefix);
    const apiUrl = await withApiPort(environment);
    const api = new BenchChild('api', 'apps/api/src/main.js', environment.variables).start();
    const port = await freePort();
    const baselineOptions = { databaseUrl: database.url, port, jwtSecret: BENCH_JWT_SECRET, poolSize: POOL_SIZE, processes: SERVER_PROCESSES };
    const bare = new BenchChild('bare server', 'bench/support/bare-upcoming-server.js', {}, [JSON.stringify(baselineOptions)]).start();
    const loops = {
      kennis: new ClosedLoop({
        concurrency: CONCURRENCY,
        maxRequests: MAX_REQUESTS_PER_PHASE,
        target: (client) => ({ url: `${apiUrl.baseUrl}/graphql`, headers: headers[client], body: BODY }),
        check: isFullPage,
      }),
      baseline: new ClosedLoop({
        concurrency: CONCURRENCY,
        maxRequests: MAX_REQUESTS_PER_PHASE,
        target: (client) => ({ url: `http://127.0.0.1:${port}/upcoming`, headers: headers[client], body: BODY }),
        check: isFullPage,
      }),
    };
    const phases: Record<keyof typeof loops, PhaseResult[]> = { kennis: [], baseline: [] };
    // CPU of each side's server, of PostgreSQL's backends and of this process (the load) over the measured phases.
    const processes: Record<keyof typeof loops, ProcessGroups> = {
      kennis: async () => ({ api: childPids('apps/api/src/main.js'), PostgreSQL: await backendPids(database.dataSource) }),
      baseline: async () => ({ 'bare server': childPids('bench/support/bare-upcoming-server.js'), PostgreSQL: await backendPids(database.dataSource) }),
    };
    const cpu: Record<keyof typeof loops, Record<string, number>> = { kennis: {}, baseline: {} };
    const openPhases: Record<keyof typeof loops, PhaseResult[]> = { kennis: [], baseline: [] };
    let openRate = 0;
    let baselineStatements: number;
    try {
      await api.waitForHealth(`${apiUrl.baseUrl}/health`);
      await bare.waitForLine(/baseline listening/);
      const answer = await fetchOnce({ url: `http://127.0.0.1:${port}/upcoming`, headers: headers[0], body: BODY });
      if (!isDeepStrictEqual(JSON.parse(answer.body), JSON.parse(reference.body))) {
        throw new Error(`the baseline's answer differs from the API's:\n${answer.body.slice(0, 500)}\n${reference.body.slice(0, 500)}`);
      }
      print(
        `  the baseline's answer is the same JSON as the API's; it sends person by id, the session page (every column, ` +
          `LIMIT ${PAGE_SIZE + 1}), session_host IN (…), person IN (…) and room IN (…), the last two beside each other as DataLoader does`,
      );
      await loops.kennis.phase(WARM_UP_MS);
      await loops.baseline.phase(WARM_UP_MS);
      for (let round = 0; round < ROUNDS; round += 1) {
        const order: (keyof typeof loops)[] = round % 2 === 0 ? ['kennis', 'baseline'] : ['baseline', 'kennis'];
        for (const side of order) {
          const measured = await measureCpu(processes[side], () => loops[side].phase(PHASE_MS));
          phases[side].push(measured.result);
          addCpu(cpu[side], measured.cpuMs);
        }
      }
      // The open loop, at a fixed arrival rate both sides can sustain: the latency a user sees when the
      // server is busy but not overloaded.
      openRate = Math.max(1, Math.round(combine(phases.baseline).perSecond * OPEN_LOAD_SHARE));
      const openLoops = {
        kennis: new OpenLoop({ perSecond: openRate, target: (index) => ({ url: `${apiUrl.baseUrl}/graphql`, headers: headers[index % CONCURRENCY], body: BODY }), check: isFullPage }),
        baseline: new OpenLoop({ perSecond: openRate, target: (index) => ({ url: `http://127.0.0.1:${port}/upcoming`, headers: headers[index % CONCURRENCY], body: BODY }), check: isFullPage }),
      };
      try {
        for (let round = 0; round < OPEN_ROUNDS; round += 1) {
          const order: (keyof typeof loops)[] = round % 2 === 0 ? ['kennis', 'baseline'] : ['baseline', 'kennis'];
          for (const side of order) openPhases[side].push(await openLoops[side].phase(PHASE_MS));
        }
      } finally {
        openLoops.kennis.close();
        openLoops.baseline.close();
      }
      const stats = (await (await fetch(`http://127.0.0.1:${port}/stats`)).json()) as { requests: number; statements: number };
      baselineStatements = stats.statements / stats.requests;
    } finally {
      loops.kennis.close();
      loops.baseline.close();
      await bare.stop();
      await api.stop();
      await undoKeys();
    }
    const kennis = combine(phases.kennis);
    const baseline = combine(phases.baseline);
    print(`  Kennis API (Nest + Apollo + TypeORM + DataLoader): ${describeLoad(kennis)}`);
    if (kennis.firstError) print(`    first error: ${kennis.firstError}`);
    print(`  baseline (node:http + pg, the five statements of before, same JSON, same JWT check): ${describeLoad(baseline)}`);
    if (baseline.firstError) print(`    first error: ${baseline.firstError}`);
    print(`  CPU per request in the closed loop (from /proc; "bench" is this process, the load generator):`);
    print(`    Kennis API: ${describeCpuPer(cpu.kennis, kennis.requests)}`);
    print(`    baseline:   ${describeCpuPer(cpu.baseline, baseline.requests)}`);
    const openKennis = combine(openPhases.kennis);
    const openBaseline = combine(openPhases.baseline);
    print(`  open loop at ${openRate} req/s (half the baseline's closed-loop throughput), ${OPEN_ROUNDS} x ${PHASE_MS / 1000} s per side, latency from each request's due time:`);
    print(`    Kennis API: ${describeLoad(openKennis)}`);
    if (openKennis.firstError) print(`      first error: ${openKennis.firstError}`);
    print(`    baseline:   ${describeLoad(openBaseline)}`);
    print('');
    for (const line of table([
      ['', 'Kennis API', 'baseline', 'API / baseline'],
      ['throughput', rate(kennis.perSecond, 'req/s'), rate(baseline.perSecond, 'req/s'), ratio(kennis.perSecond, baseline.perSecond)],
      ['latency p50', ms(kennis.p50), ms(baseline.p50), ratio(kennis.p50, baseline.p50)],
      ['latency p99', ms(kennis.p99), ms(baseline.p99), ratio(kennis.p99, baseline.p99)],
      [`open loop ${openRate} req/s, p50`, ms(openKennis.p50), ms(openBaseline.p50), ratio(openKennis.p50, openBaseline.p50)],
      [`open loop ${openRate} req/s, p99`, ms(openKennis.p99), ms(openBaseline.p99), ratio(openKennis.p99, openBaseline.p99)],
      ['SQL statements / request', statementsPerRequest.toFixed(1), baselineStatements.toFixed(1), ''],
      ['errors', String(kennis.errors), String(baseline.errors), ''],
    ])) {
      print(`  ${line}`);
    }
    return [
      {
        benchmark: 'upcoming sessions',
        measure: `throughput, ${CONCURRENCY} clients`,
        kennis: rate(kennis.perSecond, 'req/s'),
        baseline: rate(baseline.perSecond, 'req/s'),
        comparison: ratio(kennis.perSecond, baseline.perSecond),
        goal: '>= 0.60x',
        met: kennis.perSecond >= 0.6 * baseline.perSecond,
      },
      { benchmark: 'upcoming sessions', measure: `closed loop p50 / p99`, kennis: `${ms(kennis.p50)} / ${ms(kennis.p99)}`, baseline: `${ms(baseline.p50)} / ${ms(baseline.p99)}`, comparison: ratio(kennis.p99, baseline.p99) },
      {
        benchmark: 'upcoming sessions',
        measure: `open loop ${openRate} req/s, p99`,
        kennis: ms(openKennis.p99),
        baseline: ms(openBaseline.p99),
        comparison: ratio(openKennis.p99, openBaseline.p99),
        goal: 'Kennis < 50 ms, no errors',
        met: openKennis.p99 < 50 && openKennis.errors === 0,
      },
      {
        benchmark: 'upcoming sessions',
        measure: 'SQL statements / request',
        kennis: statementsPerRequest.toFixed(1),
        baseline: baselineStatements.toFixed(1),
        comparison: '',
        goal: `< ${STATEMENTS_BEFORE} (before)`,
        met: statementsPerRequest < STATEMENTS_BEFORE,
      },
    ];
  } finally {
    await database.drop();
  }
}
