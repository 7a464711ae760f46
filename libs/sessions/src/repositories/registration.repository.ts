import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Not, Repository } from 'typeorm';
import { isPostgresError, PostgresErrorCode, queryPrepared } from '@kennis/database';
import { RegistrationEntity, RegistrationStatus } from '../entities/registration.entity';
import { SessionEntity } from '../entities/session.entity';
import { AlreadyRegisteredError } from '../errors/sessions.errors';
import { fromJson } from './json-row';

/** What session_join / session_leave (migration 1765500000000) report. */
export type EnrolmentOutcome = 'SEATED' | 'WAITLISTED' | 'LEFT' | 'NOT_FOUND' | 'NOT_OPEN' | 'ALREADY_REGISTERED' | 'IS_HOST' | 'NOT_REGISTERED';

/** The outbox rows the functions write; OutboxMessage drafts are not used because the SQL writes them. */
export interface EnrolmentMail {
  queue: string;
  jobName: string;
  /** The mail kinds for the two possible outcomes of the call. */
  kinds: readonly [string, string];
}

export interface EnrolmentChange {
  outcome: EnrolmentOutcome;
  sessionStatus: string | null;
  registration: { id: string; sessionId: string; personId: string; status: RegistrationStatus; arrival: string; createdAt: Date } | null;
  waitlistPosition: number | null;
  /** The session as the change left it; null when it was not found. */
  session: SessionEntity | null;
  /** The outbox rows written in the change's transaction, to hand to BullMQ after it. */
  messages: { id: string; queue: string; jobName: string; dueAt: Date; createdAt: Date }[];
}

interface EnrolmentRow {
  outcome: EnrolmentOutcome;
  session_status: string | null;
  registration_id: string | null;
  registration_status: RegistrationStatus | null;
  arrival: string | null;
  registration_created_at: Date | null;
  waitlist_position: number | null;
  outbox_id: string | null;
  outbox_queue: string | null;
  outbox_job_name: string | null;
  outbox_due_at: Date | null;
  outbox_created_at: Date | null;
  session_json: Record<string, unknown> | null;
}

export interface RegistrationWithPosition extends RegistrationEntity {
  /** 1-based place on the waitlist; null for a seat. */
  waitlistPosition: number | null;
}

/** The 1-based waitlist place of registration `r`: the one definition every query uses. */
export const WAITLIST_POSITION = `(SELECT count(*)::int FROM registration w
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

  /**
   * A seat while seats are left, otherwise the next waitlist place, and its outbox row: one statement
   * in its own transaction, so the session row's lock is held only inside PostgreSQL (no round trip
   * to this process while others wait for it). Never call it inside another transaction.
   */
  async takeSeatOrWaitlist(sessionId: string, personId: string, mail: EnrolmentMail): Promise<EnrolmentChange> {
    // A named statement on the pool, past TypeORM's query runner: it is its own transaction anyway,
    // and a join storm sends it hundreds of times a second.
    const rows = await queryPrepared<EnrolmentRow>(this.registrations.manager.connection, `SELECT * FROM session_join($1, $2, $3, $4, $5, $6)`, [
      sessionId,
      personId,
      mail.queue,
      mail.jobName,
      mail.kinds[0],
      mail.kinds[1],
    ]);
    return this.toChange(rows, sessionId, personId);
  }

  /** Leaves the seat or place; a freed seat goes to the first waitlisted. One statement, as takeSeatOrWaitlist. */
  async leaveAndPromote(sessionId: string, personId: string, mail: EnrolmentMail, manager?: EntityManager): Promise<EnrolmentChange> {
    const text = `SELECT * FROM session_leave($1, $2, $3, $4, $5, $6)`;
    const values = [sessionId, personId, mail.queue, mail.jobName, mail.kinds[0], mail.kinds[1]];
    // In the caller's transaction when given one: a calendar decline leaves in the same commit as its record.
    const rows: EnrolmentRow[] = manager
      ? await manager.query(text, values)
      : await queryPrepared<EnrolmentRow>(this.registrations.manager.connection, text, values);
    return this.toChange(rows, sessionId, personId);
  }

  private toChange(rows: EnrolmentRow[], sessionId: string, personId: string): EnrolmentChange {
    const [first] = rows;
    const sessions = this.registrations.manager.connection.getMetadata(SessionEntity);
    return {
      outcome: first.outcome,
      sessionStatus: first.session_status,
      registration:
        first.registration_id === null
          ? null
          : {
              id: first.registration_id,
              sessionId,
              personId,
              status: first.outcome === 'LEFT' ? RegistrationStatus.LEFT : first.registration_status!,
              arrival: String(first.arrival),
              createdAt: first.registration_created_at!,
            },
      waitlistPosition: first.waitlist_position,
      session: first.session_json === null ? null : fromJson<SessionEntity>(sessions, first.session_json),
      messages: rows.flatMap((row) =>
        row.outbox_id === null
          ? []
          : [{ id: String(row.outbox_id), queue: row.outbox_queue!, jobName: row.outbox_job_name!, dueAt: row.outbox_due_at!, createdAt: row.outbox_created_at! }],
      ),
    };
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

  /**
   * For a batch of mails: each person's latest registration status for the session (whatever it is)
   * and, when that one is on the waitlist, its place; people without a registration are left out.
   */
  async latestStatuses(
    manager: EntityManager,
    sessionId: string,
    personIds: readonly string[],
  ): Promise<Map<string, { status: RegistrationStatus; waitlistPosition: number | null }>> {
    if (personIds.length === 0) return new Map();
    const rows: { person_id: string; status: RegistrationStatus; position: number | null }[] = await manager.query(
      `SELECT DISTINCT ON (r.person_id) r.person_id, r.status,
              CASE WHEN r.status = 'WAITLISTED' THEN ${WAITLIST_POSITION} END AS position
       FROM registration r WHERE r.session_id = $1 AND r.person_id = ANY($2::uuid[])
       ORDER BY r.person_id, r.arrival DESC`,
      [sessionId, personIds],
    );
    return new Map(rows.map((row) => [row.person_id, { status: row.status, waitlistPosition: row.position }]));
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

