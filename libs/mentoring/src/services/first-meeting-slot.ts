const SLOT_MS = 30 * 60_000;
const SEARCH_DAYS = 14;
const WORKDAY_START_MINUTES = 9 * 60;
const WORKDAY_END_MINUTES = 17 * 60;

interface LocalTime {
  weekday: number;
  minutes: number;
}

function localTime(instant: Date, timeZone: string): LocalTime {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(part('weekday'));
  return { weekday, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

/** Inside 09:00-17:00 on a weekday of this zone, start and end included. */
function withinWorkingHours(startsAt: Date, timeZone: string): boolean {
  const start = localTime(startsAt, timeZone);
  const end = localTime(new Date(startsAt.getTime() + SLOT_MS), timeZone);
  const weekday = start.weekday >= 1 && start.weekday <= 5;
  // An end at exactly 17:00 is fine; the end's local day equals the start's for any slot that passes.
  return weekday && start.minutes >= WORKDAY_START_MINUTES && end.minutes <= WORKDAY_END_MINUTES && end.minutes > start.minutes;
}

/**
 * The 30-minute slots of the next two weeks, from tomorrow on and in order, that lie inside everyone's
 * working hours (09:00-17:00, Monday to Friday, each in their own time zone). Empty when their working
 * days never overlap.
 */
export function firstSharedSlots(now: Date, timeZones: readonly string[]): Date[] {
  // From the next whole hour a day ahead: the first meeting is never sprung on anyone today.
  const first = Math.ceil((now.getTime() + 86_400_000) / 3_600_000) * 3_600_000;
  const slots: Date[] = [];
  for (let at = first; at < first + SEARCH_DAYS * 86_400_000; at += SLOT_MS) {
    const startsAt = new Date(at);
    if (timeZones.every((zone) => withinWorkingHours(startsAt, zone))) slots.push(startsAt);
  }
  return slots;
}

export const FIRST_MEETING_MINUTES = SLOT_MS / 60_000;

export interface BusyPeriod {
  startsAt: Date;
  endsAt: Date;
}

/** The slots that overlap none of the busy periods (half-open: a meeting may start as another ends). */
export function slotsOutside(slots: readonly Date[], busy: readonly BusyPeriod[]): Date[] {
  return slots.filter((startsAt) => {
    const endsAt = startsAt.getTime() + SLOT_MS;
    return busy.every((period) => period.endsAt.getTime() <= startsAt.getTime() || period.startsAt.getTime() >= endsAt);
  });
}
