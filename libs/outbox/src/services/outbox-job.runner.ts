import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { QueueName, queueJobOptions } from '@kennis/queues';
import { type OutboxMessageEntity, OutboxStatus } from '../entities/outbox-message.entity';
import { OutboxRepository } from '../repositories/outbox.repository';
import { OutboxBatch, type OutboxJobPayload, OutboxService } from './outbox.service';

/** What a handler made of its row: the work is done, or it no longer fits (the row is SKIPPED with the reason). */
export type OutboxRowResult = 'done' | { skipped: string };
export type OutboxRunOutcome = 'done' | 'skipped' | 'not-pending';

/** The work of one kind of outbox row; the runner owns attempts, the row lock and the row's final status. */
export interface OutboxRowHandler {
  /**
   * Runs in the transaction that holds the row's lock. Throw to have the job retried. Rows added to
   * `batch` are written in that same transaction and queued after it commits.
   */
  handle(manager: EntityManager, row: OutboxMessageEntity, batch: OutboxBatch): Promise<OutboxRowResult>;
  /** After the last attempt failed and the row is FAILED: put back what waited for this work. */
  gaveUp?(row: OutboxMessageEntity, error: Error): Promise<void>;
}

/** One row of a batch, as its handler prepared it when the batch was loaded. */
export type OutboxBatchItem = { skipped: string } | { deliver: () => Promise<void> };

/**
 * The work of a batching queue's rows (see outboxBatchSize in libs/queues). `prepare` loads what the
 * rows are about once for the batch and decides each row's staleness then; `deliver` does one row's
 * work (an SMTP send), after which the runner marks that row DONE at once. No transaction is open.
 */
export interface OutboxBatchHandler extends OutboxRowHandler {
  prepare(manager: EntityManager, rows: readonly OutboxMessageEntity[]): Promise<Map<string, OutboxBatchItem>>;
}

function isBatchHandler(handler: OutboxRowHandler): handler is OutboxBatchHandler {
  return typeof (handler as Partial<OutboxBatchHandler>).prepare === 'function';
}

/** A row's last attempt is decided by the row's own count against its queue's attempts, never a job's. */
function rowAttemptsLeft(row: Pick<OutboxMessageEntity, 'attempts' | 'queue'>): boolean {
  const attempts = queueJobOptions[row.queue as QueueName]?.attempts ?? 1;
  return row.attempts < attempts;
}

/** Whether this try of a job is its last one: the job's own attempts, or its queue's. */
export function isFinalAttempt(job: Pick<Job, 'attemptsMade' | 'opts' | 'queueName'>): boolean {
  const attempts = job.opts.attempts ?? queueJobOptions[job.queueName as QueueName]?.attempts ?? 1;
  return job.attemptsMade + 1 >= attempts;
}

/**
 * The one protocol every outbox-driven job follows: count the attempt (before anything is tried, so a
 * crash mid-attempt still counts), lock the row (SKIP LOCKED), run the handler, and mark the row DONE
 * or SKIPPED in the handler's own transaction; on an error record it and, on the last attempt, FAILED.
 * For a mail the only window for a duplicate is a crash between the SMTP server's "250 OK" and that commit.
 *
 * A batch job (runBatch) claims its rows with per-row advisory locks on one connection, loads them
 * once, and marks each row DONE right after its own work, so the duplicate window stays one COMMIT.
 */
@Injectable()
export class OutboxJobRunner {
  private readonly logger = new Logger(OutboxJobRunner.name);

  constructor(
    private readonly outbox: OutboxService,
    private readonly messages: OutboxRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  runJob(job: Job<OutboxJobPayload>, handler: OutboxRowHandler): Promise<OutboxRunOutcome> {
    if ('outboxBatchId' in job.data) {
      if (!isBatchHandler(handler)) throw new Error(`Job ${job.name} carries a batch, and its handler delivers single rows only`);
      return this.runBatch(job.data.outboxBatchId, handler);
    }
    return this.runRow(job.data.outboxId, isFinalAttempt(job), handler);
  }

  /**
   * The batch's pending rows, each under its advisory lock on this job's own connection (a killed
   * worker's connection closes and its locks go with it). Stale rows are SKIPPED when the batch is
   * loaded; every other row is delivered and marked DONE on its own, right after its work. A row's
   * error is recorded on the row, FAILED when the row's own attempts are used up; the job throws
   * (and BullMQ retries it with backoff) while any row of the batch is still pending, its own or one
   * another worker holds, so no row is left without a job.
   */
  async runBatch(batchId: string, handler: OutboxBatchHandler): Promise<OutboxRunOutcome> {
    const connection = this.dataSource.createQueryRunner();
    await connection.connect();
    const manager = connection.manager;
    try {
      const rows = await this.messages.claimBatch(manager, batchId);
      if (rows.length === 0) {
        const pending = await this.messages.countPendingInBatch(manager, batchId);
        if (pending > 0) throw new Error(`Outbox batch ${batchId}: ${pending} row(s) are being handled by another worker`);
        return 'not-pending';
      }
      let items: Map<string, OutboxBatchItem>;
      try {
        items = await handler.prepare(manager, rows);
      } catch (error) {
        for (const row of rows) await this.rowFailed(manager, row, error as Error, handler);
        throw error;
      }
      const skipped = rows.flatMap((row) => {
        const item = items.get(row.id);
        return item && 'skipped' in item ? [{ id: row.id, reason: item.skipped }] : [];
      });
      await this.messages.markSkipped(manager, skipped);
      let failed: Error | null = null;
      for (const row of rows) {
        const item = items.get(row.id);
        if (item && 'skipped' in item) continue;
        try {
          if (!item) throw new Error(`Outbox row ${row.id}: the handler prepared nothing for it`);
          await item.deliver();
          await this.messages.markDelivered(connection, row.id);
        } catch (error) {
          failed = error as Error;
          await this.rowFailed(manager, row, failed, handler);
        }
      }
      const pending = await this.messages.countPendingInBatch(manager, batchId);
      if (pending > 0) throw new Error(`Outbox batch ${batchId}: ${pending} row(s) still pending${failed ? `; last error: ${failed.message}` : ''}`);
      this.logger.debug(`Outbox batch ${batchId}: ${rows.length - skipped.length} delivered, ${skipped.length} skipped`);
      return skipped.length === rows.length ? 'skipped' : 'done';
    } finally {
      await this.messages.releaseRowLocks(manager).catch(() => undefined);
      await connection.release();
    }
  }

  private async rowFailed(manager: EntityManager, row: OutboxMessageEntity, error: Error, handler: OutboxRowHandler): Promise<void> {
    const final = !rowAttemptsLeft(row);
    await this.messages.recordError(row.id, error.message, final, manager);
    this.logger.warn(`Outbox row ${row.id} attempt ${row.attempts} failed${final ? ' for the last time' : ''}: ${error.message}`);
    if (final && handler.gaveUp) await handler.gaveUp({ ...row, status: OutboxStatus.Failed }, error);
  }

  async runRow(outboxId: string, finalAttempt: boolean, handler: OutboxRowHandler): Promise<OutboxRunOutcome> {
    const attempts = await this.messages.countAttempt(outboxId);
    if (attempts === 0) return 'not-pending';
    try {
      return await this.outbox.transaction(async (manager, batch) => {
        const row = await this.messages.lockPending(manager, outboxId);
        if (!row) {
          // Pending but locked: another worker runs it right now. Retry later rather than finish
          // this job, so the row is never left without a job if that worker dies.
          const current = await this.messages.findById(outboxId);
          if (current?.status === OutboxStatus.Pending) throw new Error(`Outbox row ${outboxId} is being handled by another worker`);
          return 'not-pending';
        }
        const result = await handler.handle(manager, row, batch);
        if (result !== 'done') {
          await this.messages.markFinished(manager, row.id, OutboxStatus.Skipped, result.skipped.slice(0, 2000));
          return 'skipped';
        }
        await this.messages.markFinished(manager, row.id, OutboxStatus.Done, null);
        return 'done';
      });
    } catch (error) {
      const message = (error as Error).message;
      await this.messages.recordError(outboxId, message, finalAttempt);
      this.logger.warn(`Outbox row ${outboxId} attempt ${attempts} failed${finalAttempt ? ' for the last time' : ''}: ${message}`);
      if (finalAttempt && handler.gaveUp) {
        const row = await this.messages.findById(outboxId);
        if (row?.status === OutboxStatus.Failed) await handler.gaveUp(row, error as Error);
      }
      throw error;
    }
  }
}
