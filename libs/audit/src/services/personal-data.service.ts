import { Injectable } from '@nestjs/common';
import { type Actor, isAdmin } from '@kennis/auth';
import { ForbiddenError, NotFoundError } from '@kennis/errors';
import { PersonalDataRepository } from '../repositories/personal-data.repository';
import { AuditLog } from './audit-log.service';

/** A person's download of everything Kennis holds about them, and an admin's erasure of a person. */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly personalData: PersonalDataRepository,
    private readonly auditLog: AuditLog,
  ) {}

  async export(actor: Actor, now: Date): Promise<Record<string, unknown>> {
    return { exportedAt: now.toISOString(), personId: actor.personId, ...(await this.personalData.collect(actor.personId)) };
  }

  async erase(actor: Actor, personId: string): Promise<void> {
    if (!isAdmin(actor)) throw new ForbiddenError('Only admins erase people.');
    if (personId === actor.personId) throw new ForbiddenError('Admins cannot erase themselves; ask another admin.');
    await this.personalData.transaction(async (manager) => {
      if (!(await this.personalData.erase(personId, manager))) throw new NotFoundError('Person', personId);
      await this.auditLog.forgetPerson(manager, personId);
      await this.auditLog.record(manager, { actorId: actor.personId, action: 'person-erased', targetType: 'person', targetId: personId });
    });
  }
}
