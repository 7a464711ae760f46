import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { containsPattern, isPostgresError, PostgresErrorCode } from '@kennis/database';
import { Role } from '@kennis/auth';
import { PersonEntity } from '../entities/person.entity';
import { EmailTakenError } from '../errors/people.errors';

export type NewPerson = Pick<
  PersonEntity,
  'email' | 'name' | 'department' | 'site' | 'timeZone' | 'language' | 'jobTitle' | 'managerId' | 'roles'
>;
export type ProfileChanges = Partial<
  Pick<PersonEntity, 'name' | 'department' | 'site' | 'timeZone' | 'language' | 'jobTitle' | 'managerId'>
>;

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

  /** Every GraphQL request's first statement (the actor): plain SQL, no query builder or hydration. */
  async findRoles(id: string): Promise<Pick<PersonEntity, 'id' | 'roles'> | null> {
    const rows: Pick<PersonEntity, 'id' | 'roles'>[] = await this.people.query(`SELECT id, roles FROM person WHERE id = $1`, [id]);
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

  async insertPerson(person: NewPerson): Promise<PersonEntity> {
    try {
      return await this.people.save(this.people.create(person));
    } catch (error) {
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'person_email_unique')) {
        throw new EmailTakenError(person.email);
      }
      throw error;
    }
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

  async updateRoles(id: string, roles: Role[]): Promise<void> {
    await this.people.update({ id }, { roles });
  }
}
