import { buildPerson, createPeople, createPerson, type PersonFixture, waitFor, waitUntil } from '@kennis/testing';
import { PlatformHarness } from './support/platform-harness';
import { AppProcess } from './support/app-process';
import { childrenOf, isRunning } from './support/processes';

const HOUR = 3_600_000;
/** 599 seated and the host: a reschedule records 600 updates, 12 batches of 50. */
const SEATS = 599;

function runningPid(line: string): number | null {
  const match = /Kennis worker running \(process (\d+)\)/.exec(line);
  return match ? Number(match[1]) : null;
}

/** The pids of the processes that finished a mail batch, from the runner's debug line. */
function batchPids(lines: string[]): Set<number> {
  const pids = new Set<number>();
  for (const line of lines) {
    if (!line.includes('Outbox batch') || !line.includes('delivered')) continue;
    pids.add((JSON.parse(line) as { pid: number }).pid);
  }
  return pids;
}

// One Node.js process composes mail on one core: WORKER_PROCESSES lets an all-hands' mail use more of the machine.
describe('the worker in several processes (WORKER_PROCESSES)', () => {
  const platform = new PlatformHarness();
  let host: PersonFixture;
  let sessionId: string;
  let addresses: string[];

  beforeAll(async () => {
    await platform.start({ WORKER_PROCESSES: '2', LOG_LEVEL: 'debug' });
    host = await createPerson(platform.dataSource, { name: 'Hanna Host', email: 'host@processes.example.test' });
    const { proposeSession } = await platform.ok(
      host.id,
      `mutation { proposeSession(input: { title: "All hands", format: TALK, language: "en", capacity: ${SEATS},
         durationMinutes: 60, onlineUrl: "https://meet.example.test/all-hands" }) { id } }`,
    );
    sessionId = proposeSession.id as string;
    await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId, startsAt: new Date(Date.now() + 30 * 24 * HOUR).toISOString() },
    });
    const people = await createPeople(platform.dataSource, Array.from({ length: SEATS }, () => buildPerson()));
    await platform.dataSource.query(`INSERT INTO registration (session_id, person_id, status) SELECT $1, unnest($2::uuid[]), 'SEATED'`, [
      sessionId,
      people.map((person) => person.id),
    ]);
    await platform.dataSource.query(`UPDATE session SET seats_taken = $2 WHERE id = $1`, [sessionId, SEATS]);
    addresses = [host.email, ...people.map((person) => person.email)].map((address) => address.toLowerCase());
    await platform.waitForOutboxDrained();
  });

  afterAll(() => platform.stop());

  async function reschedule(): Promise<void> {
    await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { rescheduleSession(input: $input) { id } }`, {
      input: { sessionId, startsAt: new Date(Date.now() + 31 * 24 * HOUR + Math.random() * HOUR).toISOString() },
    });
  }

  /** Everyone's update of that sequence: how many people got one, and how many arrived more than once. */
  function updates(sequence: number): { people: number; duplicates: number } {
    const wanted = new Set(addresses);
    const mails = platform.sink.mails.filter((mail) => mail.calendar?.sequence === sequence && wanted.has(mail.to.toLowerCase()));
    return { people: new Set(mails.map((mail) => mail.to.toLowerCase())).size, duplicates: mails.length - new Set(mails.map((mail) => mail.messageId)).size };
  }

  it('runs that many processes under one supervisor, and both deliver an all-hands, each mail once', async () => {
    const started = await waitFor('two worker processes running', () => {
      const pids = platform.worker.lines.map(runningPid).filter((pid): pid is number => pid !== null);
      return pids.length === 2 && pids;
    });
    expect(childrenOf(platform.worker.pid!).sort()).toEqual(started.sort());

    // 40 ms per mail at the sink: a batch of 50 takes about 2 s, longer than one process needs to take
    // its 8 jobs, so the other process gets the rest of the 12 batches.
    platform.sink.delayMs = 40;
    const linesBefore = platform.worker.lines.length;
    await reschedule();
    await platform.sink.waitFor('all 600 updates', () => updates(1).people === addresses.length, 90_000);
    platform.sink.delayMs = 0;
    await platform.waitForOutboxDrained();
    expect(updates(1)).toEqual({ people: addresses.length, duplicates: 0 });
    expect(batchPids(platform.worker.lines.slice(linesBefore))).toEqual(new Set(started));
    // The host's invite at scheduling, then one update each.
    expect(await platform.outboxStates(sessionId)).toEqual({ DONE: 1 + addresses.length });
  });

  it('replaces a process killed mid-delivery, and every mail arrives', async () => {
    const [victim, survivor] = childrenOf(platform.worker.pid!);
    platform.sink.delayMs = 40;
    await reschedule();
    await platform.sink.waitFor('the batches to be under way', () => updates(2).people >= 50);
    process.kill(victim, 'SIGKILL');
    await waitUntil('the supervisor noticing', () => platform.worker.lines.some((line) => line.includes(`worker process ${victim} stopped (SIGKILL)`)));
    const [replacement] = await waitFor('a new worker process', () => {
      const children = childrenOf(platform.worker.pid!);
      return children.length === 2 && !children.includes(victim) && children.filter((pid) => pid !== survivor);
    });
    await waitUntil('the new process running', () => platform.worker.lines.some((line) => runningPid(line) === replacement));
    await platform.sink.waitFor('all 600 updates', () => updates(2).people === addresses.length, 120_000);
    platform.sink.delayMs = 0;
    await platform.waitForOutboxDrained();
    // At most the messages in flight in the killed process (8 jobs at once) can arrive twice.
    expect(updates(2).duplicates).toBeLessThanOrEqual(8);
  });

  it('stops every process on SIGTERM, and exits 0', async () => {
    const children = childrenOf(platform.worker.pid!);
    expect(children).toHaveLength(2);
    expect(await platform.worker.stop('SIGTERM')).toBe(0);
    await waitUntil('the worker processes gone', () => children.every((pid) => !isRunning(pid)));
  });
});

describe('a worker process that cannot start (WORKER_PROCESSES)', () => {
  it('stops the whole worker with a failing exit code instead of starting it again and again', async () => {
    // The supervisor reads only the app settings; each process then refuses the outbox setting.
    const worker = new AppProcess('worker', { WORKER_PROCESSES: '2', WORKER_HEALTH_PORT: '0', OUTBOX_SWEEP_INTERVAL_MS: '10' });
    worker.start();
    const code = await worker.exitCode();
    expect(code).not.toBe(0);
    expect(worker.lines.join('\n')).toMatch(/OUTBOX_SWEEP_INTERVAL_MS: must be between 500 and 3600000/);
    expect(worker.lines.join('\n')).toMatch(/worker process \d+ stopped before it listened/);
  });
});
