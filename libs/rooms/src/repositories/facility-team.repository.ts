import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository } from 'typeorm';
import { ConflictError } from '@kennis/errors';
import { isPostgresError, PostgresErrorCode } from '@kennis/database';
import { FacilityTeamEntity } from '../entities/facility-team.entity';

export type NewFacilityTeam = Pick<FacilityTeamEntity, 'name' | 'kind' | 'site' | 'mailbox'>;

@Injectable()
export class FacilityTeamRepository {
  constructor(@InjectRepository(FacilityTeamEntity) private readonly teams: Repository<FacilityTeamEntity>) {}

  findById(id: string): Promise<FacilityTeamEntity | null> {
    return this.teams.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<FacilityTeamEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.teams.findBy({ id: In([...ids]) });
  }

  findActiveByMailbox(address: string): Promise<FacilityTeamEntity | null> {
    return this.teams.findOneBy({ mailbox: address, active: true });
  }

  findActive(site: string | null): Promise<FacilityTeamEntity[]> {
    return this.teams.find({ where: { active: true, ...(site ? { site } : {}) }, order: { name: 'ASC' } });
  }

  async insertTeam(manager: EntityManager, team: NewFacilityTeam): Promise<FacilityTeamEntity> {
    const teams = manager.getRepository(FacilityTeamEntity);
    try {
      return await teams.save(teams.create(team));
    } catch (error) {
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'facility_team_name_unique')) {
        throw new ConflictError(`A facility team named ${team.name} exists already. Choose another name.`, { field: 'name' });
      }
      throw error;
    }
  }
}
