import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { EntityManager } from 'typeorm';
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
 * Each row runs in a transaction of its own (runRow), so a job that one day carries many row ids
 * runs them one by one, and every row is DONE right after its own work.
 */
@Injectable()
export class OutboxJobRunner {
  private readonly logger = new Logger(OutboxJobRunner.name);

  constructor(
    private readonly outbox: OutboxService,
    private readonly messages: OutboxRepository,
  ) {}

  runJob(job: Job<OutboxJobPayload>, handler: OutboxRowHandler): Promise<OutboxRunOutcome> {
    return this.runRow(job.data.outboxId, isFinalAttempt(job), handler);
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
