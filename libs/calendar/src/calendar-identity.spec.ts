import { BadUserInputError } from '@kennis/errors';
import { FIRST_SEQUENCE, inviteMethodFor, mentoringMeetingUid, nextSequence, sessionEventUid } from './calendar-identity';

describe('calendar identity', () => {
  it('keeps the frozen UID formats of sessions and mentoring meetings apart', () => {
    expect(sessionEventUid('ABC-1', 'Kennis.Example.org')).toBe('kennis-session-abc-1@kennis.example.org');
    expect(mentoringMeetingUid('ABC-1', 'Kennis.Example.org')).toBe('kennis-mentoring-abc-1@kennis.example.org');
    expect(() => mentoringMeetingUid('1\r\nX', 'kennis.local')).toThrow(BadUserInputError);
  });

  it('raises the SEQUENCE by one per change and refuses a broken one', () => {
    expect(nextSequence(FIRST_SEQUENCE)).toBe(1);
    expect(nextSequence(7)).toBe(8);
    expect(() => nextSequence(-1)).toThrow('sequence');
    expect(() => nextSequence(1.5)).toThrow('sequence');
  });

  it('picks the METHOD from what the mail does to the calendar', () => {
    expect(inviteMethodFor('add')).toBe('REQUEST');
    expect(inviteMethodFor('remove')).toBe('CANCEL');
    expect(inviteMethodFor('none')).toBeNull();
  });
});
