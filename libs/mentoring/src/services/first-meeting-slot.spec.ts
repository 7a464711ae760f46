import { firstSharedSlots, slotsOutside } from './first-meeting-slot';

describe('firstSharedSlots', () => {
  it('finds the first half hour inside both working days, each in its own zone', () => {
    // Friday 2026-03-06 10:00 UTC: the search starts Saturday, so the first slot is on Monday.
    const now = new Date('2026-03-06T10:00:00Z');
    const [first] = firstSharedSlots(now, ['Europe/Amsterdam', 'America/New_York']);
    // Monday 9 March: New York is on daylight time (UTC-4) from 8 March, Amsterdam still UTC+1.
    // New York opens at 13:00 UTC, Amsterdam closes at 16:00 UTC.
    expect(first.toISOString()).toBe('2026-03-09T13:00:00.000Z');
  });

  it('ends slots by 17:00 local time', () => {
    const slots = firstSharedSlots(new Date('2026-03-06T10:00:00Z'), ['Europe/Amsterdam', 'America/New_York']);
    const monday = slots.filter((slot) => slot.toISOString().startsWith('2026-03-09'));
    expect(monday.at(-1)!.toISOString()).toBe('2026-03-09T15:30:00.000Z');
  });

  it('gives nothing when the working days never overlap', () => {
    expect(firstSharedSlots(new Date('2026-03-06T10:00:00Z'), ['Europe/Amsterdam', 'Pacific/Auckland'])).toEqual([]);
  });
});

describe('slotsOutside', () => {
  it('leaves out every slot that overlaps a commitment, and keeps slots that touch one', () => {
    const slots = firstSharedSlots(new Date('2026-03-06T10:00:00Z'), ['Europe/Amsterdam']).slice(0, 4);
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
