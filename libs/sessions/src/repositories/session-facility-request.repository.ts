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

  /** Adds or updates the request: 'added' when it is new, 'noteChanged' when its note is another now, else 'same'. */
  async upsertFacilityRequest(
    manager: EntityManager,
    sessionId: string,
    facilityTeamId: string,
    note: string,
  ): Promise<'added' | 'noteChanged' | 'same'> {
    const repository = manager.getRepository(SessionFacilityRequestEntity);
    const existing = await repository.findOneBy({ sessionId, facilityTeamId });
    if (existing) {
      if (existing.note === note) return 'same';
      await repository.update({ sessionId, facilityTeamId }, { note });
      return 'noteChanged';
    }
    await repository.insert({ sessionId, facilityTeamId, note });
    return 'added';
  }

  /** The note of one request, or null when the session did not ask this team. */
  async findNote(manager: EntityManager, sessionId: string, facilityTeamId: string): Promise<string | null> {
    const row = await manager.getRepository(SessionFacilityRequestEntity).findOneBy({ sessionId, facilityTeamId });
    return row ? row.note : null;
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
