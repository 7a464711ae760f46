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

  /**
   * Adds or updates the request: 'added' when it is new, 'noteChanged' (with the note it had) when its note
   * is another now, else 'same'. A changed note asks the team again: its earlier answer no longer holds.
   */
  async upsertFacilityRequest(
    manager: EntityManager,
    sessionId: string,
    facilityTeamId: string,
    note: string,
  ): Promise<{ outcome: 'added' | 'same' } | { outcome: 'noteChanged'; previousNote: string }> {
    const repository = manager.getRepository(SessionFacilityRequestEntity);
    const existing = await repository.findOne({ where: { sessionId, facilityTeamId }, lock: { mode: 'pessimistic_write' } });
    if (existing) {
      if (existing.note === note) return { outcome: 'same' };
      await repository.update(
        { id: existing.id },
        { note, status: 'REQUESTED', decisionReason: null, decidedById: null, decidedAt: null, version: existing.version + 1 },
      );
      return { outcome: 'noteChanged', previousNote: existing.note };
    }
    await repository.insert({ sessionId, facilityTeamId, note });
    return { outcome: 'added' };
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
