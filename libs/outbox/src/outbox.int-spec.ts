import { Test, type TestingModule } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { KennisConfigModule, readTestConfig } from '@kennis/config';
import { DatabaseModule } from '@kennis/database';
import { QueueName, QueuesModule } from '@kennis/queues';
import { createTestDatabase, type TestDatabase, useTestEnvironment } from '@kennis/testing';
import { OutboxModule } from './outbox.module';
import { outboxJobId, OutboxService } from './services/outbox.service';

describe('the outbox (real PostgreSQL and Redis)', () => {
  let database: TestDatabase;
  let moduleRef: TestingModule;
  let dataSource: DataSource;
  let outbox: OutboxService;
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
    redis = new Redis(readTestConfig().redisUrl);
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await moduleRef?.close();
    await database?.drop();
  });

  const draft = (label: string) => ({ queue: QueueName.SessionMail, jobName: 'session-mail-deliver', payload: { label } });

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
    expect(await redis.keys(`${prefix}:${QueueName.SessionMail}:outbox-*`)).toEqual([]);
  });

  it('records the rows with the change and hands each to BullMQ under its own id, once', async () => {
    await outbox.transaction(async (_manager, batch) => batch.add(draft('committed'), draft('committed')));
    const rows: { id: string; created_at: Date }[] = await dataSource.query(
      `SELECT id, created_at FROM outbox_message WHERE payload->>'label' = 'committed'`,
    );
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const jobId = outboxJobId({ id: String(row.id), createdAt: row.created_at });
      expect(await redis.exists(`${prefix}:${QueueName.SessionMail}:${jobId}`)).toBe(1);
    }
    // The sweeper hands the same rows over again: deterministic job ids make that a no-op.
    const waitingBefore = await redis.llen(`${prefix}:${QueueName.SessionMail}:wait`);
    expect(await outbox.sweep(new Date())).toBeGreaterThanOrEqual(2);
    expect(await redis.llen(`${prefix}:${QueueName.SessionMail}:wait`)).toBe(waitingBefore);
  });

  it('drops a second row with the same dedupe key', async () => {
    const keyed = { ...draft('keyed'), dedupeKey: 'reminder:test:0' };
    await outbox.transaction(async (_manager, batch) => batch.add(keyed));
    await outbox.transaction(async (_manager, batch) => batch.add(keyed));
    const rows = await dataSource.query(`SELECT id FROM outbox_message WHERE dedupe_key = 'reminder:test:0'`);
    expect(rows).toHaveLength(1);
  });
});
