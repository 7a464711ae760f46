import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditLog } from '@kennis/audit';
import { Role, SignInSessionService } from '@kennis/auth';
import { Clock } from '@kennis/config';
import { UnitOfWork } from '@kennis/database';
import type { PersonEntity } from '../entities/person.entity';
import { EmailTakenError, ExternalIdTakenError, InvalidManagerError } from '../errors/people.errors';
import { PersonRepository } from '../repositories/person.repository';
import { applyPatch, LIST_SCHEMA, readFilter, readScimUser, type ScimUserFields, scimUser } from './scim-user.mapping';
import { ScimError } from './scim.errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';
const MAX_PAGE = 200;

/** Provisioning from Entra ID or Okta (SCIM 2.0 Users): create, replace, patch, deactivate, find by userName. */
@Injectable()
export class ScimUsersService {
  constructor(
    private readonly people: PersonRepository,
    private readonly unitOfWork: UnitOfWork,
    private readonly auditLog: AuditLog,
    private readonly signInSessions: SignInSessionService,
    private readonly clock: Clock,
  ) {}

  async list(query: { filter?: unknown; startIndex?: unknown; count?: unknown }, baseUrl: string): Promise<Record<string, unknown>> {
    const filter = readFilter(query.filter);
    const startIndex = Math.max(1, Number.parseInt(String(query.startIndex ?? '1'), 10) || 1);
    const count = Math.min(MAX_PAGE, Math.max(0, Number.parseInt(String(query.count ?? '100'), 10) || 0));
    let people: PersonEntity[];
    let total: number;
    if (filter) {
      const found = filter.attribute === 'userName' ? await this.people.findByEmail(filter.value) : await this.people.findByExternalId(filter.value);
      people = found && startIndex === 1 && count > 0 ? [found] : [];
      total = found ? 1 : 0;
    } else {
      [people, total] = await this.people.listPage(startIndex - 1, count);
    }
    return {
      schemas: [LIST_SCHEMA],
      totalResults: total,
      startIndex,
      itemsPerPage: people.length,
      Resources: people.map((person) => scimUser(person, baseUrl)),
    };
  }

  async get(id: string, baseUrl: string): Promise<Record<string, unknown>> {
    return scimUser(await this.find(id), baseUrl);
  }

  async create(body: unknown, baseUrl: string): Promise<Record<string, unknown>> {
    const fields = readScimUser(body);
    if (await this.people.findByEmail(fields.userName)) throw new ScimError(409, `A User with userName ${fields.userName} exists already.`, 'uniqueness');
    if (fields.managerId) await this.assertManagerExists(fields.managerId);
    const person = await this.changing(async (manager) => {
      const created = await this.people.insertPerson(manager, {
        email: fields.userName,
        externalId: fields.externalId,
        name: fields.displayName,
        department: fields.department ?? '',
        site: '',
        jobTitle: fields.title ?? '',
        timeZone: DEFAULT_TIME_ZONE,
        language: 'en',
        managerId: null,
        roles: [Role.EMPLOYEE],
        deactivatedAt: fields.active ? null : this.clock.now(),
      });
      if (fields.managerId) await this.people.updateManager(manager, created.id, fields.managerId);
      await this.record(manager, 'scim-user-created', created.id, { active: fields.active, managerSet: Boolean(fields.managerId) });
      return created;
    });
    return this.get(person.id, baseUrl);
  }

  async replace(id: string, body: unknown, baseUrl: string): Promise<Record<string, unknown>> {
    const person = await this.find(id);
    await this.write(person, readScimUser(body), 'scim-user-replaced');
    return this.get(id, baseUrl);
  }

  async patch(id: string, body: unknown, baseUrl: string): Promise<Record<string, unknown>> {
    const person = await this.find(id);
    const patched = applyPatch(scimUser(person, baseUrl), body);
    await this.write(person, readScimUser(patched), 'scim-user-patched');
    return this.get(id, baseUrl);
  }

  /** DELETE deactivates: the person's sessions, bookings and history stay for the others; they cannot sign in. */
  async deactivate(id: string): Promise<void> {
    const person = await this.find(id);
    if (person.deactivatedAt) return;
    await this.changing(async (manager) => {
      await this.people.updateFromProvider(manager, id, { deactivatedAt: this.clock.now() });
      await this.signInSessions.endAllFor(id, manager);
      await this.record(manager, 'scim-user-deactivated', id, { active: false });
    });
  }

  private async write(person: PersonEntity, fields: ScimUserFields, action: string): Promise<void> {
    const managerChanges = fields.managerId !== undefined && fields.managerId !== person.managerId;
    if (managerChanges && fields.managerId) await this.assertManagerExists(fields.managerId);
    const deactivates = !fields.active && !person.deactivatedAt;
    await this.changing(async (manager) => {
      await this.people.updateFromProvider(manager, person.id, {
        email: fields.userName,
        externalId: fields.externalId ?? person.externalId,
        name: fields.displayName,
        department: fields.department ?? person.department,
        jobTitle: fields.title ?? person.jobTitle,
        deactivatedAt: fields.active ? null : (person.deactivatedAt ?? this.clock.now()),
      });
      if (managerChanges) await this.people.updateManager(manager, person.id, fields.managerId ?? null);
      if (deactivates) await this.signInSessions.endAllFor(person.id, manager);
      await this.record(manager, action, person.id, { active: fields.active, managerChanged: managerChanges });
    });
  }

  private async assertManagerExists(managerId: string): Promise<void> {
    if (!(await this.people.findById(managerId))) throw new ScimError(400, `manager ${managerId} is not a User here.`, 'invalidValue');
  }

  /** Identifiers and flags only: what the provider sent about a person stays out of the log. */
  private record(manager: EntityManager, action: string, personId: string, details: Record<string, unknown>): Promise<void> {
    return this.auditLog.record(manager, { actorId: null, action, targetType: 'person', targetId: personId, details: { via: 'scim', ...details } });
  }

  private async find(id: string): Promise<PersonEntity> {
    const person = UUID.test(id) ? await this.people.findById(id) : null;
    if (!person) throw new ScimError(404, `User ${id} not found.`, 'noTarget');
    return person;
  }

  /** One transaction for the change and its audit entry; the repository's domain errors become SCIM errors. */
  private async changing<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.unitOfWork.run(work);
    } catch (error) {
      if (error instanceof EmailTakenError || error instanceof ExternalIdTakenError) throw new ScimError(409, error.message, 'uniqueness');
      if (error instanceof InvalidManagerError) throw new ScimError(400, error.message, 'invalidValue');
      throw error;
    }
  }
}
