import { Redis } from 'ioredis';
import { buildPerson, createPeople, createPerson, type PersonFixture } from '@kennis/testing';
import { PlatformHarness } from './support/platform-harness';
import { waitUntil } from '@kennis/testing';

const HOUR = 3_600_000;

/**
 * Kills, restarts and outages for real: the worker process gets SIGKILL and SIGTERM, Redis loses this
 * platform's keys, the SMTP server goes away. Afterwards every recorded message has arrived.
 */
describe('mail that is recorded is never lost', () => {
  const platform = new PlatformHarness();
  let host: PersonFixture;

  beforeAll(async () => {
    await platform.start();
    host = await createPerson(platform.dataSource, { name: 'Hanna Host', email: 'host@faults.example.test' });
  });

  afterAll(() => platform.stop());

  /** A scheduled online session with `seats` people in it; rescheduling it records seats + 1 updates. */
  async function sessionWithSeats(seats: number): Promise<{ sessionId: string; people: PersonFixture[] }> {
    const { proposeSession } = await platform.ok(
      host.id,
      `mutation($capacity: Int!) { proposeSession(input: { title: "All hands", format: TALK, language: "en", capacity: $capacity,
         durationMinutes: 60, onlineUrl: "https://meet.example.test/all-hands" }) { id } }`,
      { capacity: seats },
    );
    const sessionId = proposeSession.id as string;
    await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`, {
      input: { sessionId, startsAt: new Date(Date.now() + 30 * 24 * HOUR).toISOString() },
    });
    const people = await createPeople(platform.dataSource, Array.from({ length: seats }, () => buildPerson()));
    await platform.dataSource.query(
      `INSERT INTO registration (session_id, person_id, status) SELECT $1, unnest($2::uuid[]), 'SEATED'`,
      [sessionId, people.map((person) => person.id)],
    );
    await platform.dataSource.query(`UPDATE session SET seats_taken = $2 WHERE id = $1`, [sessionId, seats]);
    await platform.waitForOutboxDrained();
    return { sessionId, people };
  }

  async function reschedule(sessionId: string): Promise<void> {
    await platform.ok(host.id, `mutation($input: ScheduleSessionInput!) { rescheduleSession(input: $input) { id } }`, {
      input: { sessionId, startsAt: new Date(Date.now() + 31 * 24 * HOUR + Math.random() * HOUR).toISOString() },
    });
  }

  function updatesFor(sessionSequence: number, addresses: string[]): number {
    const wanted = new Set(addresses.map((address) => address.toLowerCase()));
    return new Set(
      platform.sink.mails
        .filter((mail) => mail.calendar?.sequence === sessionSequence && wanted.has(mail.to.toLowerCase()))
        .map((mail) => mail.to.toLowerCase()),
    ).size;
  }

  function duplicatesAmong(addresses: string[], sessionSequence: number): number {
    const wanted = new Set(addresses.map((address) => address.toLowerCase()));
    const mails = platform.sink.mails.filter((mail) => mail.calendar?.sequence === sessionSequence && wanted.has(mail.to.toLowerCase()));
    return mails.length - new Set(mails.map((mail) => mail.messageId)).size;
  }

  it('delivers every message after the worker is killed with SIGKILL mid-batch', async () => {
    const { sessionId, people } = await sessionWithSeats(120);
    const addresses = [host.email, ...people.map((person) => person.email)];
    platform.sink.delayMs = 40;
    await reschedule(sessionId);
    await platform.sink.waitFor('the batch to be under way', () => updatesFor(1, addresses) >= 20);
    await platform.worker.stop('SIGKILL');
    const deliveredBeforeKill = updatesFor(1, addresses);
    expect(deliveredBeforeKill).toBeLessThan(addresses.length);
    await platform.startWorker();
    await platform.sink.waitFor('all 121 updates', () => updatesFor(1, addresses) === addresses.length, 90_000);
    platform.sink.delayMs = 0;
    await platform.waitForOutboxDrained();
    const duplicates = duplicatesAmong(addresses, 1);
    console.log(`SIGKILL after ${deliveredBeforeKill}/${addresses.length} delivered: all arrived, ${duplicates} duplicate(s)`);
    // At most the messages in flight at the kill (8 per worker) can arrive twice.
    expect(duplicates).toBeLessThanOrEqual(8);
    // The invite to the host at scheduling, then one update per person.
    expect(await platform.outboxStates(sessionId)).toEqual({ DONE: addresses.length + 1 });
  });

  it('delivers a batch killed mid-way once: the rows sent before the kill are DONE, only the one in its COMMIT window can repeat', async () => {
    // 60 seated and the host: the update goes out as one batch of 50 and one of 11.
    const { sessionId, people } = await sessionWithSeats(60);
    const addresses = [host.email, ...people.map((person) => person.email)];
    platform.sink.delayMs = 60;
    await reschedule(sessionId);
    const [{ batches }] = await platform.dataSource.query(
      `SELECT count(DISTINCT batch_id)::int AS batches FROM outbox_message WHERE session_id = $1 AND payload->>'kind' = 'UPDATE'`,
      [sessionId],
    );
    expect(batches).toBe(2);
    await platform.sink.waitFor('the big batch to be half-way', () => updatesFor(1, addresses) >= 25);
    await platform.worker.stop('SIGKILL');
    // Messages the sink was still holding when the worker died arrived all the same.
    await platform.sink.settled();
    const wanted = new Set(addresses.map((address) => address.toLowerCase()));
    const arrivedBeforeKill = platform.sink.mails
      .filter((mail) => mail.calendar?.sequence === 1 && wanted.has(mail.to.toLowerCase()))
      .map((mail) => mail.messageId);
    // The DONE marks are not batched: every mail that arrived has its row DONE, but for at most the one
    // row per batch between its SMTP 250 and its own commit.
    const rowsBeforeKill: { message_id: string; status: string }[] = await platform.dataSource.query(
      `SELECT '<outbox-' || id || '-' AS message_id, status
       FROM outbox_message WHERE session_id = $1 AND payload->>'kind' = 'UPDATE'`,
      [sessionId],
    );
    const notDoneYet = arrivedBeforeKill.filter((messageId) =>
      rowsBeforeKill.some((row) => messageId.startsWith(row.message_id) && row.status !== 'DONE'),
    );
    expect(notDoneYet.length).toBeLessThanOrEqual(batches);
    await platform.startWorker();
    await platform.sink.waitFor('all 61 updates', () => updatesFor(1, addresses) === addresses.length, 90_000);
    platform.sink.delayMs = 0;
    await platform.waitForOutboxDrained();
    const duplicates = duplicatesAmong(addresses, 1);
    console.log(`batch killed after ${arrivedBeforeKill.length}/${addresses.length}: all arrived, ${duplicates} duplicate(s), ${notDoneYet.length} in the COMMIT window`);
    expect(duplicates).toBeLessThanOrEqual(notDoneYet.length);
    expect(await platform.outboxStates(sessionId)).toEqual({ DONE: addresses.length + 1 });
  });

  it('finishes in-flight messages on SIGTERM and sends nothing twice', async () => {
    const { sessionId, people } = await sessionWithSeats(80);
    const addresses = [host.email, ...people.map((person) => person.email)];
    platform.sink.delayMs = 40;
    await reschedule(sessionId);
    await platform.sink.waitFor('the batch to be under way', () => updatesFor(1, addresses) >= 15);
    const exitCode = await platform.worker.stop('SIGTERM');
    expect(exitCode).toBe(0);
    const [inFlight] = await platform.dataSource.query(
      `SELECT count(*)::int AS pending FROM outbox_message
       WHERE session_id = $1 AND status = 'PENDING' AND attempts > 0 AND payload ? 'kind'`,
      [sessionId],
    );
    expect(inFlight.pending).toBe(0);
    await platform.startWorker();
    await platform.sink.waitFor('all 81 updates', () => updatesFor(1, addresses) === addresses.length, 90_000);
    platform.sink.delayMs = 0;
    expect(duplicatesAmong(addresses, 1)).toBe(0);
  });

  it('delivers everything after Redis lost all of this platform\'s keys, with the worker down and up', async () => {
    const redis = new Redis(platform.environment.REDIS_URL);
    const emptyRedis = async () => {
      const keys = await redis.keys(`${platform.environment.QUEUE_PREFIX}:*`);
      if (keys.length) await redis.del(...keys);
      return keys.length;
    };
    try {
      const { sessionId, people } = await sessionWithSeats(30);
      const addresses = [host.email, ...people.map((person) => person.email)];
      await platform.worker.stop('SIGTERM');
      await reschedule(sessionId);
      expect(await emptyRedis()).toBeGreaterThan(0);
      await platform.startWorker();
      await platform.sink.waitFor('all 31 updates after the flush', () => updatesFor(1, addresses) === addresses.length, 60_000);

      platform.sink.delayMs = 200;
      await reschedule(sessionId);
      await platform.sink.waitFor('the second batch to start', () => updatesFor(2, addresses) >= 2);
      expect(await emptyRedis()).toBeGreaterThan(0);
      platform.sink.delayMs = 0;
      await platform.sink.waitFor('all 31 updates of the second batch', () => updatesFor(2, addresses) === addresses.length, 90_000);
      const duplicates = duplicatesAmong(addresses, 1) + duplicatesAmong(addresses, 2);
      console.log(`Redis emptied twice: all arrived, ${duplicates} duplicate(s)`);
      expect(duplicates).toBeLessThanOrEqual(8);
    } finally {
      redis.disconnect();
    }
  });

  it('delivers everything once the SMTP server is back after being down', async () => {
    const { sessionId, people } = await sessionWithSeats(20);
    const addresses = [host.email, ...people.map((person) => person.email)];
    const port = platform.sink.port;
    await platform.sink.stop();
    await reschedule(sessionId);
    const failingAttempts = async () =>
      (
        await platform.dataSource.query(
          `SELECT count(*)::int AS retried, bool_and(last_error IS NOT NULL) AS all_errored
           FROM outbox_message WHERE session_id = $1 AND status = 'PENDING' AND payload ? 'kind'`,
          [sessionId],
        )
      )[0] as { retried: number; all_errored: boolean };
    // Every update has failed at least once against the closed port, and is still waiting to be retried.
    await waitUntil('a failed attempt for every update', async () => {
      const failing = await failingAttempts();
      return failing.retried === addresses.length && failing.all_errored === true;
    });
    expect(await failingAttempts()).toEqual({ retried: addresses.length, all_errored: true });
    await platform.sink.start(port);
    await platform.sink.waitFor('all 21 updates after SMTP came back', () => updatesFor(1, addresses) === addresses.length, 90_000);
    await platform.waitForOutboxDrained();
    expect(await platform.outboxStates(sessionId)).toEqual({ DONE: expect.any(Number) });
    expect(duplicatesAmong(addresses, 1)).toBe(0);
  });
});
