/** One working day: ISO weekday (1 Monday ... 7 Sunday) and local times "HH:MM", start before end. */
export interface WorkingDay {
  weekday: number;
  start: string;
  end: string;
}

/** Whoever has not said otherwise works 09:00-17:00, Monday to Friday, in their own time zone. */
export const DEFAULT_WORKING_HOURS: readonly WorkingDay[] = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '09:00', end: '17:00' }));

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

export function workingHoursOf(person: { workingHours: WorkingDay[] | null }): readonly WorkingDay[] {
  return person.workingHours ?? DEFAULT_WORKING_HOURS;
}

/** What is wrong with a week of working hours, said so a person can fix it, or null. */
export function workingHoursProblem(days: readonly WorkingDay[]): string | null {
  if (days.length === 0) return 'hours must name at least one working day.';
  const seen = new Set<number>();
  for (const day of days) {
    if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7) return 'weekday must be 1 (Monday) to 7 (Sunday).';
    if (seen.has(day.weekday)) return `weekday ${day.weekday} is given twice; give each day once.`;
    seen.add(day.weekday);
    if (!TIME.test(day.start) || !TIME.test(day.end)) return 'start and end must be times like 09:00 and 17:30 (24-hour clock).';
    if (minutesOfDay(day.start) >= minutesOfDay(day.end)) return `on weekday ${day.weekday} the start (${day.start}) must be before the end (${day.end}).`;
  }
  return null;
}
