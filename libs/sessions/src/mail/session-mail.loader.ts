import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PeopleService } from '@kennis/people';
import { type RoomEntity, RoomsService } from '@kennis/rooms';
import type { SessionMailPayload } from '../jobs/sessions.jobs';
import { RegistrationRepository } from '../repositories/registration.repository';
import { SessionFacilityRequestRepository } from '../repositories/session-facility-request.repository';
import { SessionMailRepository } from '../repositories/session-mail.repository';
import type { SessionMailAddressee, SessionMailSnapshot } from './session-mail.snapshot';

/**
 * Loads what a session mail is made of, the session's own rows in the delivery's transaction; the hosts,
 * the room and a person addressee are read with the session (SessionMailRepository, as the session list
 * reads its hosts and room), a batch's people, a previous room and the teams through their libraries' services.
 */
@Injectable()
export class SessionMailLoader {
  constructor(
    private readonly mails: SessionMailRepository,
    private readonly facilityRequests: SessionFacilityRequestRepository,
    private readonly registrations: RegistrationRepository,
    private readonly people: PeopleService,
    private readonly rooms: RoomsService,
  ) {}

  /** One mail: the session, its hosts, its room and a person addressee with their registration come in one statement. */
  async load(manager: EntityManager, payload: SessionMailPayload): Promise<SessionMailSnapshot> {
    const rows = await this.mails.findForMail(manager, payload.sessionId, 'personId' in payload ? payload.personId : null);
    if (!rows) return { session: null, hosts: [], room: null, addressee: { kind: 'room', room: null } };
    const { session, hosts, room } = rows;
    const addressee: SessionMailAddressee =
      'personId' in payload
        ? { kind: 'person', person: rows.person, registrationStatus: rows.registrationStatus, waitlistPosition: rows.waitlistPosition }
        : await this.addressee(manager, payload);
    return { session, hosts, room, addressee, previousRoom: await this.previousRoom(payload, room) };
  }

  /**
   * The snapshots of a batch of mails, in the payloads' order, with one read per session (the session
   * with its hosts and its room), one for all the people and one for their registrations, instead of
   * six statements per mail. Each snapshot is what load() would return for its payload.
   */
  async loadBatch(manager: EntityManager, payloads: readonly SessionMailPayload[]): Promise<SessionMailSnapshot[]> {
    const personIds = [...new Set(payloads.flatMap((payload) => ('personId' in payload ? [payload.personId] : [])))];
    const people = new Map((await this.people.findPeople(personIds)).map((person) => [person.id, person]));
    const bySession = new Map<string, SessionMailPayload[]>();
    for (const payload of payloads) bySession.set(payload.sessionId, [...(bySession.get(payload.sessionId) ?? []), payload]);
    const snapshots = new Map<SessionMailPayload, SessionMailSnapshot>();
    // The update of a move goes to everyone in the session: the room it left is read once per batch, not per mail.
    const previousRooms = new Map<string, Promise<RoomEntity | null>>();
    for (const [sessionId, ofSession] of bySession) {
      const rows = await this.mails.findForMail(manager, sessionId, null);
      if (!rows) {
        for (const payload of ofSession) snapshots.set(payload, { session: null, hosts: [], room: null, addressee: { kind: 'room', room: null } });
        continue;
      }
      const { session, hosts, room } = rows;
      const registered = await this.registrations.latestStatuses(
        manager,
        sessionId,
        ofSession.flatMap((payload) => ('personId' in payload && people.has(payload.personId) ? [payload.personId] : [])),
      );
      for (const payload of ofSession) {
        let addressee: SessionMailAddressee;
        if ('personId' in payload) {
          const person = people.get(payload.personId) ?? null;
          const registration = registered.get(payload.personId);
          addressee = { kind: 'person', person, registrationStatus: registration?.status ?? null, waitlistPosition: registration?.waitlistPosition ?? null };
        } else {
          addressee = await this.addressee(manager, payload);
        }
        snapshots.set(payload, { session, hosts, room, addressee, previousRoom: await this.previousRoom(payload, room, previousRooms) });
      }
    }
    return payloads.map((payload) => snapshots.get(payload)!);
  }

  /** The room before the move; most updates keep the room, so the current one is reused without a read. */
  private async previousRoom(
    payload: SessionMailPayload,
    room: RoomEntity | null,
    cache = new Map<string, Promise<RoomEntity | null>>(),
  ): Promise<RoomEntity | null> {
    const roomId = payload.previous?.roomId;
    if (!roomId) return null;
    if (room?.id === roomId) return room;
    let previous = cache.get(roomId);
    if (!previous) {
      previous = this.rooms.findRooms([roomId]).then(([found]) => found ?? null);
      cache.set(roomId, previous);
    }
    return previous;
  }

  /** A room's or a facility team's mail: a person's comes with the session's rows (findForMail, latestStatuses). */
  private async addressee(
    manager: EntityManager,
    payload: Exclude<SessionMailPayload, { personId: string }>,
  ): Promise<SessionMailAddressee> {
    if ('facilityTeamId' in payload) {
      const [team] = await this.rooms.findFacilityTeams([payload.facilityTeamId]);
      const note = await this.facilityRequests.findNote(manager, payload.sessionId, payload.facilityTeamId);
      return { kind: 'facility', team: team ?? null, requested: note !== null, note };
    }
    const [room] = await this.rooms.findRooms([payload.roomId]);
    return { kind: 'room', room: room ?? null };
  }
}
