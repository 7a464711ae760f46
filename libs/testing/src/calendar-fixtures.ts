import { type EventInvite, type InviteMethod, sessionEventUid } from '@kennis/calendar';

/** An invite for one session, with fixed times and stamp, so rendered output is deterministic. */
export function buildEventInvite(method: InviteMethod, overrides: Partial<EventInvite> = {}): EventInvite {
  return {
    uid: sessionEventUid('3f1c2a9e-0000-4000-8000-000000000001', 'kennis.example.org'),
    sequence: method === 'REQUEST' ? 1 : 2,
    method,
    title: 'Intro to exclusion constraints',
    description: 'Why two bookings never overlap.',
    location: 'Utrecht, room Ada',
    url: 'https://kennis.example.org/sessions/1',
    startsAt: new Date('2026-03-10T09:00:00Z'),
    endsAt: new Date('2026-03-10T10:30:00Z'),
    organizer: { name: 'Hanna Host', email: 'hanna@example.org' },
    sentBy: 'kennis@kennis.example.org',
    attendees: [
      { email: 'piet@example.org', name: 'Piet de Vries', kind: 'PERSON', role: 'REQ-PARTICIPANT' },
      { email: 'ada@rooms.example.org', name: 'Room Ada', kind: 'ROOM', role: 'NON-PARTICIPANT' },
    ],
    stamp: new Date('2026-03-01T12:00:00Z'),
    ...overrides,
  };
}
