import { earliestMeetingStart, firstSharedSlots, type MeetingPerson, slotsOutside, withinWorkingHours } from './first-meeting-slot';

const inZone = (timeZone: string, workingHours: MeetingPerson['workingHours'] = null): MeetingPerson => ({ timeZone, workingHours });
// Friday 2026-03-06 10:00 UTC with a day's notice: the search starts Saturday 11:00 UTC.
const now = new Date('2026-03-06T10:00:00Z');
const from = earliestMeetingStart(now, 24);

describe('firstSharedSlots', () => {
  it('starts after the notice, on the whole hour', () => {
    expect(from.toISOString()).toBe('2026-03-07T10:00:00.000Z');
    expect(earliestMeetingStart(new Date('2026-03-06T10:20:00Z'), 2).toISOString()).toBe('2026-03-06T13:00:00.000Z');
  });

  it('finds the first half hour inside both working days, each in its own zone', () => {
    const [first] = firstSharedSlots(from, [inZone('Europe/Amsterdam'), inZone('America/New_York')]);
    // Monday 9 March: New York is on daylight time (UTC-4) from 8 March, Amsterdam still UTC+1.
    // New York opens at 13:00 UTC, Amsterdam closes at 16:00 UTC.
    expect(first.toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });

  it('ends slots by 17:00 local time', () => {
    const slots = firstSharedSlots(from, [inZone('Europe/Amsterdam'), inZone('America/New_York')]);
    const monday = slots.filter((slot) => slot.toISOString().startsWith('2026-03-09'));
    expect(monday.at(-1)!.toISOString()).toBe('2026-03-09T15:30:00.000Z');
  });

  it("follows each person's own week: a Saturday worker and late hours", () => {
    const saturday = inZone('Europe/Amsterdam', [{ weekday: 6, start: '14:00', end: '16:00' }]);
    expect(firstSharedSlots(from, [saturday]).slice(0, 2).map((slot) => slot.toISOString())).toEqual([
      '2026-03-07T13:00:00.000Z',
      '2026-03-07T13:30:00.000Z',
    ]);
    // Tuesdays from 12:00 only, against the default week of someone in the same zone.
    const tuesdayAfternoons = inZone('Europe/Amsterdam', [{ weekday: 2, start: '12:00', end: '18:00' }]);
    const [first] = firstSharedSlots(from, [tuesdayAfternoons, inZone('Europe/Amsterdam')]);
    expect(first.toISOString()).toBe('2026-03-10T11:00:00.000Z');
  });

  it('gives nothing when the working days never overlap', () => {
    expect(firstSharedSlots(from, [inZone('Europe/Amsterdam'), inZone('Pacific/Auckland')])).toEqual([]);
  });
});

describe('withinWorkingHours', () => {
  it('takes an end at the close of the day, and refuses one past it or a day off', () => {
    const person = inZone('Europe/Amsterdam');
    expect(withinWorkingHours(new Date('2026-03-09T15:30:00Z'), new Date('2026-03-09T16:00:00Z'), person)).toBe(true);
    expect(withinWorkingHours(new Date('2026-03-09T15:45:00Z'), new Date('2026-03-09T16:15:00Z'), person)).toBe(false);
    expect(withinWorkingHours(new Date('2026-03-08T10:00:00Z'), new Date('2026-03-08T10:30:00Z'), person)).toBe(false);
  });
});

describe('slotsOutside', () => {
  it('leaves out every slot that overlaps a commitment, and keeps slots that touch one', () => {
    const slots = firstSharedSlots(from, [inZone('Europe/Amsterdam')]).slice(0, 4);
    expect(slots.map((slot) => slot.toISOString())).toEqual([
      '2026-03-09T08:00:00.000Z',
      '2026-03-09T08:30:00.000Z',
      '2026-03-09T09:00:00.000Z',
      '2026-03-09T09:30:00.000Z',
    ]);
    const busy = [{ startsAt: new Date('2026-03-09T08:15:00Z'), endsAt: new Date('2026-03-09T09:00:00Z') }];
    expect(slotsOutside(slots, busy).map((slot) => slot.toISOString())).toEqual(['2026-03-09T09:00:00.000Z', '2026-03-09T09:30:00.000Z']);
  });
});
