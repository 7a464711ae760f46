import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { SessionFacilityRequestEntity } from '../entities/session-facility-request.entity';

/** Which facility teams (catering, AV) a session asked to serve it. */
@Injectable()
export class SessionFacilityRequestRepository {
  constructor(
    @InjectRepository(SessionFacilityRequestEntity) private readonly facilityRequests: Repository<SessionFacilityRequestEntity>,
  ) {}

  /** Adds or updates the request; true when it is new. */
  async upsertFacilityRequest(manager: EntityManager, sessionId: string, facilityTeamId: string, note: string): Promise<boolean> {
    const repository = manager.getRepository(SessionFacilityRequestEntity);
    const existing = await repository.findOneBy({ sessionId, facilityTeamId });
    if (existing) {
      await repository.update({ sessionId, facilityTeamId }, { note });
      return false;
    }
    await repository.insert({ sessionId, facilityTeamId, note });
    return true;
  }

  async removeFacilityRequest(manager: EntityManager, sessionId: string, facilityTeamId: string): Promise<boolean> {
    const result = await manager.getRepository(SessionFacilityRequestEntity).delete({ sessionId, facilityTeamId });
    return (result.affected ?? 0) > 0;
  }

  async facilityTeamIds(manager: EntityManager, sessionId: string): Promise<string[]> {
    const rows = await manager.getRepository(SessionFacilityRequestEntity).findBy({ sessionId });
    return rows.map((row) => row.facilityTeamId);
  }

  findFacilityRequestsOfSessions(sessionIds: readonly string[]): Promise<SessionFacilityRequestEntity[]> {
    if (sessionIds.length === 0) return Promise.resolve([]);
    return this.facilityRequests.find({ where: { sessionId: In([...sessionIds]) }, order: { createdAt: 'ASC' } });
  }
}
