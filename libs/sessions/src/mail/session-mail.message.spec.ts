import type { PersonEntity } from '@kennis/people';
import type { FacilityTeamEntity, RoomEntity } from '@kennis/rooms';
import { type SessionEntity, SessionStatus } from '../entities/session.entity';
import { SessionMailKind, type SessionMailPayload } from '../jobs/sessions.jobs';
import { sessionMailFromSnapshot } from './session-mail.message';
import type { SessionMailSnapshot } from './session-mail.snapshot';

const host = { id: 'host-1', name: 'Hanna Host', email: 'hanna@example.org', language: 'en', timeZone: 'Europe/Amsterdam' } as PersonEntity;
const zolder = { id: 'room-z', site: 'Amsterdam', name: 'De Zolder', resourceMailbox: 'zolder@rooms.example.org', timeZone: 'Europe/Amsterdam' } as RoomEntity;
const ada = { id: 'room-a', site: 'Tokyo', name: 'Ada', resourceMailbox: 'ada@rooms.example.org', timeZone: 'Asia/Tokyo' } as RoomEntity;
const catering = { id: 'team-1', name: 'Catering', mailbox: 'catering@example.org' } as FacilityTeamEntity;
const settings = { fromAddress: 'kennis@kennis.example.org', messageIdDomain: 'kennis.example.org', publicUrl: 'https://kennis.example.org' };
const row = { id: '3f1c2a9e-0000-4000-8000-000000000009', createdAt: new Date('2026-03-01T08:00:00Z') };
// Moved from De Zolder on 9 March 13:00 UTC to Ada on 10 March 09:00 UTC.
const previous = { startsAt: '2026-03-09T13:00:00.000Z', endsAt: '2026-03-09T14:00:00.000Z', roomId: zolder.id };

const session = {
  id: 'session-1',
  title: 'Exclusion constraints',
  description: 'Why two bookings never overlap.',
  language: 'en',
  status: SessionStatus.SCHEDULED,
  calendarSequence: 2,
  roomId: ada.id,
  onlineUrl: null,
  startsAt: new Date('2026-03-10T09:00:00Z'),
  endsAt: new Date('2026-03-10T10:00:00Z'),
  seatsTaken: 7,
  capacity: 12,
} as SessionEntity;

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe('sessionMailFromSnapshot', () => {
  it("names the old slot in the old room's cancellation: its time in its zone, its name, in the CANCEL too", () => {
    const payload: SessionMailPayload = { kind: SessionMailKind.Cancellation, sessionId: session.id, sequence: 2, roomId: zolder.id, previous };
    const snapshot: SessionMailSnapshot = { session, hosts: [host], room: ada, addressee: { kind: 'room', room: zolder }, previousRoom: zolder };
    const mail = sessionMailFromSnapshot(row, payload, snapshot, settings);
    expect(mail.text.startsWith('Booking for Amsterdam / De Zolder\n')).toBe(true);
    // 13:00 UTC is 14:00 in Amsterdam on 9 March.
    expect(mail.text).toMatch(/When: Monday,? 9 March 2026.*14:00\s?[–-]\s?15:00 \(Europe\/Amsterdam\)/);
    expect(mail.text).toContain('Where: Amsterdam / De Zolder');
    expect(mail.text).not.toContain('Tokyo / Ada');
    const ics = unfold(mail.calendar!.ics);
    expect(ics).toContain('DTSTART:20260309T130000Z');
    expect(ics).toContain('LOCATION:Amsterdam / De Zolder');
    expect(ics).not.toContain('ada@rooms.example.org');
  });

  it('says old -> new in an update of a move, and the room being moved into gets the current slot', () => {
    const payload: SessionMailPayload = { kind: SessionMailKind.Update, sessionId: session.id, sequence: 2, personId: host.id, previous };
    const snapshot: SessionMailSnapshot = {
      session,
      hosts: [host],
      room: ada,
      addressee: { kind: 'person', person: host, registrationStatus: null, waitlistPosition: null },
      previousRoom: zolder,
    };
    const mail = sessionMailFromSnapshot(row, payload, snapshot, settings);
    expect(mail.text).toContain('Place: Amsterdam / De Zolder -> Tokyo / Ada');
    expect(mail.text).toMatch(/Time: Monday,? 9 March 2026.*14:00.* -> Tuesday,? 10 March 2026.*10:00/);
    expect(unfold(mail.calendar!.ics)).toContain('DTSTART:20260310T090000Z');
  });

  it("puts the note and head count in a facility team's mail and the invite's DESCRIPTION", () => {
    const payload: SessionMailPayload = { kind: SessionMailKind.Invite, sessionId: session.id, sequence: 2, facilityTeamId: catering.id };
    const snapshot: SessionMailSnapshot = {
      session,
      hosts: [host],
      room: ada,
      addressee: { kind: 'facility', team: catering, requested: true, note: 'Lunch, two vegetarian' },
    };
    const mail = sessionMailFromSnapshot(row, payload, snapshot, settings);
    expect(mail.text).toContain('Note: Lunch, two vegetarian\nExpected: 7 signed up, room for 12');
    expect(unfold(mail.calendar!.ics)).toContain(
      'DESCRIPTION:Why two bookings never overlap.\\n\\nNote: Lunch\\, two vegetarian\\nExpected: 7 signed up\\, room for 12',
    );
  });
});
