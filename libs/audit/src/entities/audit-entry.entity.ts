import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Who did what to whom, when. Append-only. The actor is kept as an id without a foreign key, so the log
 * outlives an erased person (whose id then points nowhere and whose name is no longer known).
 */
@Entity('audit_entry')
@Index('audit_entry_occurred_at_index', ['occurredAt'])
@Index('audit_entry_actor_index', ['actorId', 'occurredAt'])
@Index('audit_entry_target_index', ['targetType', 'targetId', 'occurredAt'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'audit_entry_pkey' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** null for the system or an unauthenticated caller (a failed sign-in, SCIM). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 80 })
  action: string;

  @Column({ type: 'varchar', length: 40 })
  targetType: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  targetId: string | null;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  details: Record<string, unknown>;

  @Column({ type: 'varchar', length: 64, nullable: true })
  correlationId: string | null;
}
