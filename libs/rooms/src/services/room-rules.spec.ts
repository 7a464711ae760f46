import { evaluateRoomRules, OPEN_ROOM_RULES, RecurringConflictPolicy, RoomRule, type RoomRuleSet, Weekday } from './room-rules';

const ZONE = 'Europe/Amsterdam';
const now = new Date('2030-03-01T08:00:00Z'); // a Friday, 09:00 in Amsterdam (CET)

function rules(overrides: Partial<RoomRuleSet>): RoomRuleSet {
  return { ...OPEN_ROOM_RULES, ...overrides };
}

function check(ruleSet: RoomRuleSet, startsAt: string, endsAt: string, recurring = false) {
  return evaluateRoomRules(ruleSet, ZONE, { startsAt: new Date(startsAt), endsAt: new Date(endsAt) }, { now, recurring });
}

const weekdays = (opens: string, closes: string) =>
  [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY].map((weekday) => ({ weekday, opens, closes }));

describe('evaluateRoomRules', () => {
  it('lets anything through a room without rules', () => {
    expect(check(OPEN_ROOM_RULES, '2030-03-02T02:00:00Z', '2030-03-02T23:00:00Z', true)).toBeNull();
  });

  describe('bookable hours, read in the room\'s time zone', () => {
    const office = rules({ bookableHours: weekdays('08:00', '18:00') });

    it('accepts a booking inside the weekday\'s hours, also one that ends exactly at closing time', () => {
      // Monday 4 March 2030, 16:00-18:00 in Amsterdam is 15:00-17:00 UTC.
      expect(check(office, '2030-03-04T15:00:00Z', '2030-03-04T17:00:00Z')).toBeNull();
      expect(check(office, '2030-03-04T07:00:00Z', '2030-03-04T08:00:00Z')).toBeNull();
    });

    it('refuses one that runs past closing time in the room\'s zone, though it is before 18:00 UTC', () => {
      const broken = check(office, '2030-03-04T16:30:00Z', '2030-03-04T17:30:00Z');
      expect(broken?.rule).toBe(RoomRule.BOOKABLE_HOURS);
      expect(broken?.message).toContain('Monday 17:30-18:30');
      expect(broken?.message).toContain('Europe/Amsterdam');
    });

    it('refuses one that starts before opening time', () => {
      expect(check(office, '2030-03-04T06:30:00Z', '2030-03-04T07:30:00Z')?.rule).toBe(RoomRule.BOOKABLE_HOURS);
    });

    it('refuses a weekday without hours (Saturday)', () => {
      expect(check(office, '2030-03-02T09:00:00Z', '2030-03-02T10:00:00Z')?.message).toContain('Saturday');
    });

    it('follows daylight saving time: 08:00 local is 06:00 UTC in summer', () => {
      // Monday 1 July 2030 (CEST, UTC+2): 08:00-09:00 local.
      expect(check(office, '2030-07-01T06:00:00Z', '2030-07-01T07:00:00Z')).toBeNull();
      expect(check(office, '2030-07-01T05:30:00Z', '2030-07-01T06:30:00Z')?.rule).toBe(RoomRule.BOOKABLE_HOURS);
    });

    it('refuses a booking that runs over midnight into the next day', () => {
      const allDay = rules({ bookableHours: [{ weekday: Weekday.MONDAY, opens: '00:00', closes: '24:00' }, { weekday: Weekday.TUESDAY, opens: '00:00', closes: '24:00' }] });
      expect(check(allDay, '2030-03-04T21:00:00Z', '2030-03-04T23:00:00Z')).toBeNull(); // 22:00-24:00 Monday
      expect(check(allDay, '2030-03-04T22:00:00Z', '2030-03-05T00:00:00Z')?.rule).toBe(RoomRule.BOOKABLE_HOURS);
    });
  });

  it('refuses a booking that touches a blackout, and names its reason', () => {
    const closed = rules({ blackouts: [{ startsAt: '2030-03-04T00:00:00Z', endsAt: '2030-03-05T00:00:00Z', reason: 'Painting' }] });
    const broken = check(closed, '2030-03-04T10:00:00Z', '2030-03-04T11:00:00Z');
    expect(broken?.rule).toBe(RoomRule.BLACKOUT);
    expect(broken?.message).toContain('Painting');
    // Half-open periods: a booking that ends as the blackout starts is fine.
    expect(check(closed, '2030-03-03T23:00:00Z', '2030-03-04T00:00:00Z')).toBeNull();
  });

  it('refuses a booking longer than the longest booking', () => {
    const short = rules({ maxBookingMinutes: 120 });
    expect(check(short, '2030-03-04T10:00:00Z', '2030-03-04T12:00:00Z')).toBeNull();
    expect(check(short, '2030-03-04T10:00:00Z', '2030-03-04T12:30:00Z')).toEqual({
      rule: RoomRule.LONGEST_BOOKING,
      message: expect.stringContaining('at most 120 minutes'),
    });
  });

  it('refuses a booking made with less than the minimum notice', () => {
    const notice = rules({ minNoticeMinutes: 24 * 60 });
    expect(check(notice, '2030-03-02T07:00:00Z', '2030-03-02T08:00:00Z')?.rule).toBe(RoomRule.MINIMUM_NOTICE);
    expect(check(notice, '2030-03-02T08:00:00Z', '2030-03-02T09:00:00Z')).toBeNull();
  });

  it('refuses a booking further ahead than the booking window', () => {
    const window = rules({ maxDaysAhead: 30 });
    expect(check(window, '2030-03-30T08:00:00Z', '2030-03-31T07:00:00Z')).toBeNull();
    expect(check(window, '2030-04-01T08:00:00Z', '2030-04-01T09:00:00Z')?.rule).toBe(RoomRule.BOOKING_WINDOW);
  });

  it('refuses recurring meetings where the room takes none, and single ones still pass', () => {
    const single = rules({ recurringAllowed: false, recurringConflicts: RecurringConflictPolicy.ACCEPT_FREE });
    expect(check(single, '2030-03-04T10:00:00Z', '2030-03-04T11:00:00Z', true)?.rule).toBe(RoomRule.RECURRING_NOT_ALLOWED);
    expect(check(single, '2030-03-04T10:00:00Z', '2030-03-04T11:00:00Z', false)).toBeNull();
  });

  it('does not refuse for requires-approval: approval is asked apart', () => {
    expect(check(rules({ requiresApproval: true }), '2030-03-04T10:00:00Z', '2030-03-04T11:00:00Z')).toBeNull();
  });
});
