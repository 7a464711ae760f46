import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum OutboxStatus {
  Pending = 'PENDING',
  Done = 'DONE',
  Skipped = 'SKIPPED',
  Failed = 'FAILED',
}

/**
 * Work that must happen after a change, written in the change's own transaction. PostgreSQL is the
 * truth: the BullMQ job only carries this row's id, and a sweeper re-enqueues rows that are due and not done.
 */
@Entity('outbox_message')
// Only rows with a key are indexed: most rows have none, and a NULL entry cost every insert and DONE mark a write.
@Index('outbox_message_dedupe_key_unique', ['dedupeKey'], { unique: true, where: 'dedupe_key IS NOT NULL' })
@Check('outbox_message_status_check', `status IN ('PENDING', 'DONE', 'SKIPPED', 'FAILED')`)
@Index('outbox_message_due_index', ['dueAt'], { where: `status = 'PENDING'` })
@Index('outbox_message_session_index', ['sessionId', 'id'])
@Index('outbox_message_pending_batch_index', ['batchId'], { where: `status = 'PENDING' AND batch_id IS NOT NULL` })
export class OutboxMessageEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'outbox_message_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 50 })
  queue: string;

  @Column({ type: 'varchar', length: 50 })
  jobName: string;

  /** Ids only, never whole entities or rendered bodies. */
  @Column({ type: 'jsonb' })
  payload: object;

  /** The session the work is about, so hosts can see what was sent for it. */
  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @Column({ type: 'varchar', length: 10, default: OutboxStatus.Pending })
  status: OutboxStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  dueAt: Date;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** Set when the same work may be recorded twice (a reminder fan-out that runs again): the second is dropped. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  dedupeKey: string | null;

  /** Rows of a batching queue written together share it: one job delivers the batch (see OutboxJobRunner). */
  @Column({ type: 'uuid', nullable: true })
  batchId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
