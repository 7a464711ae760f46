import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from '@kennis/config';
import { type Actor, isAdmin } from '@kennis/auth';
import { ForbiddenError } from '@kennis/errors';
import type { AuditEntryEntity } from '../entities/audit-entry.entity';
import { AuditEntryRepository, type AuditQuery } from '../repositories/audit-entry.repository';

export interface AuditRecord {
  /** The person who acted; null for the system, SCIM or someone not signed in. */
  actorId: string | null;
  /** What happened, as a verb phrase in kebab-case: room-created, roles-changed, signed-in, scim-user-deactivated. */
  action: string;
  targetType: string;
  targetId: string | null;
  /** What changed, without secrets or free text that may be personal. */
  details?: Record<string, unknown>;
}

/** The audit log: libraries and the API record here; admins read it. */
@Injectable()
export class AuditLog {
  constructor(private readonly entries: AuditEntryRepository) {}

  record(record: AuditRecord, manager?: EntityManager): Promise<void> {
    return this.entries.append(
      {
        actorId: record.actorId,
        action: record.action,
        targetType: record.targetType,
        targetId: record.targetId,
        details: record.details ?? {},
        correlationId: currentCorrelationId() ?? null,
      },
      manager,
    );
  }

  read(actor: Actor, query: AuditQuery): Promise<AuditEntryEntity[]> {
    if (!isAdmin(actor)) throw new ForbiddenError('Only admins read the audit log.');
    return this.entries.findFiltered(query);
  }

  forgetPerson(personId: string, manager?: EntityManager): Promise<void> {
    return this.entries.forgetPersonInDetails(personId, manager);
  }
}
