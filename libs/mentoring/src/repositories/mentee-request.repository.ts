import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { isPostgresError, PostgresErrorCode } from '@kennis/database';
import { MenteeRequestEntity } from '../entities/mentee-request.entity';
import { AlreadyRequestedError } from '../errors/mentoring.errors';

export interface NewMenteeRequest {
  roundId: string;
  personId: string;
  goals: string;
  languages: string[];
  seniorityYears: number;
  prefersOtherDepartment: boolean;
  prefersOtherSite: boolean;
  prefersSameGender: boolean;
}

export interface WantedSkill {
  skillId: string;
  skillName: string;
  level: number;
}

@Injectable()
export class MenteeRequestRepository {
  constructor(@InjectRepository(MenteeRequestEntity) private readonly requests: Repository<MenteeRequestEntity>) {}

  async insertRequest(manager: EntityManager, request: NewMenteeRequest): Promise<MenteeRequestEntity> {
    try {
      return await manager.getRepository(MenteeRequestEntity).save(manager.getRepository(MenteeRequestEntity).create(request));
    } catch (error) {
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'mentee_request_round_person_unique')) {
        throw new AlreadyRequestedError();
      }
      throw error;
    }
  }

  async insertSkills(manager: EntityManager, requestId: string, skills: readonly { skillId: string; level: number }[]): Promise<void> {
    if (skills.length === 0) return;
    await manager.query(
      `INSERT INTO mentee_request_skill (request_id, skill_id, level) SELECT $1, skill_id, level FROM unnest($2::uuid[], $3::smallint[]) AS t(skill_id, level)`,
      [requestId, skills.map((skill) => skill.skillId), skills.map((skill) => skill.level)],
    );
  }

  findMine(personId: string, roundId: string, manager: EntityManager = this.requests.manager): Promise<MenteeRequestEntity | null> {
    return manager.getRepository(MenteeRequestEntity).findOneBy({ personId, roundId });
  }

  lockMine(manager: EntityManager, personId: string, roundId: string): Promise<MenteeRequestEntity | null> {
    return manager.getRepository(MenteeRequestEntity).findOne({ where: { personId, roundId }, lock: { mode: 'pessimistic_write' } });
  }

  async updateRequest(manager: EntityManager, id: string, changes: Omit<NewMenteeRequest, 'roundId' | 'personId'>): Promise<void> {
    await manager.getRepository(MenteeRequestEntity).update({ id }, changes);
  }

  async replaceSkills(manager: EntityManager, requestId: string, skills: readonly { skillId: string; level: number }[]): Promise<void> {
    await manager.query(`DELETE FROM mentee_request_skill WHERE request_id = $1`, [requestId]);
    await this.insertSkills(manager, requestId, skills);
  }

  /** A published proposal or an accepted match is the mentor's to answer or the pair's to end. */
  async hasPublishedMatch(manager: EntityManager, roundId: string, menteeId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM mentor_match WHERE round_id = $1 AND mentee_id = $2
         AND (status = 'ACCEPTED' OR (status = 'PROPOSED' AND published_at IS NOT NULL)) LIMIT 1`,
      [roundId, menteeId],
    );
    return rows.length > 0;
  }

  /** The request changed: a proposal the run made for the old request is void, and so is a pin of it. */
  async dropUnpublishedProposals(manager: EntityManager, roundId: string, menteeId: string): Promise<void> {
    await manager.query(`DELETE FROM mentor_match WHERE round_id = $1 AND mentee_id = $2 AND status = 'PROPOSED' AND published_at IS NULL`, [
      roundId,
      menteeId,
    ]);
    await manager.query(`DELETE FROM mentoring_pair_rule WHERE round_id = $1 AND mentee_id = $2 AND kind = 'PIN'`, [roundId, menteeId]);
  }

  async deleteRequest(manager: EntityManager, id: string, roundId: string, menteeId: string): Promise<void> {
    await manager.query(`DELETE FROM mentoring_pair_rule WHERE round_id = $1 AND mentee_id = $2`, [roundId, menteeId]);
    await manager.query(`DELETE FROM mentee_request_skill WHERE request_id = $1`, [id]);
    await manager.query(`DELETE FROM mentee_request WHERE id = $1`, [id]);
  }

  async findSkills(requestId: string): Promise<WantedSkill[]> {
    const rows: { skill_id: string; name: string; level: number }[] = await this.requests.query(
      `SELECT rs.skill_id, s.name, rs.level FROM mentee_request_skill rs JOIN skill s ON s.id = rs.skill_id
       WHERE rs.request_id = $1 ORDER BY s.name`,
      [requestId],
    );
    return rows.map((row) => ({ skillId: row.skill_id, skillName: row.name, level: row.level }));
  }
}
