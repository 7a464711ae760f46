import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { returnedRows } from '@kennis/database';
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
}

@Injectable()
export class OutboxRepository {
  constructor(@InjectRepository(OutboxMessageEntity) private readonly messages: Repository<OutboxMessageEntity>) {}

  /** Inserts the drafts in the caller's transaction; a draft whose dedupe key exists already is dropped. */
  async insertDrafts(manager: EntityManager, drafts: readonly OutboxDraft[]): Promise<DueOutboxMessage[]> {
    if (drafts.length === 0) return [];
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMessageEntity)
      .values(
        drafts.map((draft): QueryDeepPartialEntity<OutboxMessageEntity> => ({
          queue: draft.queue,
          jobName: draft.jobName,
          payload: draft.payload,
          sessionId: draft.sessionId ?? null,
          dueAt: draft.dueAt ?? (() => 'now()'),
          dedupeKey: draft.dedupeKey ?? null,
        })),
      )
      .orIgnore()
      .returning(['id', 'queue', 'jobName', 'dueAt', 'createdAt'])
      .execute();
    return (result.raw as { id: string; queue: string; job_name: string; due_at: Date; created_at: Date }[]).map((row) => ({
      id: String(row.id),
      queue: row.queue,
      jobName: row.job_name,
      dueAt: row.due_at,
      createdAt: row.created_at,
    }));
  }

  findById(id: string, manager: EntityManager = this.messages.manager): Promise<OutboxMessageEntity | null> {
    return manager.getRepository(OutboxMessageEntity).findOneBy({ id });
  }

  /**
   * The pending row, locked for the caller's transaction, or null when it is done or another worker
   * holds it right now (that worker finishes it, or the sweeper hands it out again).
   */
  lockPending(manager: EntityManager, id: string): Promise<OutboxMessageEntity | null> {
    return manager.getRepository(OutboxMessageEntity).findOne({
      where: { id, status: OutboxStatus.Pending },
      lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
    });
  }

  async markFinished(manager: EntityManager, id: string, status: OutboxStatus.Done | OutboxStatus.Skipped, note: string | null): Promise<void> {
    await manager.query(
      `UPDATE outbox_message SET status = $2, processed_at = now(), last_error = $3 WHERE id = $1`,
      [id, status, note],
    );
  }

  /** Counts an attempt before the work is tried, so a crash mid-attempt is still counted. */
  async countAttempt(id: string): Promise<number> {
    const rows = returnedRows<{ attempts: number }>(
      await this.messages.query(
        `UPDATE outbox_message SET attempts = attempts + 1 WHERE id = $1 AND status = 'PENDING' RETURNING attempts`,
        [id],
      ),
    );
    return rows[0]?.attempts ?? 0;
  }

  async recordError(id: string, error: string, failed: boolean): Promise<void> {
    await this.messages.query(
      `UPDATE outbox_message SET last_error = $2, status = CASE WHEN $3 THEN 'FAILED' ELSE status END,
         processed_at = CASE WHEN $3 THEN now() ELSE processed_at END
       WHERE id = $1 AND status = 'PENDING'`,
      [id, error.slice(0, 2000), failed],
    );
  }

  /** Pending rows that are due, oldest first: what the sweeper hands to BullMQ again. */
  findDue(now: Date, limit: number): Promise<DueOutboxMessage[]> {
    return this.messages
      .createQueryBuilder('message')
      .select(['message.id', 'message.queue', 'message.jobName', 'message.dueAt', 'message.createdAt'])
      .where(`message.status = 'PENDING'`)
      .andWhere('message.dueAt <= :now', { now })
      .orderBy('message.dueAt')
      .limit(limit)
      .getMany();
  }

  /** A failed row goes back to pending, for an admin's retry. */
  async retryFailed(id: string): Promise<DueOutboxMessage | null> {
    const rows = returnedRows<{ id: string; queue: string; job_name: string; due_at: Date; created_at: Date }>(
      await this.messages.query(
        `UPDATE outbox_message SET status = 'PENDING', attempts = 0, last_error = NULL, processed_at = NULL, due_at = now()
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
