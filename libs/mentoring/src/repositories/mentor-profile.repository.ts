import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { MentorProfileEntity } from '../entities/mentor-profile.entity';

export interface MentorProfileFields {
  capacity: number;
  languages: string[];
  seniorityYears: number;
  active: boolean;
}

export interface OfferedSkill {
  skillId: string;
  skillName: string;
  level: number;
}

@Injectable()
export class MentorProfileRepository {
  constructor(@InjectRepository(MentorProfileEntity) private readonly profiles: Repository<MentorProfileEntity>) {}

  findByPerson(personId: string): Promise<MentorProfileEntity | null> {
    return this.profiles.findOneBy({ personId });
  }

  async upsertProfile(manager: EntityManager, personId: string, fields: MentorProfileFields): Promise<void> {
    await manager.query(
      `INSERT INTO mentor_profile (person_id, capacity, languages, seniority_years, active) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (person_id) DO UPDATE SET capacity = EXCLUDED.capacity, languages = EXCLUDED.languages,
         seniority_years = EXCLUDED.seniority_years, active = EXCLUDED.active, updated_at = now()`,
      [personId, fields.capacity, fields.languages, fields.seniorityYears, fields.active],
    );
  }

  async replaceSkills(manager: EntityManager, personId: string, skills: readonly { skillId: string; level: number }[]): Promise<void> {
    await manager.query(`DELETE FROM mentor_skill WHERE mentor_id = $1`, [personId]);
    if (skills.length === 0) return;
    await manager.query(
      `INSERT INTO mentor_skill (mentor_id, skill_id, level) SELECT $1, skill_id, level FROM unnest($2::uuid[], $3::smallint[]) AS t(skill_id, level)`,
      [personId, skills.map((skill) => skill.skillId), skills.map((skill) => skill.level)],
    );
  }

  async findSkills(personId: string): Promise<OfferedSkill[]> {
    const rows: { skill_id: string; name: string; level: number }[] = await this.profiles.query(
      `SELECT ms.skill_id, s.name, ms.level FROM mentor_skill ms JOIN skill s ON s.id = ms.skill_id
       WHERE ms.mentor_id = $1 ORDER BY s.name`,
      [personId],
    );
    return rows.map((row) => ({ skillId: row.skill_id, skillName: row.name, level: row.level }));
  }
}
