import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { containsPattern, queryPrepared } from '@kennis/database';
import { Brackets, EntityManager, In, Repository } from 'typeorm';
import { PersonEntity } from '@kennis/people';
import { RoomEntity, type RoomClashRow } from '@kennis/rooms';
import { SessionEntity, SessionFormat, SessionStatus } from '../entities/session.entity';
import { columnsAsPropertiesSql, fromJsonArray, jsonArraySql, propertiesFrom } from './json-row';

export type NewSession = Pick<
  SessionEntity,
  'title' | 'description' | 'format' | 'level' | 'language' | 'capacity' | 'durationMinutes' | 'onlineUrl' | 'proposedById'
>;
export type SessionChanges = Partial<Omit<SessionEntity, 'id' | 'createdAt' | 'room' | 'roomBooking' | 'proposedBy'>>;

export interface UpcomingSessionFilter {
  statuses: SessionStatus[];
  from: Date;
  to: Date | null;
  formats: SessionFormat[];
  languages: string[];
  site: string | null;
  skillNormalizedName: string | null;
  text: string | null;
}

/** What the session list reads of a host: what the Person type shows, not the sign-in and feed columns. */
export const PAGE_HOST_PROPERTIES = [
  'id', 'email', 'name', 'department', 'site', 'timeZone', 'language', 'jobTitle', 'managerId', 'roles', 'workingHours', 'meetingUrl',
] as const satisfies readonly (keyof PersonEntity)[];
export type PageHost = Pick<PersonEntity, (typeof PAGE_HOST_PROPERTIES)[number]>;

export interface UpcomingSessionRow {
  session: SessionEntity;
  hosts: PageHost[];
  room: RoomEntity | null;
}

export interface SessionCursor {
  startsAt: Date;
  id: string;
}

@Injectable()
export class SessionRepository {
  constructor(@InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>) {}

  findById(id: string): Promise<SessionEntity | null> {
    return this.sessions.findOneBy({ id });
  }

  /** The session as the caller's transaction sees it, without a lock. */
  findInTransaction(manager: EntityManager, id: string): Promise<SessionEntity | null> {
    return manager.getRepository(SessionEntity).findOneBy({ id });
  }

  /**
   * The clash that scheduling the session into the room at `startsAt` would meet, read outside any
   * transaction by session_schedule_clash (migration 1766640000000), with the session's seats and end for
   * the room's rules; null when only the scheduling transaction can tell (PROCEED).
   */
  async findScheduleClash(
    manager: EntityManager,
    sessionId: string,
    personId: string,
    isAdmin: boolean,
    roomId: string,
    startsAt: Date,
  ): Promise<(RoomClashRow & { seats: number; ends_at: Date }) | null> {
    const rows: (RoomClashRow & { outcome: 'CLASH' | 'PROCEED'; seats: number; ends_at: Date })[] = await manager.query(
      `SELECT * FROM session_schedule_clash($1, $2, $3, $4, $5)`,
      [sessionId, personId, isAdmin, roomId, startsAt],
    );
    return rows[0].outcome === 'CLASH' ? rows[0] : null;
  }

  /** The session row, locked until the transaction ends: every change to a session goes through here. */
  lockForUpdate(manager: EntityManager, id: string): Promise<SessionEntity | null> {
    return manager.getRepository(SessionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Sessions held in a room that waits for a facility manager's approval, oldest request first. */
  findAwaitingRoomApproval(): Promise<SessionEntity[]> {
    return this.sessions
      .createQueryBuilder('session')
      .where('session.room_approval_requested_at IS NOT NULL')
      .orderBy('session.room_approval_requested_at', 'ASC')
      .limit(500)
      .getMany();
  }

  async insertSession(manager: EntityManager, session: NewSession): Promise<SessionEntity> {
    const repository = manager.getRepository(SessionEntity);
    return repository.save(repository.create({ ...session, status: SessionStatus.PROPOSED }));
  }

  async updateSession(manager: EntityManager, id: string, changes: SessionChanges): Promise<void> {
    await manager.getRepository(SessionEntity).update({ id }, { ...changes, updatedAt: () => 'now()' } as never);
  }

  /**
   * One page of sessions with a start time, ordered by (startsAt, id), after the cursor, each with its
   * hosts and its room, in one statement: the session list is the page everyone opens, and each
   * statement costs a round trip (a socket write and a wake-up) on top of its work. Columns are read
   * by their entity's metadata, so a new column shows up here without a change.
   * The page is cut first and its hosts are joined once for the whole page (not a subquery per row),
   * and rows become json, not jsonb: both cost PostgreSQL about a third of the per-row to_jsonb form.
   */
  async findUpcoming(filter: UpcomingSessionFilter, limit: number, after: SessionCursor | null): Promise<UpcomingSessionRow[]> {
    const values: unknown[] = [];
    const value = (item: unknown) => `$${values.push(item)}`;
    const where = [`s.status = ANY(${value(filter.statuses)}::varchar[])`, `s.starts_at >= ${value(filter.from)}`];
    if (filter.to) where.push(`s.starts_at < ${value(filter.to)}`);
    if (filter.formats.length) where.push(`s.format = ANY(${value(filter.formats)}::varchar[])`);
    if (filter.languages.length) where.push(`s.language = ANY(${value(filter.languages)}::varchar[])`);
    if (filter.site) where.push(`EXISTS (SELECT 1 FROM room WHERE room.id = s.room_id AND room.site = ${value(filter.site)})`);
    if (filter.skillNormalizedName) {
      where.push(`EXISTS (SELECT 1 FROM session_skill JOIN skill ON skill.id = session_skill.skill_id
        WHERE session_skill.session_id = s.id AND skill.normalized_name = ${value(filter.skillNormalizedName)})`);
    }
    if (filter.text) {
      const pattern = value(containsPattern(filter.text));
      where.push(`(s.title ILIKE ${pattern} OR s.description ILIKE ${pattern})`);
    }
    if (after) where.push(`(s.starts_at, s.id) > (${value(after.startsAt)}, ${value(after.id)})`);
    const connection = this.sessions.manager.connection;
    const sessions = connection.getMetadata(SessionEntity);
    const people = connection.getMetadata(PersonEntity);
    const rooms = connection.getMetadata(RoomEntity);
    const rows: (Record<string, unknown> & { hosts_json: unknown[][] | null; room_json: unknown[] | null })[] =
      await queryPrepared(
        connection,
        `WITH page AS MATERIALIZED (
           SELECT ${columnsAsPropertiesSql(sessions, 's')} FROM session s
           WHERE ${where.join(' AND ')}
           ORDER BY s.starts_at ASC, s.id ASC
           LIMIT ${value(limit)}
         ), hosts AS (
           SELECT h.session_id, json_agg(${jsonArraySql(people, 'p', PAGE_HOST_PROPERTIES)}) AS hosts_json
           FROM page JOIN session_host h ON h.session_id = page."id" JOIN person p ON p.id = h.person_id
           GROUP BY h.session_id
         )
         SELECT page.*, hosts.hosts_json, CASE WHEN r.id IS NULL THEN NULL ELSE ${jsonArraySql(rooms, 'r')} END AS room_json
         FROM page LEFT JOIN hosts ON hosts.session_id = page."id" LEFT JOIN room r ON r.id = page."roomId"
         ORDER BY page."startsAt" ASC, page."id" ASC`,
        values,
      );
    return rows.map((row) => ({
      session: propertiesFrom<SessionEntity>(sessions, row),
      // The order the hosts loader gives: by name as JavaScript collates, not as the database does.
      hosts: (row.hosts_json ?? [])
        .map((values) => fromJsonArray<PageHost>(people, PAGE_HOST_PROPERTIES, values))
        .sort((a, b) => a.name.localeCompare(b.name)),
      room: row.room_json === null ? null : fromJsonArray<RoomEntity>(rooms, undefined, row.room_json),
    }));
  }

  /** Proposals, most wanted first. */
  findProposals(limit: number): Promise<SessionEntity[]> {
    return this.sessions
      .createQueryBuilder('session')
      .where('session.status = :status', { status: SessionStatus.PROPOSED })
      .orderBy('(SELECT count(*) FROM session_interest interest WHERE interest.session_id = session.id)', 'DESC')
      .addOrderBy('session.created_at', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** What goes in a person's calendar feed: sessions with a time that they host or hold a seat in, from `since` on. */
  findForCalendarFeed(personId: string, since: Date): Promise<SessionEntity[]> {
    return this.sessions
      .createQueryBuilder('session')
      .where('session.starts_at >= :since', { since })
      .andWhere(
        new Brackets((mine) =>
          mine
            .where('EXISTS (SELECT 1 FROM session_host host WHERE host.session_id = session.id AND host.person_id = :personId)')
            .orWhere(
              `EXISTS (SELECT 1 FROM registration WHERE registration.session_id = session.id
                 AND registration.person_id = :personId AND registration.status = 'SEATED')`,
            ),
        ),
        { personId },
      )
      .orderBy('session.starts_at')
      .limit(1000)
      .getMany();
  }

  /** Sessions the person hosts or holds a seat or waitlist place in, soonest first. */
  findForPerson(personId: string, includePast: boolean, now: Date): Promise<SessionEntity[]> {
    const query = this.sessions
      .createQueryBuilder('session')
      .where(
        new Brackets((mine) =>
          mine
            .where('EXISTS (SELECT 1 FROM session_host host WHERE host.session_id = session.id AND host.person_id = :personId)')
            .orWhere(
              `EXISTS (SELECT 1 FROM registration WHERE registration.session_id = session.id
                 AND registration.person_id = :personId AND registration.status <> 'LEFT')`,
            ),
        ),
        { personId },
      )
      .orderBy('session.starts_at', 'ASC', 'NULLS LAST')
      .addOrderBy('session.id');
    if (!includePast) query.andWhere('(session.ends_at IS NULL OR session.ends_at >= :now)', { now });
    return query.getMany();
  }

  /**
   * When these people are busy with scheduled sessions they host or hold a seat in, overlapping [from, to);
   * read in the caller's transaction, beside its locks and its other reads.
   */
  async findBusyPeriods(manager: EntityManager, personIds: readonly string[], from: Date, to: Date): Promise<{ startsAt: Date; endsAt: Date }[]> {
    const rows: { starts_at: Date; ends_at: Date }[] = await manager.query(
      `SELECT s.starts_at, s.ends_at FROM session s
       WHERE s.status = 'SCHEDULED' AND s.starts_at < $3 AND s.ends_at > $2
         AND (EXISTS (SELECT 1 FROM session_host h WHERE h.session_id = s.id AND h.person_id = ANY($1::uuid[]))
           OR EXISTS (SELECT 1 FROM registration r WHERE r.session_id = s.id AND r.status = 'SEATED' AND r.person_id = ANY($1::uuid[])))
       ORDER BY s.starts_at`,
      [personIds, from, to],
    );
    return rows.map((row) => ({ startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) }));
  }
}
