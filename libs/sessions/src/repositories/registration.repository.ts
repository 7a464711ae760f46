import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Not, Repository } from 'typeorm';
import { isPostgresError, PostgresErrorCode } from '@kennis/database';
import { RegistrationEntity, RegistrationStatus } from '../entities/registration.entity';
import { AlreadyRegisteredError } from '../errors/sessions.errors';

export interface RegistrationWithPosition extends RegistrationEntity {
  /** 1-based place on the waitlist; null for a seat. */
  waitlistPosition: number | null;
}

/** The 1-based waitlist place of registration `r`: the one definition every query uses. */
const WAITLIST_POSITION = `(SELECT count(*)::int FROM registration w
  WHERE w.session_id = r.session_id AND w.status = 'WAITLISTED' AND w.arrival <= r.arrival)`;

@Injectable()
export class RegistrationRepository {
  constructor(@InjectRepository(RegistrationEntity) private readonly registrations: Repository<RegistrationEntity>) {}

  findActive(manager: EntityManager, sessionId: string, personId: string): Promise<RegistrationEntity | null> {
    return manager
      .getRepository(RegistrationEntity)
      .findOne({ where: { sessionId, personId, status: Not(RegistrationStatus.LEFT) } });
  }

  async insert(
    manager: EntityManager,
    sessionId: string,
    personId: string,
    status: RegistrationStatus,
  ): Promise<RegistrationEntity> {
    const repository = manager.getRepository(RegistrationEntity);
    try {
      return await repository.save(repository.create({ sessionId, personId, status }));
    } catch (error) {
      if (isPostgresError(error, PostgresErrorCode.UniqueViolation, 'registration_active_unique')) {
        throw new AlreadyRegisteredError();
      }
      throw error;
    }
  }

  async setStatus(manager: EntityManager, ids: readonly string[], status: RegistrationStatus): Promise<void> {
    if (ids.length === 0) return;
    await manager
      .getRepository(RegistrationEntity)
      .update({ id: In([...ids]) }, { status, updatedAt: () => 'now()' } as never);
  }

  /** The first `count` people on the waitlist, in order of arrival. */
  firstWaitlisted(manager: EntityManager, sessionId: string, count: number): Promise<RegistrationEntity[]> {
    if (count <= 0) return Promise.resolve([]);
    return manager.getRepository(RegistrationEntity).find({
      where: { sessionId, status: RegistrationStatus.WAITLISTED },
      order: { arrival: 'ASC' },
      take: count,
    });
  }

  /** The person's place on the session's waitlist, or null when they are not waiting. */
  async waitlistPosition(manager: EntityManager, sessionId: string, personId: string): Promise<number | null> {
    const rows: { position: number }[] = await manager.query(
      `SELECT ${WAITLIST_POSITION} AS position FROM registration r
       WHERE r.session_id = $1 AND r.person_id = $2 AND r.status = 'WAITLISTED'`,
      [sessionId, personId],
    );
    return rows[0]?.position ?? null;
  }

  /** The person's latest registration for the session, whatever its status. */
  findLatest(manager: EntityManager, sessionId: string, personId: string): Promise<RegistrationEntity | null> {
    return manager.getRepository(RegistrationEntity).findOne({ where: { sessionId, personId }, order: { arrival: 'DESC' } });
  }

  /** Everyone with a seat, in order of arrival. */
  findSeated(manager: EntityManager, sessionId: string): Promise<RegistrationEntity[]> {
    return manager.getRepository(RegistrationEntity).find({
      where: { sessionId, status: RegistrationStatus.SEATED },
      order: { arrival: 'ASC' },
    });
  }

  findActiveForSession(manager: EntityManager, sessionId: string): Promise<RegistrationEntity[]> {
    return manager.getRepository(RegistrationEntity).find({
      where: { sessionId, status: Not(RegistrationStatus.LEFT) },
      order: { arrival: 'ASC' },
    });
  }

  /** Who comes: seats first, then the waitlist, both in order of arrival. */
  async findAttendees(sessionId: string): Promise<RegistrationWithPosition[]> {
    const rows = await this.registrations.find({
      where: { sessionId, status: Not(RegistrationStatus.LEFT) },
      order: { arrival: 'ASC' },
    });
    let position = 0;
    const seated = rows.filter((row) => row.status === RegistrationStatus.SEATED);
    const waitlisted = rows.filter((row) => row.status === RegistrationStatus.WAITLISTED);
    return [
      ...seated.map((row) => ({ ...row, waitlistPosition: null })),
      ...waitlisted.map((row) => ({ ...row, waitlistPosition: ++position })),
    ];
  }

  async countWaitlistedOfSessions(sessionIds: readonly string[]): Promise<Map<string, number>> {
    if (sessionIds.length === 0) return new Map();
    const rows: { session_id: string; count: string }[] = await this.registrations.query(
      `SELECT session_id, count(*) FROM registration
       WHERE session_id = ANY($1) AND status = 'WAITLISTED' GROUP BY session_id`,
      [sessionIds],
    );
    return new Map(rows.map((row) => [row.session_id, Number(row.count)]));
  }

  /** The person's live registration in each of the sessions, with their waitlist place. */
  async findMineInSessions(sessionIds: readonly string[], personId: string): Promise<RegistrationWithPosition[]> {
    if (sessionIds.length === 0) return [];
    const rows: (RegistrationEntity & { waitlist_position: string | null })[] = await this.registrations.query(
      `SELECT r.id, r.session_id AS "sessionId", r.person_id AS "personId", r.status, r.arrival,
              r.created_at AS "createdAt", r.updated_at AS "updatedAt",
              CASE WHEN r.status = 'WAITLISTED' THEN ${WAITLIST_POSITION} END AS waitlist_position
       FROM registration r
       WHERE r.session_id = ANY($1) AND r.person_id = $2 AND r.status <> 'LEFT'`,
      [sessionIds, personId],
    );
    return rows.map(({ waitlist_position, ...row }) => ({
      ...row,
      waitlistPosition: waitlist_position === null ? null : Number(waitlist_position),
    }));
  }
}
