import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { containsPattern } from '@kennis/database';
import { Brackets, EntityManager, In, Repository } from 'typeorm';
import { SessionEntity, SessionFormat, SessionStatus } from '../entities/session.entity';

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

  /** The session row, locked until the transaction ends: every change to a session goes through here. */
  lockForUpdate(manager: EntityManager, id: string): Promise<SessionEntity | null> {
    return manager.getRepository(SessionEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async insertSession(manager: EntityManager, session: NewSession): Promise<SessionEntity> {
    const repository = manager.getRepository(SessionEntity);
    return repository.save(repository.create({ ...session, status: SessionStatus.PROPOSED }));
  }

  async updateSession(manager: EntityManager, id: string, changes: SessionChanges): Promise<void> {
    await manager.getRepository(SessionEntity).update({ id }, { ...changes, updatedAt: () => 'now()' } as never);
  }

  /** One page of sessions with a start time, ordered by (startsAt, id), after the cursor. */
  findUpcoming(filter: UpcomingSessionFilter, limit: number, after: SessionCursor | null): Promise<SessionEntity[]> {
    const query = this.sessions
      .createQueryBuilder('session')
      .where('session.status IN (:...statuses)', { statuses: filter.statuses })
      .andWhere('session.starts_at >= :from', { from: filter.from })
      .orderBy('session.starts_at', 'ASC')
      .addOrderBy('session.id', 'ASC')
      .limit(limit);
    if (filter.to) query.andWhere('session.starts_at < :to', { to: filter.to });
    if (filter.formats.length) query.andWhere('session.format IN (:...formats)', { formats: filter.formats });
    if (filter.languages.length) query.andWhere('session.language IN (:...languages)', { languages: filter.languages });
    if (filter.site) {
      query.andWhere('EXISTS (SELECT 1 FROM room WHERE room.id = session.room_id AND room.site = :site)', {
        site: filter.site,
      });
    }
    if (filter.skillNormalizedName) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM session_skill JOIN skill ON skill.id = session_skill.skill_id
           WHERE session_skill.session_id = session.id AND skill.normalized_name = :skill)`,
        { skill: filter.skillNormalizedName },
      );
    }
    if (filter.text) {
      query.andWhere(
        new Brackets((text) =>
          text
            .where('session.title ILIKE :pattern', { pattern: containsPattern(filter.text!) })
            .orWhere('session.description ILIKE :pattern'),
        ),
      );
    }
    if (after) {
      query.andWhere('(session.starts_at, session.id) > (:afterStartsAt, :afterId)', {
        afterStartsAt: after.startsAt,
        afterId: after.id,
      });
    }
    return query.getMany();
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
}
