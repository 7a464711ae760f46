import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue } from 'bullmq';
import { EntityManager } from 'typeorm';
import { UnitOfWork } from '@kennis/database';
import { outboxBatchSize, QueueName } from '@kennis/queues';
import { batchIdsFor, type DueOutboxMessage, type OutboxDraft, OutboxRepository } from '../repositories/outbox.repository';

const ENQUEUE_BATCH_SIZE = 1000;
/** Up to this many jobs a hand-over adds them one by one rather than with addBulk (see addToQueue). */
const SEPARATE_JOBS_UP_TO = 16;

/** Collects the outbox rows of one transaction. */
export class OutboxBatch {
  readonly drafts: OutboxDraft[] = [];
  /** Rows already written in the transaction by SQL (session_leave): only queued after the commit. */
  readonly written: DueOutboxMessage[] = [];

  add(...drafts: OutboxDraft[]): void {
    this.drafts.push(...drafts);
  }

  addWritten(...messages: DueOutboxMessage[]): void {
    this.written.push(...messages);
  }
}

/**
 * The BullMQ job id of an outbox row: deterministic, so enqueueing a row twice is a no-op. The row's
 * creation time is part of it because row ids start again in a new or restored database while Redis
 * may still hold finished jobs under the old ids.
 */
export function outboxJobId(message: Pick<DueOutboxMessage, 'id' | 'createdAt'>): string {
  return `outbox-${message.id}-${new Date(message.createdAt).getTime()}`;
}

/** The job id of a batch: its rows share the batch id, a UUID, so it never repeats in another database. */
export function outboxBatchJobId(batchId: string): string {
  return `outbox-batch-${batchId}`;
}

/** One row per job, or one batch of rows (loaded by the batch id when the job runs). */
export type OutboxJobPayload = { outboxId: string } | { outboxBatchId: string };

interface OutboxJobSpec {
  name: string;
  data: OutboxJobPayload;
  opts: { jobId: string; delay: number };
}

/**
 * The jobs for these rows: one per batch, one per row without a batch. The enqueue after a commit and
 * the sweeper both go through here, so a sweep asks for exactly the job ids already handed out (a no-op
 * while those jobs exist) and never doubles a batch with jobs of its own.
 */
function jobsFor(messages: readonly DueOutboxMessage[], now: number): OutboxJobSpec[] {
  const jobs: OutboxJobSpec[] = [];
  const batches = new Set<string>();
  for (const message of messages) {
    const delay = Math.max(0, new Date(message.dueAt).getTime() - now);
    if (message.batchId) {
      if (batches.has(message.batchId)) continue;
      batches.add(message.batchId);
      jobs.push({ name: message.jobName, data: { outboxBatchId: message.batchId }, opts: { jobId: outboxBatchJobId(message.batchId), delay } });
    } else {
      jobs.push({ name: message.jobName, data: { outboxId: message.id }, opts: { jobId: outboxJobId(message), delay } });
    }
  }
  return jobs;
}

@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: OutboxRepository,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Any queue QueuesModule registered: every library's rows go through this one outbox. */
  private queue(name: string): Queue | null {
    if (!(Object.values(QueueName) as string[]).includes(name)) return null;
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  /**
   * The unit of work, and "queue these rows": runs `work` in a transaction and writes the outbox rows
   * it adds in that same transaction, so a rolled-back change sends nothing. After the commit the rows
   * are handed to BullMQ; if that fails (Redis down), the sweeper hands them over later.
   */
  async transaction<T>(work: (manager: EntityManager, batch: OutboxBatch) => Promise<T>): Promise<T> {
    return this.transactionAfterCheck(null, work);
  }

  /**
   * The same, after a check that may refuse the change before any transaction is open, on the
   * connection the transaction then uses (UnitOfWork.runAfterCheck): it refuses by throwing.
   */
  async transactionAfterCheck<T>(
    check: ((manager: EntityManager) => Promise<void>) | null,
    work: (manager: EntityManager, batch: OutboxBatch) => Promise<T>,
  ): Promise<T> {
    let recorded: DueOutboxMessage[] = [];
    const inTransaction = async (manager: EntityManager) => {
      const batch = new OutboxBatch();
      const value = await work(manager, batch);
      recorded = [...batch.written, ...(await this.outbox.insertDrafts(manager, batch.drafts))];
      return value;
    };
    const result = check ? await this.unitOfWork.runAfterCheck(check, inTransaction) : await this.unitOfWork.run(inTransaction);
    await this.enqueue(recorded);
    return result;
  }

  /**
   * Best effort: a row that does not reach Redis now is re-enqueued by the sweeper. Hand-overs are
   * grouped: while one is on its way to Redis, the rows of every commit that arrives meanwhile wait
   * and then go in the next one together, so 300 joins at once cost a few addBulk calls rather than
   * 300. Each caller still returns only after its own rows were handed over (or failed to be).
   */
  async enqueue(messages: readonly DueOutboxMessage[]): Promise<void> {
    if (messages.length === 0) return;
    this.waiting.push(...messages);
    if (!this.nextHandOver) {
      this.nextHandOver = this.handOverInFlight.then(() => {
        const rows = this.waiting;
        this.waiting = [];
        this.nextHandOver = null;
        return this.handOver(rows);
      });
      this.handOverInFlight = this.nextHandOver;
    }
    await this.nextHandOver;
  }

  /** Rows waiting for the hand-over after the one in flight, and those two hand-overs. */
  private waiting: DueOutboxMessage[] = [];
  private nextHandOver: Promise<void> | null = null;
  private handOverInFlight: Promise<void> = Promise.resolve();

  /** Each queue on its own, so rows of one queue that cannot be handed over do not hold back another's. */
  private async handOver(messages: readonly DueOutboxMessage[]): Promise<void> {
    const now = Date.now();
    for (const [queueName, queued] of this.byQueue(messages)) {
      try {
        await this.addToQueue(queueName, await this.batchLoneRows(queueName, queued, now), now);
      } catch (error) {
        this.logger.warn(`Outbox rows stay for the sweeper: ${(error as Error).message}`);
      }
    }
  }

  /**
   * Rows of a batching queue that reach one hand-over without a batch, from several commits, go into
   * shared batches: session_join writes one mail per commit, so a join storm would otherwise cost the
   * worker a job, a transaction and a session load per mail, on the cores the joins need. Only rows due
   * now, by job name, up to the queue's batch size. The rows are committed already, so a row the UPDATE
   * does not take (finished meanwhile) keeps its own job, and if the UPDATE fails every row does: the
   * sweeper hands out whatever the rows say, a batch or a row.
   */
  private async batchLoneRows(queueName: string, queued: readonly DueOutboxMessage[], now: number): Promise<readonly DueOutboxMessage[]> {
    if ((outboxBatchSize[queueName as QueueName] ?? 1) <= 1) return queued;
    const lone = queued.filter((message) => !message.batchId && new Date(message.dueAt).getTime() <= now);
    if (lone.length < 2) return queued;
    const batchIds = batchIdsFor(lone, (message) => message.jobName);
    const batchOf = new Map(lone.map((message, index) => [message.id, batchIds[index]!]));
    let joined: Map<string, string>;
    try {
      joined = await this.outbox.joinBatches(batchOf);
    } catch (error) {
      this.logger.warn(`Outbox rows go one job each, as they could not be batched: ${(error as Error).message}`);
      return queued;
    }
    return queued.map((message) => (joined.has(message.id) ? { ...message, batchId: joined.get(message.id) } : message));
  }

  private byQueue(messages: readonly DueOutboxMessage[]): Map<string, DueOutboxMessage[]> {
    const byQueue = new Map<string, DueOutboxMessage[]>();
    for (const message of messages) {
      const queued = byQueue.get(message.queue) ?? [];
      queued.push(message);
      byQueue.set(message.queue, queued);
    }
    return byQueue;
  }

  private async enqueueOrThrow(messages: readonly DueOutboxMessage[]): Promise<void> {
    const now = Date.now();
    for (const [queueName, queued] of this.byQueue(messages)) await this.addToQueue(queueName, queued, now);
  }

  /** Rows of one queue as its jobs: one round trip per thousand jobs instead of one per job. */
  private async addToQueue(queueName: string, queued: readonly DueOutboxMessage[], now: number): Promise<void> {
    const queue = this.queue(queueName);
    if (!queue) throw new Error(`Outbox row ${queued[0].id} names unknown queue ${queueName}`);
    const jobs = jobsFor(queued, now);
    // A small hand-over (most of them when commits come one after another, as in a join storm: one to
    // a few jobs) goes as separate commands, which ioredis sends without waiting for the answers in
    // between. addBulk builds an ioredis pipeline instead, which copies every BullMQ script onto itself
    // first: more CPU than the few jobs themselves. Neither form is atomic; a job that fails to reach
    // Redis leaves its row to the sweeper either way.
    if (jobs.length <= SEPARATE_JOBS_UP_TO) {
      await Promise.all(jobs.map((job) => queue.add(job.name, job.data, job.opts)));
      return;
    }
    for (let start = 0; start < jobs.length; start += ENQUEUE_BATCH_SIZE) {
      await queue.addBulk(jobs.slice(start, start + ENQUEUE_BATCH_SIZE));
    }
  }

  /** An admin's retry of a FAILED row: back to pending, and a fresh job (the failed one keeps its id in Redis). */
  async retryFailed(outboxId: string): Promise<boolean> {
    const message = await this.outbox.retryFailed(outboxId);
    if (!message) return false;
    await this.queue(message.queue)?.remove(outboxJobId(message));
    await this.enqueue([message]);
    return true;
  }

  /** Hands every due, unfinished row to BullMQ again: after Redis lost its data, nothing is lost. */
  async sweep(now: Date, limit = 1000): Promise<number> {
    const due = await this.outbox.findDue(now, limit);
    await this.enqueueOrThrow(due);
    return due.length;
  }
}
