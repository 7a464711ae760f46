import type { PersonEntity } from '@kennis/people';
import type { FacilityTeamEntity, RoomEntity } from '@kennis/rooms';
import type { RegistrationStatus } from '../entities/registration.entity';
import type { SessionEntity } from '../entities/session.entity';

/** Who the mail is for, as the database holds them at send time. */
export type SessionMailAddressee =
  | { kind: 'person'; person: PersonEntity | null; registrationStatus: RegistrationStatus | null; waitlistPosition: number | null }
  | { kind: 'room'; room: RoomEntity | null }
  | { kind: 'facility'; team: FacilityTeamEntity | null; requested: boolean; note?: string | null };

/** Everything a session mail is made of, loaded in the delivery's transaction; the rules below are pure. */
export interface SessionMailSnapshot {
  session: SessionEntity | null;
  /** Sorted by name, then id: the first one is the organizer. */
  hosts: PersonEntity[];
  /** The session's current room. */
  room: RoomEntity | null;
  addressee: SessionMailAddressee;
  /** The room the session had before the move the mail is about (payload.previous), when it had one. */
  previousRoom?: RoomEntity | null;
}
