import { randomUUID } from 'node:crypto';
import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import type { DataSource } from 'typeorm';
import { KennisConfigModule, readTestConfig } from '@kennis/config';
import { DatabaseModule } from '@kennis/database';
import { QueueName, QueuesModule } from '@kennis/queues';
import { createTestDatabase, type TestDatabase, useTestEnvironment, waitUntil } from '@kennis/testing';
import { OutboxModule } from './outbox.module';
import { OutboxStatus } from './entities/outbox-message.entity';
import { OutboxRepository } from './repositories/outbox.repository';
import { type OutboxBatchHandler, type OutboxBatchItem, OutboxJobRunner } from './services/outbox-job.runner';
import { outboxBatchJobId, outboxJobId, OutboxService } from './services/outbox.service';

describe('the outbox (real PostgreSQL and Redis)', () => {
  let database: TestDatabase;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let outbox: OutboxService;
  let runner: OutboxJobRunner;
  let repository: OutboxRepository;
  let redis: Redis;
  let prefix: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    prefix = useTestEnvironment(database.url).QUEUE_PREFIX;
    moduleRef = await Test.createTestingModule({
      imports: [KennisConfigModule, DatabaseModule.forRoot({ applicationName: 'outbox-test' }), QueuesModule.forRoot(), OutboxModule],
    }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(getDataSourceToken());
    outbox = moduleRef.get(OutboxService);
    runner = moduleRef.get(OutboxJobRunner);
    repository = moduleRef.get(OutboxRepository);
    redis = new Redis(readTestConfig().redisUrl);
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await moduleRef?.close();
    await database?.drop();
  });

  // Reminders go one row per job; session mail goes in batches (outboxBatchSize in libs/queues).
  const draft = (label: string) => ({ queue: QueueName.Reminders, jobName: 'session-reminder-send', payload: { label } });
  const mailDraft = (label: string, index: number) => ({ queue: QueueName.SessionMail, jobName: 'session-mail-deliver', payload: { label, index } });
  const jobKey = (queue: string, jobId: string) => `${prefix}:${queue}:${jobId}`;

  async function batchesOf(label: string): Promise<{ batch_id: string; ids: string[] }[]> {
    return dataSource.query(
      `SELECT batch_id, array_agg(id::text ORDER BY id) AS ids FROM outbox_message WHERE payload->>'label' = $1 GROUP BY batch_id ORDER BY min(id)`,
      [label],
    );
  }

  /** A handler that records what it delivered; `fail` names rows whose delivery throws. */
  function recordingHandler(fail: Set<string> = new Set()): OutboxBatchHandler & { delivered: string[] } {
    const delivered: string[] = [];
    return {
      delivered,
      handle: async () => 'done',
      prepare: async (_manager, rows) =>
        new Map(
          rows.map((row): [string, OutboxBatchItem] => [
            row.id,
            (row.payload as { index: number }).index % 10 === 9
              ? { skipped: 'no longer fits' }
              : {
                  deliver: async () => {
                    if (fail.has(row.id)) throw new Error('SMTP said no');
                    delivered.push(row.id);
                  },
                },
          ]),
        ),
    };
  }

  it('records nothing and enqueues nothing when the change rolls back', async () => {
    await expect(
      outbox.transaction(async (manager, batch) => {
        batch.add(draft('rolled back'));
        await manager.query(`SELECT 1`);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const rows = await dataSource.query(`SELECT id FROM outbox_message WHERE payload->>'label' = 'rolled back'`);
    expect(rows).toEqual([]);
    expect(await redis.keys(`${prefix}:${QueueName.Reminders}:outbox-*`)).toEqual([]);
  });

  it('records the rows with the change and hands each to BullMQ under its own id, once', async () => {
    await outbox.transaction(async (_manager, batch) => batch.add(draft('committed'), draft('committed')));
    const rows: { id: string; created_at: Date }[] = await dataSource.query(
      `SELECT id, created_at FROM outbox_message WHERE payload->>'label' = 'committed'`,
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const jobId = outboxJobId({ id: String(row.id), createdAt: row.created_at });
      expect(await redis.exists(jobKey(QueueName.Reminders, jobId))).toBe(1);
    }
    // The sweeper hands the same rows over again: deterministic job ids make that a no-op.
    const waitingBefore = await redis.llen(`${prefix}:${QueueName.Reminders}:wait`);
    expect(await outbox.sweep(new Date())).toBeGreaterThanOrEqual(2);
    expect(await redis.llen(`${prefix}:${QueueName.Reminders}:wait`)).toBe(waitingBefore);
  });

  it('hands the mails of one change to BullMQ as batches of 50, and a sweep never doubles a batch', async () => {
    await outbox.transaction(async (_manager, batch) => batch.add(...Array.from({ length: 120 }, (_, index) => mailDraft('fan-out', index))));
    const batches = await batchesOf('fan-out');
    expect(batches.map((batch) => batch.ids.length)).toEqual([50, 50, 20]);
    const waiting = `${prefix}:${QueueName.SessionMail}:wait`;
    const before = await redis.lrange(waiting, 0, -1);
    for (const batch of batches) {
      expect(before).toContain(outboxBatchJobId(batch.batch_id));
      expect(JSON.parse((await redis.hget(jobKey(QueueName.SessionMail, outboxBatchJobId(batch.batch_id)), 'data'))!)).toEqual({ outboxBatchId: batch.batch_id });
    }
    expect(await outbox.sweep(new Date(), 10_000)).toBeGreaterThanOrEqual(120);
    expect(await redis.llen(waiting)).toBe(before.length);
    // Redis loses a batch's job: the sweeper brings back that same job, not one job per row.
    await redis.del(jobKey(QueueName.SessionMail, outboxBatchJobId(batches[1].batch_id)));
    await redis.lrem(waiting, 0, outboxBatchJobId(batches[1].batch_id));
    await outbox.sweep(new Date(), 10_000);
    const after = await redis.lrange(waiting, 0, -1);
    expect(after).toHaveLength(before.length);
    expect(after).toContain(outboxBatchJobId(batches[1].batch_id));
  });

  it('runs a batch row by row: DONE each, SKIPPED when stale, a failing row retried until its own attempts run out', async () => {
    await outbox.transaction(async (_manager, batch) => batch.add(...Array.from({ length: 20 }, (_, index) => mailDraft('run', index))));
    const [{ batch_id: batchId, ids }] = await batchesOf('run');
    const failing = ids[3];
    const handler = recordingHandler(new Set([failing]));
    await expect(runner.runBatch(batchId, handler)).rejects.toThrow('1 row(s) still pending; last error: SMTP said no');
    const states = async () =>
      Object.fromEntries(
        (await dataSource.query(`SELECT status, count(*)::int AS n FROM outbox_message WHERE batch_id = $1 GROUP BY status`, [batchId])).map(
          (row: { status: string; n: number }) => [row.status, row.n],
        ),
      );
    expect(await states()).toEqual({ DONE: 17, SKIPPED: 2, PENDING: 1 });
    expect(handler.delivered).toHaveLength(17);
    // Retries touch the failing row alone; it is FAILED after the queue's 8 attempts of its own.
    for (let attempt = 2; attempt <= 7; attempt += 1) await expect(runner.runBatch(batchId, handler)).rejects.toThrow('still pending');
    expect(await runner.runBatch(batchId, handler)).toBe('done');
    expect(await states()).toEqual({ DONE: 17, SKIPPED: 2, FAILED: 1 });
    const [row] = await dataSource.query(`SELECT attempts, last_error FROM outbox_message WHERE id = $1`, [failing]);
    expect(row).toEqual({ attempts: 8, last_error: 'SMTP said no' });
    expect(handler.delivered).toHaveLength(17);
    expect(await runner.runBatch(batchId, handler)).toBe('not-pending');
  });

  it('leaves rows another connection holds alone, and takes them at once when that connection dies', async () => {
    await outbox.transaction(async (_manager, batch) => batch.add(...Array.from({ length: 5 }, (_, index) => mailDraft('held', index))));
    const [{ batch_id: batchId, ids }] = await batchesOf('held');
    // Another worker: a connection of its own, outside this pool.
    const other = new Client({ connectionString: database.url });
    await other.connect();
    other.on('error', () => undefined);
    const otherManager = { query: async (sql: string, parameters: unknown[]) => (await other.query(sql, parameters)).rows } as unknown as EntityManager;
    const claimed = await repository.claimBatch(otherManager, batchId);
    expect(claimed.map((row) => row.id)).toEqual(ids);
    const handler = recordingHandler();
    await expect(runner.runBatch(batchId, handler)).rejects.toThrow('5 row(s) are being handled by another worker');
    expect(handler.delivered).toEqual([]);
    // The holder's connection is killed, as a SIGKILLed worker's is: its locks go with it.
    const pid = (other as unknown as { processID: number }).processID;
    await dataSource.query(`SELECT pg_terminate_backend($1)`, [pid]);
    await waitUntil('the killed connection to be gone', async () => (await dataSource.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [pid])).length === 0);
    await other.end().catch(() => undefined);
    expect(await runner.runBatch(batchId, handler)).toBe('done');
    expect(handler.delivered).toEqual(ids);
    const rows = await dataSource.query(`SELECT status, attempts FROM outbox_message WHERE batch_id = $1`, [batchId]);
    expect(rows.every((row: { status: string; attempts: number }) => row.status === OutboxStatus.Done && row.attempts === 2)).toBe(true);
  });

  /** Mail rows as session_join writes them: one per commit, without a batch. */
  async function loneMailRows(label: string, count: number): Promise<{ id: string; queue: string; jobName: string; dueAt: Date; createdAt: Date }[]> {
    const rows = [];
    for (let index = 0; index < count; index += 1) {
      const [row] = await dataSource.query(
        `INSERT INTO outbox_message (queue, job_name, payload) VALUES ($1, 'session-mail-deliver', $2)
         RETURNING id::text, queue, job_name AS "jobName", due_at AS "dueAt", created_at AS "createdAt"`,
        [QueueName.SessionMail, JSON.stringify({ label, index })],
      );
      rows.push(row);
    }
    return rows;
  }

  it('puts the lone mail rows of several commits that meet in one hand-over into one batch job', async () => {
    const rows = await loneMailRows('storm', 7);
    await outbox.enqueue(rows);
    const batches = await batchesOf('storm');
    expect(batches).toHaveLength(1);
    expect(batches[0].batch_id).not.toBeNull();
    expect(batches[0].ids).toEqual(rows.map((row) => row.id));
    const waiting = `${prefix}:${QueueName.SessionMail}:wait`;
    const jobs = await redis.lrange(waiting, 0, -1);
    expect(jobs).toContain(outboxBatchJobId(batches[0].batch_id));
    for (const row of rows) expect(await redis.exists(jobKey(QueueName.SessionMail, outboxJobId(row)))).toBe(0);
    // The sweeper asks for that batch's job again, a no-op; a single lone row keeps a job of its own.
    await outbox.sweep(new Date(), 10_000);
    expect(await redis.llen(waiting)).toBe(jobs.length);
    const [single] = await loneMailRows('alone', 1);
    await outbox.enqueue([single]);
    expect(await batchesOf('alone')).toEqual([{ batch_id: null, ids: [single.id] }]);
    expect(await redis.exists(jobKey(QueueName.SessionMail, outboxJobId(single)))).toBe(1);
  });

  /**
   * A row handed out alone by the sweeper just before the hand-over put it in a batch: the single-row
   * job and the batch job run at once, in either order, and the mail goes out once.
   */
  it.each(['the single-row job', 'the batch job'])('delivers a row that is both a job of its own and in a batch once, when %s takes it first', async (first) => {
    const [row] = await loneMailRows(`both ${first}`, 1);
    const batchId = randomUUID();
    expect(await repository.joinBatches(new Map([[row.id, batchId]]))).toEqual(new Map([[row.id, batchId]]));
    const delivered: string[] = [];
    let reached!: () => void;
    const firstHasTheRow = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    const deliver = async (by: string) => {
      if (by === first) {
        reached();
        await holding;
      }
      delivered.push(by);
    };
    const handler: OutboxBatchHandler = {
      handle: async () => {
        await deliver('the single-row job');
        return 'done';
      },
      prepare: async (_manager, rows) => new Map(rows.map((claimed): [string, OutboxBatchItem] => [claimed.id, { deliver: () => deliver('the batch job') }])),
    };
    const runSingle = () => runner.runRow(row.id, false, handler);
    const runBatch = () => runner.runBatch(batchId, handler);
    const [holder, other] = first === 'the single-row job' ? [runSingle, runBatch] : [runBatch, runSingle];
    const held = holder();
    await firstHasTheRow;
    await expect(other()).rejects.toThrow('being handled by another worker');
    release();
    expect(await held).toBe('done');
    expect(delivered).toEqual([first]);
    const [state] = await dataSource.query(`SELECT status FROM outbox_message WHERE id = $1`, [row.id]);
    expect(state.status).toBe(OutboxStatus.Done);
    // Their retries find the row finished.
    expect(await runSingle()).toBe('not-pending');
    expect(await runBatch()).toBe('not-pending');
    expect(delivered).toEqual([first]);
  });

  it('drops a second row with the same dedupe key', async () => {
    const keyed = { ...draft('keyed'), dedupeKey: 'reminder:test:0' };
    await outbox.transaction(async (_manager, batch) => batch.add(keyed));
    await outbox.transaction(async (_manager, batch) => batch.add(keyed));
    const rows = await dataSource.query(`SELECT id FROM outbox_message WHERE dedupe_key = 'reminder:test:0'`);
    expect(rows).toHaveLength(1);
  });
});
