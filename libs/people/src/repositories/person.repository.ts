import type { WorkingDay } from '../services/working-hours';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { containsPattern, isPostgresError, PostgresErrorCode, queryPrepared } from '@kennis/database';
import { Role } from '@kennis/auth';
import { PersonEntity } from '../entities/person.entity';
import { EmailTakenError, ExternalIdTakenError, InvalidManagerError } from '../errors/people.errors';

export type NewPerson = Pick<
  PersonEntity,
  'email' | 'name' | 'department' | 'site' | 'timeZone' | 'language' | 'jobTitle' | 'managerId' | 'roles'
> &
  Partial<Pick<PersonEntity, 'externalId' | 'deactivatedAt'>>;
/** What the identity provider (sign-in claims or SCIM) keeps up to date. */
export type ProviderChanges = Partial<
  Pick<PersonEntity, 'email' | 'name' | 'department' | 'site' | 'jobTitle' | 'externalId' | 'roles' | 'deactivatedAt' | 'timeZone' | 'language'>
>;
/** What a person may change about themselves: never their reporting line (that comes from the provider or an admin). */
export type ProfileChanges = Partial<Pick<PersonEntity, 'name' | 'department' | 'site' | 'timeZone' | 'language' | 'jobTitle'>>;

function managerError(error: unknown): unknown {
  if (isPostgresError(error, PostgresErrorCode.CheckViolation, 'person_manager_no_cycle')) {
    return new InvalidManagerError('That person reports (directly or further up) to this person; a reporting line cannot go in a circle.');
  }
  if (isPostgresError(error, PostgresErrorCode.CheckViolation, 'person_not_own_manager')) {
    return new InvalidManagerError('A person cannot be their own manager.');
  }
  if (isPostgresError(error, PostgresErrorCode.ForeignKeyViolation, 'person_manager_fkey')) {
    return new InvalidManagerError('There is no such person to be the manager.');
  }
  return error;
}

@Injectable()
export class PersonRepository {
  constructor(@InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>) {}

  findById(id: string): Promise<PersonEntity | null> {
    return this.people.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<PersonEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.people.findBy({ id: In([...ids]) });
  }

  findByEmail(email: string): Promise<PersonEntity | null> {
    return this.people.findOneBy({ email });
  }

  /** One page of everyone, oldest first: SCIM lists with startIndex (1-based) and count. */
  listPage(offset: number, limit: number): Promise<[PersonEntity[], number]> {
    return this.people.findAndCount({ order: { createdAt: 'ASC', id: 'ASC' }, skip: offset, take: limit });
  }

  findByExternalId(externalId: string): Promise<PersonEntity | null> {
    return this.people.findOneBy({ externalId });
  }

  async updateFromProvider(manager: EntityManager, id: string, changes: ProviderChanges): Promise<void> {
    if (Object.keys(changes).length === 0) return;
    try {
      await manager.update(PersonEntity, { id }, changes);
    } catch (error) {
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'person_email_unique')) throw new EmailTakenError(changes.email ?? '');
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'person_external_id_unique')) {
        throw new ExternalIdTakenError(changes.externalId ?? '');
      }
      throw error;
    }
  }

  /** Every GraphQL request's first statement (the actor): plain SQL, prepared, no query builder or hydration. */
  async findRoles(id: string): Promise<Pick<PersonEntity, 'id' | 'roles' | 'deactivatedAt'> | null> {
    const rows = await queryPrepared<Pick<PersonEntity, 'id' | 'roles' | 'deactivatedAt'>>(
      this.people.manager.connection,
      `SELECT id, roles, deactivated_at AS "deactivatedAt" FROM person WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Ids of the person's managers, nearest first, following manager_id upward. */
  async findManagerChain(id: string, manager: EntityManager = this.people.manager): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `WITH RECURSIVE chain(id, depth) AS (
         SELECT manager_id, 1 FROM person WHERE id = $1 AND manager_id IS NOT NULL
         UNION ALL
         SELECT p.manager_id, c.depth + 1 FROM person p JOIN chain c ON p.id = c.id
         WHERE p.manager_id IS NOT NULL AND c.depth < 50
       )
       SELECT id FROM chain ORDER BY depth`,
      [id],
    );
    return rows.map((row) => row.id);
  }

  listForSignIn(limit: number): Promise<PersonEntity[]> {
    return this.people.find({ where: { deactivatedAt: IsNull() }, order: { name: 'ASC', id: 'ASC' }, take: limit });
  }

  search(text: string, limit: number): Promise<PersonEntity[]> {
    const pattern = containsPattern(text);
    return this.people
      .createQueryBuilder('person')
      .where('person.name ILIKE :pattern OR person.email ILIKE :pattern', { pattern })
      .orderBy('person.name')
      .addOrderBy('person.id')
      .limit(limit)
      .getMany();
  }

  async insertPerson(manager: EntityManager, person: NewPerson): Promise<PersonEntity> {
    try {
      return await manager.save(manager.create(PersonEntity, person));
    } catch (error) {
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'person_email_unique')) {
        throw new EmailTakenError(person.email);
      }
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'person_external_id_unique')) {
        throw new ExternalIdTakenError(person.externalId ?? '');
      }
      throw managerError(error);
    }
  }

  /** Sets the reporting line; the database refuses cycles (trigger person_manager_no_cycle), even under concurrency. */
  async updateManager(manager: EntityManager, id: string, managerId: string | null): Promise<void> {
    try {
      await manager.query(`UPDATE person SET manager_id = $2 WHERE id = $1`, [id, managerId]);
    } catch (error) {
      throw managerError(error);
    }
  }

  async updateWorkingHours(id: string, days: WorkingDay[]): Promise<void> {
    await this.people.query(`UPDATE person SET working_hours = $2 WHERE id = $1`, [id, JSON.stringify(days)]);
  }

  async updateMeetingUrl(id: string, url: string | null): Promise<void> {
    await this.people.update({ id }, { meetingUrl: url });
  }

  async updateProfile(id: string, changes: ProfileChanges): Promise<void> {
    await this.people.update({ id }, changes);
  }

  async setCalendarFeedTokenHash(id: string, hash: string): Promise<void> {
    await this.people.update({ id }, { calendarFeedTokenHash: hash });
  }

  findByCalendarFeedTokenHash(hash: string): Promise<PersonEntity | null> {
    return this.people.findOneBy({ calendarFeedTokenHash: hash });
  }

  async updateRoles(manager: EntityManager, id: string, roles: Role[]): Promise<void> {
    await manager.update(PersonEntity, { id }, { roles });
  }
}
