import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { SkillEntity } from '../entities/skill.entity';
import { cleanSkillName, normalizeSkillName } from '../services/skill-name';

@Injectable()
export class SkillRepository {
  constructor(@InjectRepository(SkillEntity) private readonly skills: Repository<SkillEntity>) {}

  findByIds(ids: readonly string[]): Promise<SkillEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.skills.findBy({ id: In([...ids]) });
  }

  findByName(name: string): Promise<SkillEntity | null> {
    return this.skills.findOneBy({ normalizedName: normalizeSkillName(name) });
  }

  search(text: string, limit: number): Promise<SkillEntity[]> {
    return this.skills
      .createQueryBuilder('skill')
      .where('skill.normalized_name LIKE :prefix', { prefix: `%${normalizeSkillName(text)}%` })
      .orderBy('skill.name')
      .limit(limit)
      .getMany();
  }

  /**
   * The skill for a name, added to the shared list when it is new. Concurrent callers with variants of
   * one name meet on skill_normalized_name_unique and all get the same row.
   */
  async findOrCreate(name: string, manager: EntityManager = this.skills.manager): Promise<SkillEntity> {
    const normalizedName = normalizeSkillName(name);
    const rows: SkillEntity[] = await manager.query(
      `INSERT INTO skill (name, normalized_name) VALUES ($1, $2)
       ON CONFLICT ON CONSTRAINT skill_normalized_name_unique DO UPDATE SET name = skill.name
       RETURNING id, name, normalized_name AS "normalizedName"`,
      [cleanSkillName(name), normalizedName],
    );
    return rows[0];
  }
}
