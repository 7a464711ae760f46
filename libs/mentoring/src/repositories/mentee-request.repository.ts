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

  findMine(personId: string, roundId: string): Promise<MenteeRequestEntity | null> {
    return this.requests.findOneBy({ personId, roundId });
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
