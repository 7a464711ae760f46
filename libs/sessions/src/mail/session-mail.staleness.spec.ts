import type { PersonEntity } from '@kennis/people';
import type { FacilityTeamEntity, RoomEntity } from '@kennis/rooms';
import { RegistrationStatus } from '../entities/registration.entity';
import { type SessionEntity, SessionStatus } from '../entities/session.entity';
import { SessionMailKind, type SessionMailPayload } from '../jobs/sessions.jobs';
import type { SessionMailAddressee, SessionMailSnapshot } from './session-mail.snapshot';
import { sessionMailStaleness } from './session-mail.staleness';

const host = { id: 'host-1', name: 'Hanna Host', email: 'hanna@example.org' } as PersonEntity;
const piet = { id: 'piet-1', name: 'Piet', email: 'piet@example.org' } as PersonEntity;
const roomA = { id: 'room-a', site: 'Utrecht', name: 'Ada', resourceMailbox: 'ada@rooms.example.org' } as RoomEntity;
const roomB = { id: 'room-b', site: 'Utrecht', name: 'Bob', resourceMailbox: 'bob@rooms.example.org' } as RoomEntity;
const catering = { id: 'team-1', name: 'Catering', mailbox: 'catering@example.org' } as FacilityTeamEntity;

function session(overrides: Partial<SessionEntity> = {}): SessionEntity {
  return {
    id: 'session-1',
    status: SessionStatus.SCHEDULED,
    calendarSequence: 2,
    roomId: roomA.id,
    startsAt: new Date('2026-03-10T09:00:00Z'),
    endsAt: new Date('2026-03-10T10:00:00Z'),
    ...overrides,
  } as SessionEntity;
}

function person(status: RegistrationStatus | null, who: PersonEntity | null = piet): SessionMailAddressee {
  return { kind: 'person', person: who, registrationStatus: status, waitlistPosition: status === RegistrationStatus.WAITLISTED ? 1 : null };
}

function snapshot(addressee: SessionMailAddressee, overrides: Partial<SessionMailSnapshot> = {}): SessionMailSnapshot {
  return { session: session(), hosts: [host], room: roomA, addressee, ...overrides };
}

const to = (kind: SessionMailKind, sequence = 2): SessionMailPayload => ({ kind, sessionId: 'session-1', sequence, personId: piet.id });
const toRoom = (kind: SessionMailKind, roomId: string): SessionMailPayload => ({ kind, sessionId: 'session-1', sequence: 2, roomId });
const toTeam = (kind: SessionMailKind): SessionMailPayload => ({ kind, sessionId: 'session-1', sequence: 2, facilityTeamId: catering.id });

describe('sessionMailStaleness: a mail goes out only while its reason holds', () => {
  it.each<[string, SessionMailPayload, SessionMailSnapshot, string | null]>([
    ['an invite to a seated person', to(SessionMailKind.Invite), snapshot(person(RegistrationStatus.SEATED)), null],
    ['an invite to a host without a registration', to(SessionMailKind.Invite), snapshot(person(null, host)), null],
    ['an invite to someone who left again', to(SessionMailKind.Invite), snapshot(person(RegistrationStatus.LEFT)), 'the person is no longer in this scheduled session'],
    ['an update of a cancelled session', to(SessionMailKind.Update), snapshot(person(RegistrationStatus.SEATED), { session: session({ status: SessionStatus.CANCELLED }) }), 'the person is no longer in this scheduled session'],
    ['a seat for someone who left', to(SessionMailKind.SeatGranted), snapshot(person(RegistrationStatus.LEFT)), 'the person is no longer in this scheduled session'],
    ['a reminder of the current schedule', to(SessionMailKind.Reminder, 2), snapshot(person(RegistrationStatus.SEATED)), null],
    ['a reminder planned before the session moved', to(SessionMailKind.Reminder, 1), snapshot(person(RegistrationStatus.SEATED)), 'the session moved after this reminder was planned'],
    ['a waitlist mail to someone still waiting', to(SessionMailKind.Waitlisted), snapshot(person(RegistrationStatus.WAITLISTED)), null],
    ['a waitlist mail to someone who got a seat since', to(SessionMailKind.Waitlisted), snapshot(person(RegistrationStatus.SEATED)), 'the person is no longer waiting'],
    ['a left mail to someone who stays out', to(SessionMailKind.Left), snapshot(person(RegistrationStatus.LEFT)), null],
    ['a left mail to someone who joined again', to(SessionMailKind.Left), snapshot(person(RegistrationStatus.SEATED)), 'the person joined again'],
    ['a cancellation of a cancelled session', to(SessionMailKind.Cancellation), snapshot(person(RegistrationStatus.SEATED), { session: session({ status: SessionStatus.CANCELLED }) }), null],
    ['a cancellation of a session that is on again', to(SessionMailKind.Cancellation), snapshot(person(RegistrationStatus.SEATED)), 'the session is not cancelled'],
    ['a mail to a person who no longer exists', to(SessionMailKind.Invite), snapshot(person(null, null)), 'the person no longer exists'],
    ['a mail about a session that is gone', to(SessionMailKind.Invite), snapshot(person(RegistrationStatus.SEATED), { session: null }), 'the session no longer exists'],
    ['a mail about a session without hosts', to(SessionMailKind.Invite), snapshot(person(RegistrationStatus.SEATED), { hosts: [] }), 'the session has no hosts'],
    ['a mail about a session without a time', to(SessionMailKind.Invite), snapshot(person(RegistrationStatus.SEATED), { session: session({ startsAt: null }) }), 'the session has no time'],
    ['an invite to the current room', toRoom(SessionMailKind.Invite, roomA.id), snapshot({ kind: 'room', room: roomA }), null],
    ['an invite to a room the session left', toRoom(SessionMailKind.Invite, roomB.id), snapshot({ kind: 'room', room: roomB }), 'the room booking changed since'],
    ['a cancellation to the room the session left', toRoom(SessionMailKind.Cancellation, roomB.id), snapshot({ kind: 'room', room: roomB }), null],
    ['a cancellation to the room the session is still in', toRoom(SessionMailKind.Cancellation, roomA.id), snapshot({ kind: 'room', room: roomA }), 'the room booking changed since'],
    ['a mail to a room without a mailbox', toRoom(SessionMailKind.Invite, roomA.id), snapshot({ kind: 'room', room: { ...roomA, resourceMailbox: null } }), 'the room has no resource mailbox'],
    ['an invite to a requested team', toTeam(SessionMailKind.Invite), snapshot({ kind: 'facility', team: catering, requested: true }), null],
    ['an invite to a team no longer asked', toTeam(SessionMailKind.Invite), snapshot({ kind: 'facility', team: catering, requested: false }), 'the facility request changed since'],
    ['a cancellation to a team no longer asked', toTeam(SessionMailKind.Cancellation), snapshot({ kind: 'facility', team: catering, requested: false }), null],
    ['a cancellation to a team asked again', toTeam(SessionMailKind.Cancellation), snapshot({ kind: 'facility', team: catering, requested: true }), 'the facility request changed since'],
    ['a mail to a team that is gone', toTeam(SessionMailKind.Invite), snapshot({ kind: 'facility', team: null, requested: true }), 'the facility team no longer exists'],
  ])('%s', (_, payload, loaded, expected) => {
    expect(sessionMailStaleness(payload, loaded)).toBe(expected);
  });
});
