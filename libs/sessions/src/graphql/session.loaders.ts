import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { PeopleLoaders, PersonEntity, SkillEntity } from '@kennis/people';
import { type FacilityTeamEntity, RoomEntity, RoomsService } from '@kennis/rooms';
import { FacilityRequestStatusValue } from './session.model';
import { type RegistrationWithPosition } from '../repositories/registration.repository';
import { SessionFacilityService } from '../services/session-facility.service';
import { type SessionPage, SessionQueryService } from '../services/session-query.service';
import type { PageHost } from '../repositories/session.repository';

export interface SessionRequestLoaders {
  hosts: DataLoader<string, PersonEntity[]>;
  room: DataLoader<string, RoomEntity | null>;
  skills: DataLoader<string, SkillEntity[]>;
  waitlistLength: DataLoader<string, number>;
  interestCount: DataLoader<string, number>;
  myRegistration: DataLoader<string, RegistrationWithPosition | null>;
  facilityRequests: DataLoader<string, { id: string; team: FacilityTeamEntity; note: string; status: FacilityRequestStatusValue; decisionReason: string | null }[]>;
  /** What a page read with its own statement, answered without a promise (see hostsOf and roomOf). */
  primedHosts: Map<string, PageHost[]>;
  primedRooms: Map<string, RoomEntity>;
}

/** One query per field for a whole page of sessions, whatever its size (no N+1). */
@Injectable()
export class SessionLoaders {
  private readonly byRequest = new WeakMap<object, SessionRequestLoaders>();

  constructor(
    private readonly queries: SessionQueryService,
    private readonly rooms: RoomsService,
    private readonly peopleLoaders: PeopleLoaders,
    private readonly facilities: SessionFacilityService,
  ) {}

  forRequest(context: object, actorPersonId: string): SessionRequestLoaders {
    let loaders = this.byRequest.get(context);
    if (!loaders) {
      loaders = this.create(context, actorPersonId);
      this.byRequest.set(context, loaders);
    }
    return loaders;
  }

  /** What the upcoming page read in its own statement, so that hosts and room cost no query of their own. */
  prime(context: object, actorPersonId: string, page: Pick<SessionPage, 'hostsBySession' | 'rooms'>): void {
    const loaders = this.forRequest(context, actorPersonId);
    // Not into the people loader: a page host holds only what the Person type shows (PageHost).
    for (const [sessionId, hosts] of page.hostsBySession) loaders.primedHosts.set(sessionId, hosts);
    for (const room of page.rooms) loaders.primedRooms.set(room.id, room);
  }

  /**
   * A session's hosts: a plain value when the page primed them, so GraphQL completes the whole list
   * without a promise per field and per session (a tenth of the session list's CPU), else batched.
   */
  hostsOf(context: object, actorPersonId: string, sessionId: string): PageHost[] | Promise<PageHost[]> {
    const loaders = this.forRequest(context, actorPersonId);
    return loaders.primedHosts.get(sessionId) ?? loaders.hosts.load(sessionId);
  }

  /** A room, a plain value when primed (see hostsOf). */
  roomOf(context: object, actorPersonId: string, roomId: string): RoomEntity | null | Promise<RoomEntity | null> {
    const loaders = this.forRequest(context, actorPersonId);
    return loaders.primedRooms.get(roomId) ?? loaders.room.load(roomId);
  }

  people(context: object) {
    return this.peopleLoaders.forRequest(context);
  }

  private create(context: object, actorPersonId: string): SessionRequestLoaders {
    const people = this.peopleLoaders.forRequest(context);
    return {
      primedHosts: new Map(),
      primedRooms: new Map(),
      hosts: new DataLoader(async (sessionIds) => {
        const hosts = await this.queries.hostsOfSessions(sessionIds);
        const persons = await people.person.loadMany([...new Set(hosts.map((host) => host.personId))]);
        const byId = new Map(
          persons.filter((p): p is PersonEntity => p !== null && !(p instanceof Error)).map((p) => [p.id, p]),
        );
        return sessionIds.map((id) =>
          hosts
            .filter((host) => host.sessionId === id)
            .map((host) => byId.get(host.personId))
            .filter((person): person is PersonEntity => person !== undefined)
            .sort((a, b) => a.name.localeCompare(b.name)),
        );
      }),
      room: new DataLoader(async (roomIds) => {
        const byId = new Map((await this.rooms.findRooms(roomIds)).map((room) => [room.id, room]));
        return roomIds.map((id) => byId.get(id) ?? null);
      }),
      skills: new DataLoader(async (sessionIds) => {
        const rows = await this.queries.skillsOfSessions(sessionIds);
        return sessionIds.map((id) => rows.filter((row) => row.sessionId === id).map((row) => row.skill!));
      }),
      waitlistLength: new DataLoader(async (sessionIds) => {
        const counts = await this.queries.countWaitlisted(sessionIds);
        return sessionIds.map((id) => counts.get(id) ?? 0);
      }),
      interestCount: new DataLoader(async (sessionIds) => {
        const counts = await this.queries.countInterest(sessionIds);
        return sessionIds.map((id) => counts.get(id) ?? 0);
      }),
      facilityRequests: new DataLoader(async (sessionIds) => {
        const requests = await this.facilities.findRequestsOfSessions(sessionIds);
        const teams = new Map(
          (await this.rooms.findFacilityTeams([...new Set(requests.map((r) => r.facilityTeamId))])).map((team) => [team.id, team]),
        );
        return sessionIds.map((id) =>
          requests
            .filter((request) => request.sessionId === id && teams.has(request.facilityTeamId))
            .map((request) => ({ id: request.id, team: teams.get(request.facilityTeamId)!, note: request.note, status: request.status as FacilityRequestStatusValue, decisionReason: request.decisionReason })),
        );
      }),
      myRegistration: new DataLoader(async (sessionIds) => {
        const mine = await this.queries.myRegistrations(sessionIds, actorPersonId);
        return sessionIds.map((id) => mine.find((registration) => registration.sessionId === id) ?? null);
      }),
    };
  }
}
