// Mail fan-out: one all-hands session of 10,000 people is rescheduled over GraphQL, which records an
// UPDATE outbox row per person in the change's transaction and hands each to BullMQ; the built worker
// composes each invite (iCalendar included) and delivers it to a counting SMTP sink on 127.0.0.1.
// Baselines, each in its own process: a bare nodemailer loop, same pool and concurrency, resending one
// of the worker's own messages (so same size) to the same sink (the transport's limit); and a loop that
// composes the same personalised mails with Kennis's own composer and sends them through Kennis's SMTP
// transport with no outbox, queue or database (the price of durability on its own line).
// Run alone: node scripts/build.mjs && node --input-type=module -e \
//   "import('./dist/bench/invites.bench.js').then((bench) => bench.runInvitesBench(console.log))"
// BENCH_WORKER_PROCESSES=1 measures the worker in one process (the default is one per core).

import { availableParallelism } from 'node:os';
import type { DataSource } from 'typeorm';
import { readAppConfig, readInboundConfig, readMailConfig } from '@kennis/config';
import { buildPerson, createPeople, createPerson } from '@kennis/testing';
import { createBenchDatabase } from './support/bench-database';
import { appEnvironment, cleanUpRedisKeys, withApiPort } from './support/bench-environment';
import { BenchChild, freePort, sleep } from './support/child-process';
import { backendPids, childPids, processCpuMs } from './support/cpu-meter';
import { ms, type Print, rate, ratio, type SummaryRow, table } from './support/figures';
import { GraphqlClient } from './support/graphql-client';
import { benchAgent } from './support/http-load';
import type { ComposerBlastConfig, ComposerBlastPerson } from './support/composer-blast';
import { CountingSmtpSink } from './support/smtp-sink';

/** The host plus 9,999 seated colleagues: 10,000 people hear about the change. */
const RECIPIENTS = 10_000;
const WARM_UP_RECIPIENTS = 200;
/** The session-mail processor's concurrency and SmtpMailTransport's pool (libs/sessions, libs/mail). */
const WORKER_CONCURRENCY = 8;
/** The worker in one process per core (WORKER_PROCESSES), as docker/compose.yml runs it; each has its own pool. */
const WORKER_PROCESSES = Number(process.env.BENCH_WORKER_PROCESSES ?? availableParallelism());
const SMTP_MAX_CONNECTIONS = 5;
const SMTP_MAX_MESSAGES = 1000;
const DELIVERY_TIMEOUT_MS = 180_000;
const DAY = 86_400_000;
/** The measured reschedule: from 7 to 9 days ahead. */
const RESCHEDULE_SHIFT_MS = 2 * DAY;

const PROPOSE = `mutation($input: ProposeSessionInput!) { proposeSession(input: $input) { id } }`;
const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
const RESCHEDULE = `mutation($input: ScheduleSessionInput!) { rescheduleSession(input: $input) { id } }`;

interface Delivery {
  expected: number;
  triggerToLastMs: number;
  firstToLastMs: number;
  averageBytes: number;
  extra: string;
}

function now(): number {
  return performance.timeOrigin + performance.now();
}

/** CPU per process group: the figure that a shared machine's load does not bend much (see the README). */
class CpuMeter {
  private started = new Map<string, Map<number, number>>();
  private benchStarted = process.cpuUsage();

  constructor(private readonly groups: () => Promise<Record<string, number[]>>) {}

  async start(): Promise<void> {
    this.benchStarted = process.cpuUsage();
    this.started = new Map(Object.entries(await this.groups()).map(([name, pids]) => [name, new Map(pids.map((pid) => [pid, processCpuMs(pid)]))]));
  }

  /** CPU ms per message of each group since start (processes that started since count from zero). */
  async perMessage(messages: number): Promise<string> {
    const parts = Object.entries(await this.groups()).map(([name, pids]) => {
      const before = this.started.get(name) ?? new Map<number, number>();
      const used = pids.reduce((sum, pid) => sum + processCpuMs(pid) - (before.get(pid) ?? 0), 0);
      return `${name} ${(used / messages).toFixed(2)} ms`;
    });
    const bench = process.cpuUsage(this.benchStarted);
    parts.push(`bench + sink ${((bench.user + bench.system) / 1000 / messages).toFixed(2)} ms`);
    return `CPU per message: ${parts.join(', ')}`;
  }
}

async function seatEveryone(dataSource: DataSource, sessionId: string, personIds: string[]): Promise<void> {
  await dataSource.query(
    `INSERT INTO registration (session_id, person_id, status) SELECT $1, person_id, 'SEATED' FROM unnest($2::uuid[]) AS t(person_id)`,
    [sessionId, personIds],
  );
  await dataSource.query(`UPDATE session SET seats_taken = $2 WHERE id = $1`, [sessionId, personIds.length]);
  // People join one by one in real life, and autovacuum keeps the statistics up with them; seated in
  // one INSERT, the planner would not know the session has 10,000 registrations and read them all
  // for every batch of mails.
  await dataSource.query(`ANALYZE registration, person`);
}

async function updateRows(dataSource: DataSource, sessionId: string): Promise<{ total: number; done: number; recipients: number }> {
  const [row] = await dataSource.query(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'DONE')::int AS done,
            count(DISTINCT payload->>'personId')::int AS recipients
     FROM outbox_message WHERE session_id = $1 AND queue = 'session-mail' AND payload->>'kind' = 'UPDATE'`,
    [sessionId],
  );
  return row;
}

async function waitForDone(dataSource: DataSource, sessionId: string, timeoutMs: number): Promise<{ total: number; done: number; recipients: number }> {
  const deadline = Date.now() + timeoutMs;
  let rows = await updateRows(dataSource, sessionId);
  while (rows.done < rows.total && Date.now() < deadline) {
    await sleep(100);
    rows = await updateRows(dataSource, sessionId);
  }
  return rows;
}

function describeDelivery(delivery: Delivery): string {
  return (
    `${delivery.expected} messages in ${ms(delivery.triggerToLastMs)}: ` +
    `${rate((delivery.expected * 1000) / delivery.triggerToLastMs, 'msgs/s')} from the trigger, ` +
    `${rate(((delivery.expected - 1) * 1000) / delivery.firstToLastMs, 'msgs/s')} first to last arrival; ` +
    `${(delivery.averageBytes / 1024).toFixed(1)} KiB each${delivery.extra}`
  );
}

interface Runs {
  kennis: Delivery;
  baselines: Delivery[];
  composed: Delivery[];
}

async function blastPeople(dataSource: DataSource, sessionId: string, hostOnly: boolean): Promise<ComposerBlastPerson[]> {
  const rows: { id: string; name: string; email: string; language: 'nl' | 'en'; time_zone: string }[] = await dataSource.query(
    hostOnly
      ? `SELECT p.id, p.name, p.email, p.language, p.time_zone FROM session_host h JOIN person p ON p.id = h.person_id WHERE h.session_id = $1`
      : `SELECT p.id, p.name, p.email, p.language, p.time_zone FROM person p
         WHERE p.id IN (SELECT person_id FROM registration WHERE session_id = $1 AND status = 'SEATED')
            OR p.id IN (SELECT person_id FROM session_host WHERE session_id = $1)
         ORDER BY p.id`,
    [sessionId],
  );
  return rows.map((row) => ({ id: row.id, name: row.name, email: row.email, language: row.language, timeZone: row.time_zone }));
}

/** Everything the composer loop needs, read once before it starts: it touches no database itself. */
async function composerConfig(
  dataSource: DataSource,
  sink: CountingSmtpSink,
  warmUpId: string,
  sessionId: string,
  variables: Record<string, string>,
): Promise<ComposerBlastConfig> {
  // The worker's own settings, read from the environment it runs with: the same From, Message-ID
  // domain and links, and the organizer mailbox (Reply-To and the ORGANIZER of every invite).
  const mail = readMailConfig(variables);
  const app = readAppConfig(variables);
  const inbound = readInboundConfig(variables);
  const [session] = await dataSource.query(
    `SELECT id, title, description, language, online_url, starts_at, ends_at, calendar_sequence FROM session WHERE id = $1`,
    [sessionId],
  );
  return {
    smtpUrl: sink.url,
    from: mail.fromAddress,
    messageIdDomain: mail.messageIdDomain,
    publicUrl: app.publicUrl,
    organizerAddress: inbound.organizerAddress,
    session: {
      id: session.id,
      title: session.title,
      description: session.description,
      language: session.language,
      onlineUrl: session.online_url,
      // The measured reschedule moves the session two days on: the loop composes the same UPDATE,
      // the new time with the old one beside it ("changed"), as the worker does.
      startsAt: new Date(session.starts_at.getTime() + RESCHEDULE_SHIFT_MS).toISOString(),
      endsAt: new Date(session.ends_at.getTime() + RESCHEDULE_SHIFT_MS).toISOString(),
      calendarSequence: session.calendar_sequence + 1,
    },
    previous: { startsAt: session.starts_at.toISOString(), endsAt: session.ends_at.toISOString(), roomId: null },
    hosts: await blastPeople(dataSource, sessionId, true),
    warmUp: await blastPeople(dataSource, warmUpId, false),
    recipients: await blastPeople(dataSource, sessionId, false),
    concurrency: WORKER_CONCURRENCY,
  };
}

/**
 * The worker's run: reschedule over GraphQL and count arrivals at the sink. The baseline runs just
 * before and just after it (api and worker idle meanwhile), so that load from elsewhere on the machine
 * during the long run cannot flatter either side.
 */
async function runBoth(print: Print, sink: CountingSmtpSink): Promise<Runs> {
  const database = await createBenchDatabase('invites');
  try {
    const host = await createPerson(database.dataSource, { name: 'All-hands host', roles: ['EMPLOYEE', 'ADMIN'] });
    const warmUpPeople = await createPeople(database.dataSource, Array.from({ length: WARM_UP_RECIPIENTS - 1 }, () => buildPerson()));
    const people = await createPeople(database.dataSource, Array.from({ length: RECIPIENTS - 1 }, () => buildPerson()));

    const environment = appEnvironment(database.url, { WORKER_PROCESSES: String(WORKER_PROCESSES), SMTP_URL: sink.url, WORKER_HEALTH_PORT: String(await freePort()) });
    const undoKeys = cleanUpRedisKeys(environment.queuePrefix);
    const { baseUrl } = await withApiPort(environment);
    const api = new BenchChild('api', 'apps/api/src/main.js', environment.variables).start();
    const worker = new BenchChild('worker', 'apps/worker/src/main.js', environment.variables).start();
    const agent = benchAgent(4);
    try {
      await api.waitForHealth(`${baseUrl}/health`);
      await worker.waitForHealth(`http://127.0.0.1:${environment.variables.WORKER_HEALTH_PORT}/health`);
      const graphql = new GraphqlClient(agent, baseUrl);

      // Joins need a scheduled session: schedule both (an invite to the host each), then seat people in SQL.
      const sessionIds: string[] = [];
      for (const title of ['Warm-up all-hands', 'All-hands']) {
        const { proposeSession } = await graphql.ok(host.id, PROPOSE, {
          input: { title, format: 'TALK', language: 'en', capacity: 10_000, durationMinutes: 60, onlineUrl: 'https://meet.example.test/all-hands' },
        });
        await graphql.ok(host.id, SCHEDULE, { input: { sessionId: proposeSession.id, roomId: null, startsAt: new Date(Date.now() + 7 * DAY).toISOString() } });
        sessionIds.push(proposeSession.id);
      }
      if (!(await sink.waitFor(2, 30_000))) throw new Error(`the worker did not deliver the hosts' invites:\n${worker.lastLines()}`);
      const [warmUpId, sessionId] = sessionIds;
      await seatEveryone(database.dataSource, warmUpId, warmUpPeople.map((person) => person.id));
      await seatEveryone(database.dataSource, sessionId, people.map((person) => person.id));

      // Warm-up: the same path for 200 people, not counted. One of its mails is what the baseline resends.
      sink.reset();
      sink.keepIndex = WARM_UP_RECIPIENTS / 2;
      const warmUpStarted = now();
      await graphql.ok(host.id, RESCHEDULE, { input: { sessionId: warmUpId, roomId: null, startsAt: new Date(Date.now() + 8 * DAY).toISOString() } });
      const warmUpRows = await updateRows(database.dataSource, warmUpId);
      if (!(await sink.waitFor(warmUpRows.total, 60_000))) throw new Error(`warm-up: ${sink.count} of ${warmUpRows.total} arrived:\n${worker.lastLines()}`);
      print(`  warm-up (not counted): ${warmUpRows.total} updates in ${ms(sink.lastAt - warmUpStarted)}`);
      await waitForDone(database.dataSource, warmUpId, 10_000);
      sink.keepIndex = 0;
      const raw = sink.kept;
      if (!raw) throw new Error('the sink kept no message to resend');

      const composing = await composerConfig(database.dataSource, sink, warmUpId, sessionId, environment.variables);
      if (composing.recipients.length !== RECIPIENTS) throw new Error(`composer loop: ${composing.recipients.length} recipients, want ${RECIPIENTS}`);
      const baselines = [await baselineRun(sink, raw)];
      print(`  baseline before (bare nodemailer loop): ${describeDelivery(baselines[0])}`);
      const composed = [await composerRun(sink, composing)];
      print(`  baseline before (Kennis's composer, no outbox/queue/database): ${describeDelivery(composed[0])}`);

      // Measured: one rescheduleSession, then every UPDATE mail at the sink.
      const cpu = new CpuMeter(async () => ({
        worker: childPids('apps/worker/src/main.js'),
        api: childPids('apps/api/src/main.js'),
        PostgreSQL: await backendPids(database.dataSource),
      }));
      await cpu.start();
      sink.reset();
      const triggeredAt = now();
      await graphql.ok(host.id, RESCHEDULE, { input: { sessionId, roomId: null, startsAt: new Date(Date.now() + 9 * DAY).toISOString() } });
      const answeredAt = now();
      const recorded = await updateRows(database.dataSource, sessionId);
      if (recorded.total !== RECIPIENTS || recorded.recipients !== RECIPIENTS) {
        throw new Error(`rescheduleSession recorded ${recorded.total} UPDATE rows for ${recorded.recipients} people, want ${RECIPIENTS}`);
      }
      const arrived = await sink.waitFor(RECIPIENTS, DELIVERY_TIMEOUT_MS);
      if (!arrived) throw new Error(`only ${sink.count} of ${RECIPIENTS} mails arrived within ${DELIVERY_TIMEOUT_MS / 1000} s:\n${worker.lastLines()}`);
      const delivery = {
        expected: RECIPIENTS,
        triggerToLastMs: sink.lastAt - triggeredAt,
        firstToLastMs: sink.lastAt - sink.firstAt,
        averageBytes: sink.bytes / sink.count,
        extra: '',
      };
      const finished = await waitForDone(database.dataSource, sessionId, 10_000);
      const cpuFigures = await cpu.perMessage(RECIPIENTS);
      await sleep(500);
      const mutationMs = answeredAt - triggeredAt;
      delivery.extra =
        `; rescheduleSession answered in ${ms(mutationMs)} (${RECIPIENTS} outbox rows written and enqueued), ` +
        `first mail ${ms(sink.firstAt - triggeredAt)} after the trigger; outbox: ${finished.done}/${finished.total} DONE; ` +
        `sink total ${sink.count} (no duplicates: ${sink.count === RECIPIENTS})`;
      if (finished.done !== RECIPIENTS || sink.count !== RECIPIENTS) throw new Error(`invites: ${delivery.extra}`);
      print(`  Kennis (api + outbox + BullMQ + worker): ${describeDelivery(delivery)}`);
      print(`    ${cpuFigures}`);

      composed.push(await composerRun(sink, composing));
      print(`  baseline after (Kennis's composer, no outbox/queue/database): ${describeDelivery(composed[1])}`);
      baselines.push(await baselineRun(sink, raw));
      print(`  baseline after (bare nodemailer loop): ${describeDelivery(baselines[1])}`);
      return { kennis: delivery, baselines, composed };
    } finally {
      agent.destroy();
      await worker.stop();
      await api.stop();
      await undoKeys();
    }
  } finally {
    await database.drop();
  }
}

/** The baseline's run: the same number of one pre-rendered message through a bare nodemailer loop. */
function baselineRun(sink: CountingSmtpSink, raw: Buffer): Promise<Delivery> {
  const config = {
    smtpUrl: sink.url,
    raw: raw.toString('base64'),
    warmUp: WARM_UP_RECIPIENTS,
    count: RECIPIENTS,
    concurrency: WORKER_CONCURRENCY,
    maxConnections: SMTP_MAX_CONNECTIONS,
    maxMessages: SMTP_MAX_MESSAGES,
  };
  return blastRun(sink, 'nodemailer loop', 'bench/support/nodemailer-blast.js', config);
}

/** The other baseline's run: the same personalised mails, composed by Kennis's code, no outbox. */
function composerRun(sink: CountingSmtpSink, config: ComposerBlastConfig): Promise<Delivery> {
  return blastRun(sink, 'composer loop', 'bench/support/composer-blast.js', config);
}

/** A blast process: its config on stdin, a warm-up of WARM_UP_RECIPIENTS, then RECIPIENTS measured. */
async function blastRun(sink: CountingSmtpSink, label: string, script: string, config: object): Promise<Delivery> {
  const blaster = new BenchChild(label, script, {}).start();
  try {
    sink.reset();
    blaster.send(`${JSON.stringify(config)}\n`);
    await blaster.waitForLine(/^warm-up done/, 60_000);
    if (!(await sink.waitFor(WARM_UP_RECIPIENTS, 10_000))) throw new Error(`baseline warm-up: ${sink.count} arrived`);
    const benchCpu = process.cpuUsage();
    sink.reset();
    blaster.send('go\n');
    const startLine = await blaster.waitForLine(/^measure-start /, 10_000);
    if (!(await sink.waitFor(RECIPIENTS, DELIVERY_TIMEOUT_MS))) throw new Error(`baseline: only ${sink.count} of ${RECIPIENTS} arrived`);
    const endLine = await blaster.waitForLine(/^measure-end /, 10_000);
    const blasterCpuMs = Number(endLine.split(' ')[3]);
    const sinkCpu = process.cpuUsage(benchCpu);
    const cpuFigures =
      `CPU per message: ${label} ${(blasterCpuMs / RECIPIENTS).toFixed(2)} ms, ` +
      `bench + sink ${((sinkCpu.user + sinkCpu.system) / 1000 / RECIPIENTS).toFixed(2)} ms`;
    const startedAt = Number(startLine.split(' ')[1]);
    return {
      expected: RECIPIENTS,
      triggerToLastMs: sink.lastAt - startedAt,
      firstToLastMs: sink.lastAt - sink.firstAt,
      averageBytes: sink.bytes / sink.count,
      extra: `; sink total ${sink.count}\n    ${cpuFigures}`,
    };
  } finally {
    await blaster.stop();
  }
}

export async function runInvitesBench(print: Print): Promise<SummaryRow[]> {
  print(
    `invites: rescheduleSession of an all-hands with ${RECIPIENTS} people (host + ${RECIPIENTS - 1} seated) -> ${RECIPIENTS} UPDATE mails ` +
      `through outbox, BullMQ and the worker to a counting SMTP sink on 127.0.0.1`,
  );
  print(
    `  worker: ${WORKER_PROCESSES} processes (WORKER_PROCESSES), each ${WORKER_CONCURRENCY} jobs at once and pooled SMTP (${SMTP_MAX_CONNECTIONS} connections); ` +
      `baselines in one process each: nodemailer pool of ` +
      `${SMTP_MAX_CONNECTIONS}, ${WORKER_CONCURRENCY} in flight, one of the worker's messages resent; ${WARM_UP_RECIPIENTS} mails of warm-up each`,
  );
  const sink = await new CountingSmtpSink().start();
  try {
    const { kennis, baselines, composed } = await runBoth(print, sink);
    // The baseline's figure is the mean of its two runs (before and after): total mails over total time.
    const baseline: Delivery = {
      expected: baselines.reduce((sum, run) => sum + run.expected, 0),
      triggerToLastMs: baselines.reduce((sum, run) => sum + run.triggerToLastMs, 0),
      firstToLastMs: baselines.reduce((sum, run) => sum + run.firstToLastMs, 0),
      averageBytes: baselines.reduce((sum, run) => sum + run.averageBytes, 0) / baselines.length,
      extra: '',
    };
    const composedRate = (composed.reduce((sum, run) => sum + run.expected, 0) * 1000) / composed.reduce((sum, run) => sum + run.triggerToLastMs, 0);
    const kennisRate = (kennis.expected * 1000) / kennis.triggerToLastMs;
    const baselineRate = (baseline.expected * 1000) / baseline.triggerToLastMs;
    const kennisSinkRate = ((kennis.expected - 1) * 1000) / kennis.firstToLastMs;
    const baselineSinkRate = ((baseline.expected - baselines.length) * 1000) / baseline.firstToLastMs;
    print('');
    for (const line of table([
      ['', 'Kennis worker', 'nodemailer loop (before+after)', 'Kennis / baseline'],
      ['msgs/s, trigger to last arrival', rate(kennisRate, 'msgs/s'), rate(baselineRate, 'msgs/s'), ratio(kennisRate, baselineRate)],
      ['msgs/s, Kennis composer loop (before+after)', '', rate(composedRate, 'msgs/s'), ratio(kennisRate, composedRate)],
      ['msgs/s, first to last arrival', rate(kennisSinkRate, 'msgs/s'), rate(baselineSinkRate, 'msgs/s'), ratio(kennisSinkRate, baselineSinkRate)],
      [`time for ${RECIPIENTS}`, ms(kennis.triggerToLastMs), baselines.map((run) => ms(run.triggerToLastMs)).join(' / '), ''],
      ['average message size', `${(kennis.averageBytes / 1024).toFixed(1)} KiB`, `${(baseline.averageBytes / 1024).toFixed(1)} KiB`, ''],
    ])) {
      print(`  ${line}`);
    }
    return [
      {
        benchmark: 'invites',
        measure: `${RECIPIENTS} mails vs bare nodemailer pool`,
        kennis: rate(kennisRate, 'msgs/s'),
        baseline: rate(baselineRate, 'msgs/s'),
        comparison: ratio(kennisRate, baselineRate),
        goal: '>= 0.40x',
        met: kennisRate >= 0.4 * baselineRate,
      },
      {
        benchmark: 'invites',
        measure: `${RECIPIENTS} mails vs Kennis composer, no outbox`,
        kennis: rate(kennisRate, 'msgs/s'),
        baseline: rate(composedRate, 'msgs/s'),
        comparison: ratio(kennisRate, composedRate),
        goal: '>= 0.80x',
        met: kennisRate >= 0.8 * composedRate,
      },
    ];
  } finally {
    await sink.stop();
  }
}
