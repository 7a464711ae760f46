// What one request of the races bench costs, rather than how long the storm takes: SQL statements per
// request (the API's statement log) and CPU per request of the API and of its PostgreSQL backends,
// read from /proc (utime + stime) around each round, with the worker running and mailing as in the bench.
// On a shared machine CPU per request is steadier than wall time. An older build can be probed with this
// bench: node dist/bench/races-probe.js [apps dist folder, default dist] [rounds, default 3]
import path from 'node:path';
import { buildPerson, createPeople, createPerson, waitForOutboxDrained } from '@kennis/testing';
import { apiJoinStorm, apiRoomRace } from './races.bench';
import { createBenchDatabase } from './support/bench-database';
import { appEnvironment, cleanUpRedisKeys, tokenFor, withApiPort } from './support/bench-environment';
import { BenchChild, DIST, freePort, sleep } from './support/child-process';
import { measureCpu } from './support/cpu-meter';
import { median } from './support/figures';
import { GraphqlClient } from './support/graphql-client';
import { benchAgent } from './support/http-load';
import { CountingSmtpSink } from './support/smtp-sink';

const appDist = path.resolve(process.argv[2] ?? DIST);
const rounds = Number(process.argv[3] ?? 3);
/** count (the statement log), cpu, or both. */
const mode = process.argv[4] ?? 'both';
/** room, join, joinmail, typename (the CPU rounds only). */
const kinds = process.argv[5] ?? 'room,join,typename';
const script = (name: string) => path.relative(DIST, path.join(appDist, name));

/** 300 concurrent `{ __typename }` by 300 people: the same HTTP, authentication and GraphQL, no resolver. */
async function typenames(client: GraphqlClient): Promise<{ settleMs: number }> {
  const people = await createPeople(database.dataSource, Array.from({ length: 300 }, () => buildPerson()));
  const tokens = people.map((person) => tokenFor(person.id));
  const started = performance.now();
  const answers = await Promise.all(tokens.map((token) => client.call(token, '{ __typename }')));
  const settleMs = performance.now() - started;
  if (answers.some((answer) => answer.data?.__typename !== 'Query')) throw new Error(`typename: ${JSON.stringify(answers.find((answer) => !answer.data))}`);
  return { settleMs };
}

const database = await createBenchDatabase('racesprobe');
const sink = await new CountingSmtpSink().start();
try {
  const admin = await createPerson(database.dataSource, { name: 'Probe admin', roles: ['EMPLOYEE', 'ADMIN'] });
  const backends = async () =>
    ((await database.dataSource.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = 'kennis-api'`, [database.name])) as { pid: number }[]).map(
      (row) => row.pid,
    );
  let round = 0;
  for (const logged of [true, false].filter((log) => mode === 'both' || mode === (log ? 'count' : 'cpu'))) {
    const environment = appEnvironment(database.url, { SMTP_URL: sink.url, WORKER_HEALTH_PORT: String(await freePort()), DATABASE_LOG_QUERIES: String(logged) });
    const undoKeys = cleanUpRedisKeys(environment.queuePrefix);
    const { baseUrl } = await withApiPort(environment);
    const api = new BenchChild('api', script('apps/api/src/main.js'), environment.variables).start();
    const worker = new BenchChild('worker', script('apps/worker/src/main.js'), environment.variables).start();
    const agent = benchAgent(300);
    try {
      await api.waitForHealth(`${baseUrl}/health`);
      await worker.waitForHealth(`http://127.0.0.1:${environment.variables.WORKER_HEALTH_PORT}/health`);
      const client = new GraphqlClient(agent, baseUrl);
      await apiRoomRace(database, client, admin.id, (round += 1));
      await apiJoinStorm(database, client, admin.id, (round += 1));
      if (logged) {
        api.countSql = true;
        for (const [label, requests, run] of [
          ['room race (100 scheduleSession)', 100, () => apiRoomRace(database, client, admin.id, (round += 1))],
          ['join storm (300 joinSession)', 300, () => apiJoinStorm(database, client, admin.id, (round += 1))],
        ] as const) {
          await sleep(300);
          api.sqlLines.length = 0;
          await run();
          await sleep(300);
          // The storm's own set-up (scheduling the session) goes through the API too: one request.
          const extra = label.startsWith('join') ? 1 : 0;
          const statements = api.sqlLines.map((line) => String((JSON.parse(line) as { msg: string }).msg).replace(/^sql /, ''));
          const kinds = new Map<string, number>();
          for (const statement of statements) {
            const key = statement.replace(/\s+/g, ' ').slice(0, 90);
            kinds.set(key, (kinds.get(key) ?? 0) + 1);
          }
          console.log(`${label}: ${statements.length} statements for ${requests + extra} requests, ${(statements.length / (requests + extra)).toFixed(2)} per request`);
          for (const [key, count] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(5)} x ${key}`);
        }
        continue;
      }
      const pids = { api: api.pid!, worker: worker.pid! };
      for (const [kind, label, requests, run] of [
        ['room', 'room race', 100, () => apiRoomRace(database, client, admin.id, (round += 1))],
        ['join', 'join storm', 300, () => apiJoinStorm(database, client, admin.id, (round += 1))],
        [
          'joinmail',
          'join storm until the outbox drained',
          300,
          async () => {
            const result = await apiJoinStorm(database, client, admin.id, (round += 1));
            await waitForOutboxDrained(database.dataSource, 120_000);
            return result;
          },
        ],
        // The generic price of an authenticated request, for comparison: 300 at once of the smallest query.
        ['typename', 'typename', 300, () => typenames(client)],
      ] as const) {
        if (!kinds.split(',').includes(kind)) continue;
        const figures: { settle: number; api: number; postgres: number; worker: number }[] = [];
        for (let index = 0; index < rounds; index += 1) {
          await sleep(500);
          // The round starts with nothing left to mail from the one before (the warm-up's mails too).
          if (kind === 'joinmail') await waitForOutboxDrained(database.dataSource, 120_000);
          const groups = async () => ({ api: [pids.api], worker: [pids.worker], postgres: await backends() });
          const { result, cpuMs } = await measureCpu(groups, run);
          figures.push({ settle: result.settleMs, api: cpuMs.api, postgres: cpuMs.postgres, worker: cpuMs.worker });
        }
        const per = (key: 'api' | 'postgres' | 'worker') => (median(figures.map((figure) => figure[key])) / requests).toFixed(2);
        console.log(
          `${label}: settle median ${median(figures.map((figure) => figure.settle)).toFixed(0)} ms (${figures.map((figure) => figure.settle.toFixed(0)).join(', ')}); ` +
            `CPU per request (median of ${rounds}, incl. the round's set-up): api ${per('api')} ms, its postgres backends ${per('postgres')} ms, worker ${per('worker')} ms`,
        );
      }
    } finally {
      agent.destroy();
      await worker.stop();
      await api.stop();
      await undoKeys();
    }
  }
} finally {
  await sink.stop();
  await database.drop();
}
