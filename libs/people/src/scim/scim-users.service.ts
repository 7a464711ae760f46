import { Injectable } from '@nestjs/common';
import { Role } from '@kennis/auth';
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
  constructor(private readonly people: PersonRepository) {}

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
    const person = await this.translate(() =>
      this.people.insertPerson({
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
        deactivatedAt: fields.active ? null : new Date(),
      }),
    );
    if (fields.managerId) await this.setManager(person.id, fields.managerId);
    return this.get(person.id, baseUrl);
  }

  async replace(id: string, body: unknown, baseUrl: string): Promise<Record<string, unknown>> {
    const person = await this.find(id);
    await this.write(person, readScimUser(body));
    return this.get(id, baseUrl);
  }

  async patch(id: string, body: unknown, baseUrl: string): Promise<Record<string, unknown>> {
    const person = await this.find(id);
    const patched = applyPatch(scimUser(person, baseUrl), body);
    await this.write(person, readScimUser(patched));
    return this.get(id, baseUrl);
  }

  /** DELETE deactivates: the person's sessions, bookings and history stay for the others; they cannot sign in. */
  async deactivate(id: string): Promise<void> {
    const person = await this.find(id);
    if (!person.deactivatedAt) await this.people.updateFromProvider(id, { deactivatedAt: new Date() });
  }

  private async write(person: PersonEntity, fields: ScimUserFields): Promise<void> {
    await this.translate(() =>
      this.people.updateFromProvider(person.id, {
        email: fields.userName,
        externalId: fields.externalId ?? person.externalId,
        name: fields.displayName,
        department: fields.department ?? person.department,
        jobTitle: fields.title ?? person.jobTitle,
        deactivatedAt: fields.active ? null : (person.deactivatedAt ?? new Date()),
      }),
    );
    if (fields.managerId !== undefined && fields.managerId !== person.managerId) await this.setManager(person.id, fields.managerId);
  }

  private async setManager(personId: string, managerId: string | null): Promise<void> {
    if (managerId && !(await this.people.findById(managerId))) throw new ScimError(400, `manager ${managerId} is not a User here.`, 'invalidValue');
    await this.translate(() => this.people.updateManager(personId, managerId));
  }

  private async find(id: string): Promise<PersonEntity> {
    const person = UUID.test(id) ? await this.people.findById(id) : null;
    if (!person) throw new ScimError(404, `User ${id} not found.`, 'noTarget');
    return person;
  }

  private async translate<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof EmailTakenError || error instanceof ExternalIdTakenError) throw new ScimError(409, error.message, 'uniqueness');
      if (error instanceof InvalidManagerError) throw new ScimError(400, error.message, 'invalidValue');
      throw error;
    }
  }
}
