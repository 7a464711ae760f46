import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentCorrelationId } from '@kennis/config';
import { type Actor, isAdmin } from '@kennis/auth';
import { ForbiddenError } from '@kennis/errors';
import type { AuditEntryEntity } from '../entities/audit-entry.entity';
import { AuditEntryRepository, type AuditQuery, type NewAuditEntry } from '../repositories/audit-entry.repository';

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

  /** Inside the change's transaction: the entry commits with it or not at all. */
  record(manager: EntityManager, record: AuditRecord): Promise<void> {
    return this.entries.append(manager, entryOf(record));
  }

  /** What changed nothing in the database (a sign-in, an operation that wrote nothing), on its own. */
  recordAlone(record: AuditRecord): Promise<void> {
    return this.entries.appendAlone(entryOf(record));
  }

  read(actor: Actor, query: AuditQuery): Promise<AuditEntryEntity[]> {
    if (!isAdmin(actor)) throw new ForbiddenError('Only admins read the audit log.');
    return this.entries.findFiltered(query);
  }

  forgetPerson(manager: EntityManager, personId: string): Promise<void> {
    return this.entries.forgetPersonInDetails(manager, personId);
  }
}

function entryOf(record: AuditRecord): NewAuditEntry {
  return {
    actorId: record.actorId,
    action: record.action,
    targetType: record.targetType,
    targetId: record.targetId,
    details: record.details ?? {},
    correlationId: currentCorrelationId() ?? null,
  };
}
