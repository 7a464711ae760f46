import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import type { PersonEntity } from '@kennis/people';
import { SessionHostEntity } from '../entities/session-host.entity';
import { SessionInterestEntity } from '../entities/session-interest.entity';
import { SessionSkillEntity } from '../entities/session-skill.entity';

/** Who hosts a session, who is interested in it and which skills it teaches. */
@Injectable()
export class SessionMembershipRepository {
  constructor(
    @InjectRepository(SessionHostEntity) private readonly hosts: Repository<SessionHostEntity>,
    @InjectRepository(SessionInterestEntity) private readonly interests: Repository<SessionInterestEntity>,
    @InjectRepository(SessionSkillEntity) private readonly skills: Repository<SessionSkillEntity>,
  ) {}

  async insertHosts(manager: EntityManager, sessionId: string, personIds: readonly string[]): Promise<void> {
    if (personIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(SessionHostEntity)
      .values(personIds.map((personId) => ({ sessionId, personId })))
      .orIgnore()
      .execute();
  }

  isHost(sessionId: string, personId: string, manager: EntityManager = this.hosts.manager): Promise<boolean> {
    return manager.getRepository(SessionHostEntity).exists({ where: { sessionId, personId } });
  }

  findHostIds(manager: EntityManager, sessionId: string): Promise<SessionHostEntity[]> {
    return manager.getRepository(SessionHostEntity).findBy({ sessionId });
  }

  findHostsOfSessions(sessionIds: readonly string[]): Promise<SessionHostEntity[]> {
    return sessionIds.length === 0 ? Promise.resolve([]) : this.hosts.findBy({ sessionId: In([...sessionIds]) });
  }

  /** The hosts as people, by name then id: the first one organizes the invites. */
  async findHostPeople(manager: EntityManager, sessionId: string): Promise<PersonEntity[]> {
    const rows = await manager.getRepository(SessionHostEntity).find({ where: { sessionId }, relations: { person: true } });
    return rows.map((row) => row.person!).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  async replaceSkills(manager: EntityManager, sessionId: string, skillIds: readonly string[]): Promise<void> {
    await manager.getRepository(SessionSkillEntity).delete({ sessionId });
    if (skillIds.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(SessionSkillEntity)
      .values(skillIds.map((skillId) => ({ sessionId, skillId })))
      .execute();
  }

  findSkillsOfSessions(sessionIds: readonly string[]): Promise<SessionSkillEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.skills.find({ where: { sessionId: In([...sessionIds]) }, relations: { skill: true } });
  }

  async addInterest(sessionId: string, personId: string): Promise<void> {
    await this.interests.createQueryBuilder().insert().values({ sessionId, personId }).orIgnore().execute();
  }

  async removeInterest(sessionId: string, personId: string): Promise<void> {
    await this.interests.delete({ sessionId, personId });
  }

  async countInterestOfSessions(sessionIds: readonly string[]): Promise<Map<string, number>> {
    if (sessionIds.length === 0) return new Map();
    const rows: { session_id: string; count: string }[] = await this.interests.query(
      `SELECT session_id, count(*) FROM session_interest WHERE session_id = ANY($1) GROUP BY session_id`,
      [sessionIds],
    );
    return new Map(rows.map((row) => [row.session_id, Number(row.count)]));
  }
}
