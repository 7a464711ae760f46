import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditEntryEntity } from '../entities/audit-entry.entity';

export type NewAuditEntry = Pick<AuditEntryEntity, 'actorId' | 'action' | 'targetType' | 'targetId' | 'details' | 'correlationId'>;

export interface AuditQuery {
  actorId: string | null;
  action: string | null;
  targetType: string | null;
  targetId: string | null;
  from: Date | null;
  to: Date | null;
  /** Entries with an id below this one (the previous page's last id). */
  before: string | null;
  first: number;
}

@Injectable()
export class AuditEntryRepository {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  /** In the caller's transaction, so the entry commits or rolls back with the change. */
  async append(manager: EntityManager, entry: NewAuditEntry): Promise<void> {
    await manager.insert(AuditEntryEntity, entry as object);
  }

  /** An entry of something that changed nothing in the database (a sign-in): a statement of its own. */
  appendAlone(entry: NewAuditEntry): Promise<void> {
    return this.append(this.entries.manager, entry);
  }

  /** Newest first. */
  findFiltered(query: AuditQuery): Promise<AuditEntryEntity[]> {
    const builder = this.entries.createQueryBuilder('entry').orderBy('entry.id', 'DESC').limit(query.first);
    if (query.actorId) builder.andWhere('entry.actor_id = :actorId', { actorId: query.actorId });
    if (query.action) builder.andWhere('entry.action = :action', { action: query.action });
    if (query.targetType) builder.andWhere('entry.target_type = :targetType', { targetType: query.targetType });
    if (query.targetId) builder.andWhere('entry.target_id = :targetId', { targetId: query.targetId });
    if (query.from) builder.andWhere('entry.occurred_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('entry.occurred_at < :to', { to: query.to });
    if (query.before) builder.andWhere('entry.id < :before', { before: query.before });
    return builder.getMany();
  }

  /** Removes an erased person from the details others' entries hold about them; the entries stay. */
  async forgetPersonInDetails(manager: EntityManager, personId: string): Promise<void> {
    await manager.query(
      `UPDATE audit_entry SET details = '{"erased": true}' WHERE target_type = 'person' AND target_id = $1`,
      [personId],
    );
  }
}
