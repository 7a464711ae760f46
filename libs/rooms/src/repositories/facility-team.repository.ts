import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository } from 'typeorm';
import { ConflictError } from '@kennis/errors';
import { isPostgresError, PostgresErrorCode } from '@kennis/database';
import { FacilityTeamEntity } from '../entities/facility-team.entity';

export type NewFacilityTeam = Pick<FacilityTeamEntity, 'name' | 'kind' | 'site' | 'mailbox' | 'timeZone'>;

@Injectable()
export class FacilityTeamRepository {
  constructor(@InjectRepository(FacilityTeamEntity) private readonly teams: Repository<FacilityTeamEntity>) {}

  findById(id: string): Promise<FacilityTeamEntity | null> {
    return this.teams.findOneBy({ id });
  }

  findByIds(ids: readonly string[]): Promise<FacilityTeamEntity[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.teams.findBy({ id: In([...ids]) });
  }

  /** The active team whose mailbox this is; in a transaction after RoomRepository.lockMailbox, on its manager. */
  findActiveByMailbox(address: string, manager: EntityManager = this.teams.manager): Promise<FacilityTeamEntity | null> {
    return manager.getRepository(FacilityTeamEntity).findOneBy({ mailbox: address, active: true });
  }

  findActive(site: string | null): Promise<FacilityTeamEntity[]> {
    return this.teams.find({ where: { active: true, ...(site ? { site } : {}) }, order: { name: 'ASC' } });
  }

  /** The zone most of a site's active rooms have (rooms carry their site's zone); null for a site without rooms. */
  async siteTimeZone(manager: EntityManager, site: string): Promise<string | null> {
    const rows: { time_zone: string }[] = await manager.query(
      `SELECT time_zone FROM room WHERE site = $1 AND active GROUP BY time_zone ORDER BY count(*) DESC, time_zone LIMIT 1`,
      [site],
    );
    return rows[0]?.time_zone ?? null;
  }

  async insertTeam(manager: EntityManager, team: NewFacilityTeam): Promise<FacilityTeamEntity> {
    const teams = manager.getRepository(FacilityTeamEntity);
    try {
      return await teams.save(teams.create(team));
    } catch (error) {
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'facility_team_name_unique')) {
        throw new ConflictError(`A facility team named ${team.name} exists already. Choose another name.`, { field: 'name' });
      }
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'facility_team_mailbox_unique')) {
        throw new ConflictError('Another active facility team already has this mailbox. Give this one an address of its own.', { field: 'mailbox' });
      }
      throw error;
    }
  }
}
