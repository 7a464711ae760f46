import { minutesOfDay, type WorkingDay, workingHoursOf } from '@kennis/people';

const SLOT_MS = 30 * 60_000;
const SEARCH_DAYS = 14;
const HOUR_MS = 3_600_000;

/** Whose week a meeting has to fit: their zone and their working hours (null: the default week). */
export interface MeetingPerson {
  timeZone: string;
  workingHours: WorkingDay[] | null;
}

interface LocalTime {
  /** ISO weekday: 1 Monday ... 7 Sunday. */
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
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday')) + 1;
  return { weekday, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

/** [startsAt, endsAt) lies inside one working day of this person, in their zone; an end at the day's close is fine. */
export function withinWorkingHours(startsAt: Date, endsAt: Date, person: MeetingPerson): boolean {
  const start = localTime(startsAt, person.timeZone);
  const end = localTime(endsAt, person.timeZone);
  // An end at local midnight belongs to the day it closes.
  const endMinutes = end.minutes === 0 && end.weekday !== start.weekday ? 24 * 60 : end.minutes;
  const sameDay = end.weekday === start.weekday || endMinutes === 24 * 60;
  const day = workingHoursOf(person).find((entry) => entry.weekday === start.weekday);
  return !!day && sameDay && endMinutes > start.minutes && start.minutes >= minutesOfDay(day.start) && endMinutes <= minutesOfDay(day.end);
}

/** The earliest moment a first meeting may start: the notice from now, rounded up to the whole hour. */
export function earliestMeetingStart(now: Date, noticeHours: number): Date {
  return new Date(Math.ceil((now.getTime() + noticeHours * HOUR_MS) / HOUR_MS) * HOUR_MS);
}

/**
 * The 30-minute slots of the two weeks from `from` on, in order, that lie inside everyone's working hours,
 * each person's own week in their own zone. Empty when their working days never overlap.
 */
export function firstSharedSlots(from: Date, people: readonly MeetingPerson[]): Date[] {
  const slots: Date[] = [];
  for (let at = from.getTime(); at < from.getTime() + SEARCH_DAYS * 86_400_000; at += SLOT_MS) {
    const startsAt = new Date(at);
    const endsAt = new Date(at + SLOT_MS);
    if (people.every((person) => withinWorkingHours(startsAt, endsAt, person))) slots.push(startsAt);
  }
  return slots;
}

export const FIRST_MEETING_MINUTES = SLOT_MS / 60_000;

export interface BusyPeriod {
  startsAt: Date;
  endsAt: Date;
}

/** Whether [startsAt, endsAt) overlaps a busy period (half-open: a meeting may start as another ends). */
export function clashes(startsAt: Date, endsAt: Date, busy: readonly BusyPeriod[]): BusyPeriod | null {
  return busy.find((period) => period.startsAt.getTime() < endsAt.getTime() && period.endsAt.getTime() > startsAt.getTime()) ?? null;
}

/** The slots that overlap none of the busy periods. */
export function slotsOutside(slots: readonly Date[], busy: readonly BusyPeriod[]): Date[] {
  return slots.filter((startsAt) => !clashes(startsAt, new Date(startsAt.getTime() + SLOT_MS), busy));
}
