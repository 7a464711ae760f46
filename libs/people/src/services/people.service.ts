import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { type Actor, ActorLookup, isAdmin, Role } from '@kennis/auth';
import { UnitOfWork } from '@kennis/database';
import { BadUserInputError, ForbiddenError } from '@kennis/errors';
import { PersonEntity } from '../entities/person.entity';
import { PersonSkillEntity, SkillKind } from '../entities/person-skill.entity';
import { SkillEntity } from '../entities/skill.entity';
import { InvalidManagerError, PersonNotFoundError, SkillNotOnProfileError } from '../errors/people.errors';
import { PersonSkillRepository } from '../repositories/person-skill.repository';
import { type NewPerson, PersonRepository, type ProfileChanges } from '../repositories/person.repository';
import { SkillRepository } from '../repositories/skill.repository';
import { normalizeSkillName } from './skill-name';
import { type WorkingDay, workingHoursProblem } from './working-hours';

function hashFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Profiles, roles and skills of people. */
@Injectable()
export class PeopleService implements ActorLookup {
  constructor(
    private readonly people: PersonRepository,
    private readonly skills: SkillRepository,
    private readonly personSkills: PersonSkillRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async findActor(personId: string): Promise<Actor | null> {
    const person = await this.people.findRoles(personId);
    // A deactivated person keeps their history but cannot act, whatever token or session they still hold.
    return person && !person.deactivatedAt ? { personId: person.id, roles: person.roles } : null;
  }

  async getPerson(id: string): Promise<PersonEntity> {
    const person = await this.people.findById(id);
    if (!person) throw new PersonNotFoundError(id);
    return person;
  }

  findPeople(ids: readonly string[]): Promise<PersonEntity[]> {
    return this.people.findByIds(ids);
  }

  findByEmail(email: string): Promise<PersonEntity | null> {
    return this.people.findByEmail(email);
  }

  searchPeople(text: string, limit: number): Promise<PersonEntity[]> {
    return this.people.search(text, limit);
  }

  async createPerson(actor: Actor, person: NewPerson): Promise<PersonEntity> {
    if (!isAdmin(actor)) throw new ForbiddenError('Only an admin can add people.');
    if (person.managerId) await this.getManager(person.managerId);
    return this.unitOfWork.run((manager) =>
      this.people.insertPerson(manager, { ...person, roles: person.roles.length ? person.roles : [Role.EMPLOYEE] }),
    );
  }

  async updateMyProfile(actor: Actor, changes: ProfileChanges): Promise<PersonEntity> {
    await this.people.updateProfile(actor.personId, changes);
    return this.getPerson(actor.personId);
  }

  /** The person's own week; days left out are days they do not meet. */
  async setMyWorkingHours(actor: Actor, days: WorkingDay[]): Promise<PersonEntity> {
    const problem = workingHoursProblem(days);
    if (problem) throw new BadUserInputError('hours', problem);
    const sorted = [...days].sort((a, b) => a.weekday - b.weekday).map(({ weekday, start, end }) => ({ weekday, start, end }));
    await this.people.updateWorkingHours(actor.personId, sorted);
    return this.getPerson(actor.personId);
  }

  /** The person's own online meeting URL, https only: it goes into every invite; null takes it away. */
  async setMyMeetingUrl(actor: Actor, url: string | null): Promise<PersonEntity> {
    const trimmed = url?.trim() || null;
    if (trimmed !== null) {
      let parsed: URL | null = null;
      try {
        parsed = new URL(trimmed);
      } catch {
        parsed = null;
      }
      if (!parsed || parsed.protocol !== 'https:' || trimmed.length > 500 || /\s/.test(trimmed)) {
        throw new BadUserInputError('url', 'url must be an https:// link of at most 500 characters, e.g. https://meet.example.com/your-name.');
      }
    }
    await this.people.updateMeetingUrl(actor.personId, trimmed);
    return this.getPerson(actor.personId);
  }

  /** Admins correct a reporting line (otherwise it comes from the identity provider). */
  async setManager(actor: Actor, personId: string, managerId: string | null): Promise<PersonEntity> {
    if (!isAdmin(actor)) throw new ForbiddenError('Only an admin can change who someone reports to.');
    await this.getPerson(personId);
    if (managerId === personId) throw new InvalidManagerError('A person cannot be their own manager.');
    if (managerId) await this.getManager(managerId);
    await this.unitOfWork.run((manager) => this.people.updateManager(manager, personId, managerId));
    return this.getPerson(personId);
  }

  async setRoles(actor: Actor, personId: string, roles: Role[]): Promise<PersonEntity> {
    if (!isAdmin(actor)) throw new ForbiddenError('Only an admin can change roles.');
    if (actor.personId === personId && !roles.includes(Role.ADMIN)) {
      throw new BadUserInputError('roles', 'You cannot take the ADMIN role from yourself; ask another admin.');
    }
    await this.getPerson(personId);
    await this.unitOfWork.run((manager) => this.people.updateRoles(manager, personId, [...new Set([Role.EMPLOYEE, ...roles])]));
    return this.getPerson(personId);
  }

  async setMySkill(actor: Actor, skillName: string, kind: SkillKind, level: number): Promise<PersonSkillEntity[]> {
    if (!normalizeSkillName(skillName)) {
      throw new BadUserInputError('skillName', 'A skill name needs at least one letter or digit.');
    }
    const skill = await this.skills.findOrCreate(skillName);
    await this.personSkills.upsertSkill(actor.personId, skill.id, kind, level);
    return this.personSkills.findForPeople([actor.personId]);
  }

  async removeMySkill(actor: Actor, skillName: string, kind: SkillKind): Promise<PersonSkillEntity[]> {
    const skill = await this.skills.findByName(skillName);
    const removed = skill ? await this.personSkills.removeSkill(actor.personId, skill.id, kind) : false;
    if (!removed) throw new SkillNotOnProfileError(skillName, kind);
    return this.personSkills.findForPeople([actor.personId]);
  }

  skillsOfPeople(personIds: readonly string[]): Promise<PersonSkillEntity[]> {
    return this.personSkills.findForPeople(personIds);
  }

  searchSkills(text: string, limit: number): Promise<SkillEntity[]> {
    return this.skills.search(text, limit);
  }

  /** The shared-list skills for names typed by a user, adding new ones. */
  async resolveSkills(names: readonly string[]): Promise<SkillEntity[]> {
    const byKey = new Map<string, string>();
    for (const name of names) {
      const key = normalizeSkillName(name);
      if (!key) throw new BadUserInputError('skills', `"${name}" is not a skill name: use letters or digits.`);
      byKey.set(key, name);
    }
    const skills: SkillEntity[] = [];
    for (const name of byKey.values()) skills.push(await this.skills.findOrCreate(name));
    return skills;
  }

  /** A new secret for the person's calendar feed; the old feed URL stops working. */
  async rotateCalendarFeedToken(actor: Actor): Promise<string> {
    const token = randomBytes(24).toString('base64url');
    await this.people.setCalendarFeedTokenHash(actor.personId, hashFeedToken(token));
    return token;
  }

  findByCalendarFeedToken(token: string): Promise<PersonEntity | null> {
    if (!/^[A-Za-z0-9_-]{32}$/.test(token)) return Promise.resolve(null);
    return this.people.findByCalendarFeedTokenHash(hashFeedToken(token));
  }

  private async getManager(managerId: string): Promise<PersonEntity> {
    const manager = await this.people.findById(managerId);
    if (!manager) throw new InvalidManagerError(`There is no person with id ${managerId} to be the manager.`);
    return manager;
  }
}
