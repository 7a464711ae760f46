/**
 * Room rules and their one evaluator: pure, so every booking path (sessions, invites, mentoring
 * meetings, bookRoom) and freeRooms ask the same question and get the same answer.
 */

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}

/** What a recurring invite gets when some of its occurrences clash or break a rule. */
export enum RecurringConflictPolicy {
  /** Decline the whole series (Exchange's default). */
  DECLINE_ALL = 'DECLINE_ALL',
  /** Accept the free occurrences and decline the others. */
  ACCEPT_FREE = 'ACCEPT_FREE',
}

/** The rule a booking broke, named in the BAD_USER_INPUT error and in a room's DECLINED reply. */
export enum RoomRule {
  BLACKOUT = 'BLACKOUT',
  BOOKABLE_HOURS = 'BOOKABLE_HOURS',
  LONGEST_BOOKING = 'LONGEST_BOOKING',
  MINIMUM_NOTICE = 'MINIMUM_NOTICE',
  BOOKING_WINDOW = 'BOOKING_WINDOW',
  RECURRING_NOT_ALLOWED = 'RECURRING_NOT_ALLOWED',
}

/** One weekday's bookable local times, "HH:MM" to "HH:MM" (closes may be "24:00"). */
export interface BookableHours {
  weekday: Weekday;
  opens: string;
  closes: string;
}

export interface Blackout {
  startsAt: string;
  endsAt: string;
  reason: string | null;
}

export interface RoomRuleSet {
  bookableHours: BookableHours[];
  blackouts: Blackout[];
  maxBookingMinutes: number | null;
  minNoticeMinutes: number | null;
  maxDaysAhead: number | null;
  recurringAllowed: boolean;
  requiresApproval: boolean;
  recurringConflicts: RecurringConflictPolicy;
}

/** The rules of a room nobody set rules for: anything goes. */
export const OPEN_ROOM_RULES: RoomRuleSet = {
  bookableHours: [],
  blackouts: [],
  maxBookingMinutes: null,
  minNoticeMinutes: null,
  maxDaysAhead: null,
  recurringAllowed: true,
  requiresApproval: false,
  recurringConflicts: RecurringConflictPolicy.DECLINE_ALL,
};

export interface RuleBreak {
  rule: RoomRule;
  message: string;
}

export interface RuleContext {
  now: Date;
  /** Part of a recurring meeting. */
  recurring: boolean;
}

const WEEKDAYS_FROM_SUNDAY = [
  Weekday.SUNDAY,
  Weekday.MONDAY,
  Weekday.TUESDAY,
  Weekday.WEDNESDAY,
  Weekday.THURSDAY,
  Weekday.FRIDAY,
  Weekday.SATURDAY,
];

const DAY_MS = 86_400_000;

interface LocalTime {
  date: string;
  weekday: Weekday;
  minutes: number;
}

/** The wall-clock date, weekday and minute of the day of an instant in a zone (DST included, by Intl). */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  const weekday = WEEKDAYS_FROM_SUNDAY[['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'))];
  return { date: `${part('year')}-${part('month')}-${part('day')}`, weekday, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

/** "HH:MM" to minutes of the day; "24:00" is the end of the day. */
export function clockMinutes(clock: string): number {
  const [hours, minutes] = clock.split(':').map(Number);
  return hours * 60 + minutes;
}

function dayName(weekday: Weekday): string {
  return weekday.charAt(0) + weekday.slice(1).toLowerCase();
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function describeHours(hours: BookableHours[]): string {
  return hours.map((entry) => `${dayName(entry.weekday)} ${entry.opens}-${entry.closes}`).join(', ');
}

/**
 * The first rule the booking [startsAt, endsAt) breaks in this room, or null when the rules allow it.
 * Bookable hours are read in the room's time zone: the booking must start and end on one local day,
 * inside that weekday's hours. Requires-approval is not a refusal; the booking paths ask for it apart.
 */
export function evaluateRoomRules(
  rules: RoomRuleSet,
  timeZone: string,
  slot: { startsAt: Date; endsAt: Date },
  context: RuleContext,
): RuleBreak | null {
  const start = slot.startsAt.getTime();
  const end = slot.endsAt.getTime();
  if (context.recurring && !rules.recurringAllowed) {
    return { rule: RoomRule.RECURRING_NOT_ALLOWED, message: 'Rule RECURRING_NOT_ALLOWED: this room takes no recurring meetings. Book each meeting on its own.' };
  }
  for (const blackout of rules.blackouts) {
    if (new Date(blackout.startsAt).getTime() < end && new Date(blackout.endsAt).getTime() > start) {
      return {
        rule: RoomRule.BLACKOUT,
        message: `Rule BLACKOUT: the room cannot be booked from ${blackout.startsAt} to ${blackout.endsAt}${blackout.reason ? ` (${blackout.reason})` : ''}. Pick a time outside it.`,
      };
    }
  }
  if (rules.maxBookingMinutes !== null && end - start > rules.maxBookingMinutes * 60_000) {
    return {
      rule: RoomRule.LONGEST_BOOKING,
      message: `Rule LONGEST_BOOKING: the room is booked for at most ${rules.maxBookingMinutes} minutes at a time; this booking is ${Math.round((end - start) / 60_000)} minutes.`,
    };
  }
  if (rules.minNoticeMinutes !== null && start < context.now.getTime() + rules.minNoticeMinutes * 60_000) {
    return {
      rule: RoomRule.MINIMUM_NOTICE,
      message: `Rule MINIMUM_NOTICE: the room must be booked at least ${rules.minNoticeMinutes} minutes before the start. Pick a later time.`,
    };
  }
  if (rules.maxDaysAhead !== null && end > context.now.getTime() + rules.maxDaysAhead * DAY_MS) {
    return {
      rule: RoomRule.BOOKING_WINDOW,
      message: `Rule BOOKING_WINDOW: the room is booked at most ${rules.maxDaysAhead} days ahead. Pick an earlier time or book it later.`,
    };
  }
  if (rules.bookableHours.length > 0) {
    const from = localTime(slot.startsAt, timeZone);
    const to = localTime(slot.endsAt, timeZone);
    // An end at local midnight closes the start's day (24:00); any other end must be on the start's day.
    const nextDay = localTime(new Date(end - 60_000), timeZone).date === from.date && to.minutes === 0 && to.date !== from.date;
    const endMinutes = to.date === from.date ? to.minutes : nextDay ? 24 * 60 : Number.POSITIVE_INFINITY;
    const fits = rules.bookableHours.some(
      (entry) => entry.weekday === from.weekday && clockMinutes(entry.opens) <= from.minutes && endMinutes <= clockMinutes(entry.closes),
    );
    if (!fits) {
      const asked = `${dayName(from.weekday)} ${clock(from.minutes)}-${endMinutes === Number.POSITIVE_INFINITY ? `${to.date} ${clock(to.minutes)}` : clock(endMinutes)}`;
      return {
        rule: RoomRule.BOOKABLE_HOURS,
        message: `Rule BOOKABLE_HOURS: the room can be booked ${describeHours(rules.bookableHours)} (${timeZone}); this booking is ${asked}. Pick a time inside those hours.`,
      };
    }
  }
  return null;
}
