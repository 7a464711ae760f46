import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, type QueryRunner, Repository } from 'typeorm';
import { queryPrepared, queryPreparedIn, returnedRows } from '@kennis/database';
import { outboxBatchSize, type QueueName } from '@kennis/queues';
import { OutboxMessageEntity, OutboxStatus } from '../entities/outbox-message.entity';

export interface OutboxDraft {
  queue: string;
  jobName: string;
  payload: object;
  sessionId?: string | null;
  dueAt?: Date;
  dedupeKey?: string | null;
}

export interface DueOutboxMessage {
  id: string;
  queue: string;
  jobName: string;
  dueAt: Date;
  createdAt: Date;
  /** Set for a batching queue's rows: one job delivers the batch. */
  batchId?: string | null;
}

interface OutboxRow {
  id: string;
  queue: string;
  job_name: string;
  payload: object;
  session_id: string | null;
  status: OutboxStatus;
  due_at: Date;
  attempts: number;
  last_error: string | null;
  dedupe_key: string | null;
  batch_id: string | null;
  created_at: Date;
  processed_at: Date | null;
}

function toEntity(row: OutboxRow): OutboxMessageEntity {
  return Object.assign(new OutboxMessageEntity(), {
    id: String(row.id),
    queue: row.queue,
    jobName: row.job_name,
    payload: row.payload,
    sessionId: row.session_id,
    status: row.status,
    dueAt: row.due_at,
    attempts: row.attempts,
    lastError: row.last_error,
    dedupeKey: row.dedupe_key,
    batchId: row.batch_id,
    createdAt: row.created_at,
    processedAt: row.processed_at,
  });
}

/**
 * The advisory lock of one outbox row while a batch delivers it: a session lock, so it dies with the
 * connection of a killed worker and another worker can take the row at once. Two int keys (a lock
 * space of their own, apart from the single-key locks elsewhere); ids 2^31 apart share a key, which
 * only makes one of them wait for a retry.
 */
const ROW_LOCK_KEYS = `hashtext('outbox_message'), (id % 2147483647)::int`;

/**
 * A pending row, locked for the transaction, or none when it is done or another worker holds it: by its
 * row lock (another single-row job) or by its advisory lock (a batch). A row can be both a job of its own
 * and part of a batch: the sweeper may hand it out alone just before the hand-over puts it in a batch.
 */
const LOCK_PENDING = `SELECT id, queue, job_name, payload, session_id, status, due_at, attempts, last_error, dedupe_key, batch_id, created_at, processed_at
  FROM outbox_message WHERE id = $1 AND status = 'PENDING' AND pg_try_advisory_xact_lock(${ROW_LOCK_KEYS}) FOR UPDATE SKIP LOCKED`;

const COUNT_ATTEMPT = `UPDATE outbox_message SET attempts = attempts + 1 WHERE id = $1 AND status = 'PENDING' RETURNING attempts`;

const MARK_FINISHED = `UPDATE outbox_message SET status = $2, processed_at = now(), last_error = $3 WHERE id = $1`;

const MARK_DELIVERED = `UPDATE outbox_message SET status = 'DONE', processed_at = now(), last_error = NULL WHERE id = $1`;

/**
 * A batch id per item: items of one queue and key share a batch, up to their queue's batch size; null
 * for an item of a queue that does not batch. The drafts of one transaction go by job and due time; the
 * hand-over puts lone rows of several commits together by job.
 */
export function batchIdsFor<T extends { queue: string }>(items: readonly T[], key: (item: T) => string): (string | null)[] {
  const open = new Map<string, { id: string; size: number }>();
  return items.map((item) => {
    const size = outboxBatchSize[item.queue as QueueName] ?? 1;
    if (size <= 1) return null;
    const batchKey = `${item.queue} ${key(item)}`;
    let batch = open.get(batchKey);
    if (!batch || batch.size >= size) {
      batch = { id: randomUUID(), size: 0 };
      open.set(batchKey, batch);
    }
    batch.size += 1;
    return batch.id;
  });
}

@Injectable()
export class OutboxRepository {
  constructor(@InjectRepository(OutboxMessageEntity) private readonly messages: Repository<OutboxMessageEntity>) {}

  /**
   * Inserts the drafts in the caller's transaction; a draft whose dedupe key exists already is dropped.
   * One statement over arrays: TypeORM's insert builder spends seconds building the statement for the
   * 10,000 rows of an all-hands update (its parameter lookup grows with the square of the rows).
   */
  async insertDrafts(manager: EntityManager, drafts: readonly OutboxDraft[]): Promise<DueOutboxMessage[]> {
    if (drafts.length === 0) return [];
    const batches = batchIdsFor(drafts, (draft) => `${draft.jobName} ${draft.dueAt?.getTime() ?? 'now'}`);
    const rows = returnedRows<{ id: string; queue: string; job_name: string; due_at: Date; created_at: Date; batch_id: string | null }>(
      await manager.query(
        `INSERT INTO outbox_message (queue, job_name, payload, session_id, due_at, dedupe_key, batch_id)
         SELECT d.queue, d.job_name, d.payload::jsonb, d.session_id, coalesce(d.due_at, now()), d.dedupe_key, d.batch_id
         FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::uuid[], $5::timestamptz[], $6::varchar[], $7::uuid[])
           AS d(queue, job_name, payload, session_id, due_at, dedupe_key, batch_id)
         ON CONFLICT DO NOTHING
         RETURNING id, queue, job_name, due_at, created_at, batch_id`,
        [
          drafts.map((draft) => draft.queue),
          drafts.map((draft) => draft.jobName),
          drafts.map((draft) => JSON.stringify(draft.payload)),
          drafts.map((draft) => draft.sessionId ?? null),
          drafts.map((draft) => draft.dueAt?.toISOString() ?? null),
          drafts.map((draft) => draft.dedupeKey ?? null),
          batches,
        ],
      ),
    );
    return rows.map((row) => ({
      id: String(row.id),
      queue: row.queue,
      jobName: row.job_name,
      dueAt: row.due_at,
      createdAt: row.created_at,
      batchId: row.batch_id,
    }));
  }

  /**
   * Puts committed rows that have no batch into the batches asked for (row id -> batch id), in one
   * statement; returns the rows it put in. A row already finished, or in a batch, is left as it is.
   */
  async joinBatches(batchOf: ReadonlyMap<string, string>): Promise<Map<string, string>> {
    const rows = returnedRows<{ id: string; batch_id: string }>(
      await this.messages.query(
        `UPDATE outbox_message m SET batch_id = v.batch_id
         FROM unnest($1::bigint[], $2::uuid[]) AS v(id, batch_id)
         WHERE m.id = v.id AND m.batch_id IS NULL AND m.status = 'PENDING'
         RETURNING m.id, m.batch_id`,
        [[...batchOf.keys()], [...batchOf.values()]],
      ),
    );
    return new Map(rows.map((row) => [String(row.id), row.batch_id]));
  }

  findById(id: string, manager: EntityManager = this.messages.manager): Promise<OutboxMessageEntity | null> {
    return manager.getRepository(OutboxMessageEntity).findOneBy({ id });
  }

  /**
   * The pending row, locked for the caller's transaction, or null when it is done or another worker
   * holds it right now (that worker finishes it, or the sweeper hands it out again). Plain SQL as a
   * named statement: every single-row job runs it, and TypeORM's find spent more CPU building the
   * statement and the entity than PostgreSQL spent on the lock.
   */
  async lockPending(manager: EntityManager, id: string): Promise<OutboxMessageEntity | null> {
    const [row] = await queryPreparedIn<OutboxRow>(manager, LOCK_PENDING, [id]);
    return row ? toEntity(row) : null;
  }

  /**
   * A batch row DONE right after its own work, in its own COMMIT on the batch's connection. A named
   * statement, so PostgreSQL parses and plans it once per connection instead of once per mail (the
   * one statement every mail of an all-hands update pays).
   */
  async markDelivered(connection: QueryRunner, id: string): Promise<void> {
    const client = (await connection.connect()) as { query(query: { name: string; text: string; values: unknown[] }): Promise<unknown> };
    await client.query({ name: 'outbox-mark-delivered', text: MARK_DELIVERED, values: [id] });
  }

  /** A single row's end, in its handler's transaction: named, as every single-row job runs it. */
  async markFinished(manager: EntityManager, id: string, status: OutboxStatus.Done | OutboxStatus.Skipped, note: string | null): Promise<void> {
    await queryPreparedIn(manager, MARK_FINISHED, [id, status, note]);
  }

  /** Counts an attempt before the work is tried, so a crash mid-attempt is still counted. Named, as markFinished. */
  async countAttempt(id: string): Promise<number> {
    const rows = await queryPrepared<{ attempts: number }>(this.messages.manager.connection, COUNT_ATTEMPT, [id]);
    return rows[0]?.attempts ?? 0;
  }

  async recordError(id: string, error: string, failed: boolean, manager: EntityManager = this.messages.manager): Promise<void> {
    await manager.query(
      `UPDATE outbox_message SET last_error = $2, status = CASE WHEN $3 THEN 'FAILED' ELSE status END,
         processed_at = CASE WHEN $3 THEN now() ELSE processed_at END
       WHERE id = $1 AND status = 'PENDING'`,
      [id, error.slice(0, 2000), failed],
    );
  }

  /**
   * Claims the batch's pending rows for the caller's connection: each row whose advisory lock it gets
   * (rows another worker holds are left alone), with the attempt counted before anything is tried, so
   * a crash mid-batch still counts. The UPDATE re-checks the status after the lock, so a row another
   * worker finished just before is not claimed. The locks stay until releaseRowLocks on that connection.
   *
   * The locked ids go to the UPDATE as one array (an init plan), so no plan can visit the rows once per
   * locked id: joined to the CTE, a planner that last analyzed the table when nothing was pending (an
   * all-hands update writes 10,000 pending rows at once; autovacuum does not re-analyze for that on a
   * large table) ran a nested loop over every pending row for each locked one, 500,000 comparisons and
   * about 130 ms per batch of 50. With the array, the worst plan reads the pending rows once (9 ms).
   */
  async claimBatch(manager: EntityManager, batchId: string): Promise<OutboxMessageEntity[]> {
    const rows = returnedRows<OutboxRow>(
      await manager.query(
        `WITH candidate AS MATERIALIZED (
           SELECT id FROM outbox_message WHERE batch_id = $1 AND status = 'PENDING'
         ), locked AS MATERIALIZED (
           SELECT id FROM candidate WHERE pg_try_advisory_lock(${ROW_LOCK_KEYS})
         )
         UPDATE outbox_message m SET attempts = m.attempts + 1
         WHERE m.id = ANY(ARRAY(SELECT id FROM locked)) AND m.status = 'PENDING'
         RETURNING m.*`,
        [batchId],
      ),
    );
    return rows.map(toEntity).sort((a, b) => Number(a.id) - Number(b.id));
  }

  /** Every advisory lock the connection holds: the end of a batch. */
  async releaseRowLocks(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_unlock_all()`);
  }

  /** How many rows of the batch are still pending: a batch job is finished only when none are. */
  async countPendingInBatch(manager: EntityManager, batchId: string): Promise<number> {
    const [row] = (await manager.query(`SELECT count(*)::int AS pending FROM outbox_message WHERE batch_id = $1 AND status = 'PENDING'`, [
      batchId,
    ])) as { pending: number }[];
    return row.pending;
  }

  /** Rows that no longer fit, SKIPPED with their reasons in one statement. */
  async markSkipped(manager: EntityManager, skipped: readonly { id: string; reason: string }[]): Promise<void> {
    if (skipped.length === 0) return;
    await manager.query(
      `UPDATE outbox_message m SET status = 'SKIPPED', processed_at = now(), last_error = s.reason
       FROM unnest($1::bigint[], $2::text[]) AS s(id, reason)
       WHERE m.id = s.id AND m.status = 'PENDING'`,
      [skipped.map((row) => row.id), skipped.map((row) => row.reason.slice(0, 2000))],
    );
  }

  /** Pending rows that are due, oldest first: what the sweeper hands to BullMQ again. */
  findDue(now: Date, limit: number): Promise<DueOutboxMessage[]> {
    return this.messages
      .createQueryBuilder('message')
      .select(['message.id', 'message.queue', 'message.jobName', 'message.dueAt', 'message.createdAt', 'message.batchId'])
      .where(`message.status = 'PENDING'`)
      .andWhere('message.dueAt <= :now', { now })
      .orderBy('message.dueAt')
      .limit(limit)
      .getMany();
  }

  /** A failed row goes back to pending, for an admin's retry, on a job of its own (out of its batch). */
  async retryFailed(id: string): Promise<DueOutboxMessage | null> {
    const rows = returnedRows<{ id: string; queue: string; job_name: string; due_at: Date; created_at: Date }>(
      await this.messages.query(
        `UPDATE outbox_message SET status = 'PENDING', attempts = 0, last_error = NULL, processed_at = NULL, due_at = now(), batch_id = NULL
         WHERE id = $1 AND status = 'FAILED' RETURNING id, queue, job_name, due_at, created_at`,
        [id],
      ),
    );
    const row = rows[0];
    return row
      ? { id: String(row.id), queue: row.queue, jobName: row.job_name, dueAt: row.due_at, createdAt: row.created_at }
      : null;
  }
}
