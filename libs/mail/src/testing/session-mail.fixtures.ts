import { renderSessionInvite, sessionInviteUid } from '@kennis/calendar';
import type { InviteMethod, SessionInvite } from '@kennis/calendar';
import type { SessionMailInput } from '../session-mail.types';

export function buildInvite(method: InviteMethod, overrides: Partial<SessionInvite> = {}): SessionInvite {
  return {
    uid: sessionInviteUid('3f1c2a9e-0000-4000-8000-000000000001', 'kennis.example.org'),
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

export function buildSessionMailInput(overrides: Partial<SessionMailInput> = {}): SessionMailInput {
  return {
    kind: 'INVITE',
    language: 'nl',
    recipient: { name: 'Piet de Vries', address: 'piet@example.org' },
    from: 'Kennis <kennis@kennis.example.org>',
    messageId: '<outbox-123@kennis.example.org>',
    details: {
      title: 'Intro to exclusion constraints',
      description: 'Why two bookings never overlap.\nBring a laptop.',
      startsAt: new Date('2026-03-10T09:00:00Z'),
      endsAt: new Date('2026-03-10T10:30:00Z'),
      timeZone: 'Europe/Amsterdam',
      location: 'Utrecht, room Ada',
      onlineUrl: 'https://meet.example.org/j/42',
      hostNames: ['Hanna Host', 'Jan Jansen'],
    },
    ics: { method: 'REQUEST', content: renderSessionInvite(buildInvite('REQUEST')) },
    ...overrides,
  };
}
