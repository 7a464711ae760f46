import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { PersonSkillEntity, SkillKind } from '../entities/person-skill.entity';

@Injectable()
export class PersonSkillRepository {
  constructor(@InjectRepository(PersonSkillEntity) private readonly personSkills: Repository<PersonSkillEntity>) {}

  findForPeople(personIds: readonly string[]): Promise<PersonSkillEntity[]> {
    if (personIds.length === 0) return Promise.resolve([]);
    return this.personSkills.find({
      where: { personId: In([...personIds]) },
      relations: { skill: true },
      order: { level: 'DESC' },
    });
  }

  async upsertSkill(personId: string, skillId: string, kind: SkillKind, level: number): Promise<void> {
    await this.personSkills.upsert({ personId, skillId, kind, level }, ['personId', 'skillId', 'kind']);
  }

  async removeSkill(personId: string, skillId: string, kind: SkillKind): Promise<boolean> {
    const result = await this.personSkills.delete({ personId, skillId, kind });
    return (result.affected ?? 0) > 0;
  }
}
