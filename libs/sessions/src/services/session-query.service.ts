import { Injectable } from '@nestjs/common';
import { type Actor } from '@kennis/auth';
import { BadUserInputError } from '@kennis/errors';
import { normalizeSkillName, type PersonEntity } from '@kennis/people';
import type { RoomEntity } from '@kennis/rooms';
import type { EntityManager } from 'typeorm';
import { SessionEntity, SessionFormat, SessionStatus } from '../entities/session.entity';
import { RegistrationRepository, type RegistrationWithPosition } from '../repositories/registration.repository';
import { SessionMembershipRepository } from '../repositories/session-membership.repository';
import { type PageHost, type SessionCursor, SessionRepository } from '../repositories/session.repository';
import { SessionAccess } from './session-access';

export interface UpcomingSessionsQuery {
  statuses: SessionStatus[];
  from: Date | null;
  to: Date | null;
  formats: SessionFormat[];
  languages: string[];
  site: string | null;
  skill: string | null;
  text: string | null;
  first: number;
  after: string | null;
}

export interface SessionPage {
  sessions: SessionEntity[];
  hasNextPage: boolean;
  /** Read with the page in the same statement: the GraphQL loaders start from these. */
  hostsBySession: Map<string, PageHost[]>;
  rooms: RoomEntity[];
}

export function encodeSessionCursor(session: Pick<SessionEntity, 'startsAt' | 'id'>): string {
  return Buffer.from(`${session.startsAt!.toISOString()}|${session.id}`, 'utf8').toString('base64url');
}

export function decodeSessionCursor(cursor: string): SessionCursor {
  const [startsAt, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = new Date(startsAt ?? '');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(date.getTime())) {
    throw new BadUserInputError('after', 'after must be a cursor returned by this query (pageInfo.endCursor).');
  }
  return { startsAt: date, id };
}

/** Reading sessions: lists, one session, who comes, and the batches behind the GraphQL fields. */
@Injectable()
export class SessionQueryService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly membership: SessionMembershipRepository,
    private readonly registrations: RegistrationRepository,
    private readonly access: SessionAccess,
  ) {}

  getSession(id: string): Promise<SessionEntity> {
    return this.access.assertExists(id);
  }

  async upcoming(query: UpcomingSessionsQuery, now: Date): Promise<SessionPage> {
    const statuses = query.statuses.length ? query.statuses : [SessionStatus.SCHEDULED];
    if (statuses.includes(SessionStatus.PROPOSED)) {
      throw new BadUserInputError('statuses', 'Proposals have no time yet: list them with the proposals query.');
    }
    const rows = await this.sessions.findUpcoming(
      {
        statuses,
        from: query.from ?? now,
        to: query.to,
        formats: query.formats,
        languages: query.languages,
        site: query.site,
        skillNormalizedName: query.skill ? normalizeSkillName(query.skill) : null,
        text: query.text,
      },
      query.first + 1,
      query.after ? decodeSessionCursor(query.after) : null,
    );
    const page = rows.slice(0, query.first);
    const sessions = page.map((row) => row.session);
    return {
      sessions,
      hasNextPage: rows.length > query.first,
      hostsBySession: new Map(page.map((row) => [row.session.id, row.hosts])),
      rooms: page.flatMap((row) => (row.room ? [row.room] : [])),
    };
  }

  proposals(limit: number): Promise<SessionEntity[]> {
    return this.sessions.findProposals(limit);
  }

  /**
   * For other libraries planning around people inside their own transaction (the mentoring planner):
   * the sessions these people host or sit in, as busy periods, read through the caller's EntityManager.
   */
  busyPeriodsOf(manager: EntityManager, personIds: readonly string[], from: Date, to: Date): Promise<{ startsAt: Date; endsAt: Date }[]> {
    return this.sessions.findBusyPeriods(manager, personIds, from, to);
  }

  mine(actor: Actor, includePast: boolean, now: Date): Promise<SessionEntity[]> {
    return this.sessions.findForPerson(actor.personId, includePast, now);
  }

  /** Who comes, for hosts and admins. */
  async attendees(actor: Actor, sessionId: string): Promise<RegistrationWithPosition[]> {
    await this.access.assertHostOrAdmin(actor, sessionId, 'see who comes');
    return this.registrations.findAttendees(sessionId);
  }

  hostsOfSessions(sessionIds: readonly string[]) {
    return this.membership.findHostsOfSessions(sessionIds);
  }

  skillsOfSessions(sessionIds: readonly string[]) {
    return this.membership.findSkillsOfSessions(sessionIds);
  }

  countInterest(sessionIds: readonly string[]) {
    return this.membership.countInterestOfSessions(sessionIds);
  }

  countWaitlisted(sessionIds: readonly string[]) {
    return this.registrations.countWaitlistedOfSessions(sessionIds);
  }

  myRegistrations(sessionIds: readonly string[], personId: string) {
    return this.registrations.findMineInSessions(sessionIds, personId);
  }
}
