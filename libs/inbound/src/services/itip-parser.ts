import ICAL from 'ical.js';
import { ianaZoneFor, wallClockToInstant } from './windows-time-zones';

export interface ItipAttendee {
  address: string;
  name: string | null;
  partstat: string;
  cutype: string;
}

export interface ItipOccurrence {
  /** The original start as an ISO instant, for a recurring event; null for a single one. */
  recurrenceId: string | null;
  startsAt: Date;
  endsAt: Date;
}

export interface ItipEvent {
  uid: string;
  sequence: number;
  summary: string;
  /** DESCRIPTION and LOCATION as the organizer wrote them ('' when absent), bounded. */
  description: string;
  location: string;
  organizer: string | null;
  attendees: ItipAttendee[];
  startsAt: Date;
  endsAt: Date;
  allDay: boolean;
  /** Set on an override or a reply about one occurrence (RECURRENCE-ID). */
  recurrenceId: string | null;
  recurring: boolean;
  /** The occurrences inside the window: one for a single event. */
  occurrences: ItipOccurrence[];
  status: string | null;
  comment: string | null;
}

export interface ItipMessage {
  method: string;
  events: ItipEvent[];
}

export interface ItipParseOptions {
  /** The zone of floating times and all-day dates: the room's site. */
  defaultZone: string;
  windowStart: Date;
  windowEnd: Date;
  maxOccurrences: number;
}

/** A calendar part that cannot be understood; the reason is kept with the message. */
export class ItipParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ItipParseError';
  }
}

const MAX_EVENTS = 200;

function mailAddress(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const address = value.replace(/^mailto:/i, '').trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(address) ? address : null;
}

class ZoneResolver {
  private readonly vtimezones = new Map<string, ICAL.Timezone>();

  constructor(
    calendar: ICAL.Component,
    private readonly defaultZone: string,
  ) {
    for (const component of calendar.getAllSubcomponents('vtimezone')) {
      const tzid = component.getFirstPropertyValue('tzid');
      if (typeof tzid === 'string') this.vtimezones.set(tzid, new ICAL.Timezone(component));
    }
  }

  /**
   * The instant of a DATE-TIME or DATE value. RFC 5545 3.3.5: UTC (Z), a TZID (its VTIMEZONE when
   * sent, else the Windows or IANA zone it names), or floating (the room's zone, as for all-day dates).
   */
  instant(time: ICAL.Time, tzid: string | null): Date {
    const fields = { year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second };
    if (time.isDate) return wallClockToInstant({ ...fields, hour: 0, minute: 0, second: 0 }, this.defaultZone);
    if (time.zone === ICAL.Timezone.utcTimezone || tzid === 'UTC' || tzid === 'Etc/UTC') {
      return new Date(Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second));
    }
    if (tzid) {
      const vtimezone = this.vtimezones.get(tzid);
      if (vtimezone) {
        const local = ICAL.Time.fromData({ ...fields, isDate: false });
        const offsetSeconds = vtimezone.utcOffset(local);
        return new Date(Date.UTC(fields.year, fields.month - 1, fields.day, fields.hour, fields.minute, fields.second) - offsetSeconds * 1000);
      }
      const iana = ianaZoneFor(tzid);
      if (!iana) throw new ItipParseError(`The time zone "${tzid}" is neither sent as a VTIMEZONE nor a known zone name.`);
      return wallClockToInstant(fields, iana);
    }
    return wallClockToInstant(fields, this.defaultZone);
  }
}

function timeOf(event: ICAL.Component, name: string): { time: ICAL.Time; tzid: string | null } | null {
  const property = event.getFirstProperty(name);
  if (!property) return null;
  const value = property.getFirstValue();
  if (!(value instanceof ICAL.Time)) throw new ItipParseError(`${name.toUpperCase()} is not a date or date-time.`);
  const tzid = property.getParameter('tzid');
  return { time: value, tzid: typeof tzid === 'string' ? tzid : null };
}

function attendeesOf(event: ICAL.Component): ItipAttendee[] {
  return event.getAllProperties('attendee').flatMap((property) => {
    const address = mailAddress(property.getFirstValue());
    if (!address) return [];
    const name = property.getParameter('cn');
    return [
      {
        address,
        name: typeof name === 'string' ? name : null,
        partstat: String(property.getParameter('partstat') ?? 'NEEDS-ACTION').toUpperCase(),
        cutype: String(property.getParameter('cutype') ?? 'INDIVIDUAL').toUpperCase(),
      },
    ];
  });
}

/**
 * Reads an iTIP object (RFC 5546) as mail clients send it. Times become instants; a recurring event
 * (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) becomes its occurrences inside the window.
 */
export function parseItip(ics: string, options: ItipParseOptions): ItipMessage {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(ics));
  } catch (error) {
    throw new ItipParseError(`The calendar part is not valid iCalendar: ${(error as Error).message}`);
  }
  if (calendar.name !== 'vcalendar') throw new ItipParseError('The calendar part has no VCALENDAR.');
  const method = String(calendar.getFirstPropertyValue('method') ?? '').toUpperCase();
  if (!method) throw new ItipParseError('The calendar part has no METHOD, so it is not an invitation or a reply (RFC 5546).');
  const components = calendar.getAllSubcomponents('vevent');
  if (components.length === 0) throw new ItipParseError('The calendar part has no VEVENT.');
  if (components.length > MAX_EVENTS) throw new ItipParseError(`The calendar part has more than ${MAX_EVENTS} events.`);
  const zones = new ZoneResolver(calendar, options.defaultZone);

  const events = components.map((component) => {
    const uid = component.getFirstPropertyValue('uid');
    if (typeof uid !== 'string' || uid.trim() === '') throw new ItipParseError('An event has no UID.');
    const sequence = Number(component.getFirstPropertyValue('sequence') ?? 0);
    const start = timeOf(component, 'dtstart');
    if (!start) throw new ItipParseError(`Event ${uid} has no DTSTART.`);
    const startsAt = zones.instant(start.time, start.tzid);
    const end = timeOf(component, 'dtend');
    let endsAt: Date;
    if (end) endsAt = zones.instant(end.time, end.tzid);
    else {
      const duration = component.getFirstPropertyValue('duration');
      if (duration instanceof ICAL.Duration) endsAt = new Date(startsAt.getTime() + duration.toSeconds() * 1000);
      // RFC 5545 3.6.1: without DTEND or DURATION, a DATE lasts one day and a DATE-TIME no time at all.
      else endsAt = start.time.isDate ? new Date(startsAt.getTime() + 24 * 3600_000) : startsAt;
    }
    const recurrence = timeOf(component, 'recurrence-id');
    const organizerProperty = component.getFirstProperty('organizer');
    return {
      component,
      start,
      event: {
        uid: uid.trim(),
        sequence: Number.isSafeInteger(sequence) && sequence >= 0 ? sequence : 0,
        summary: String(component.getFirstPropertyValue('summary') ?? '').slice(0, 200),
        description: String(component.getFirstPropertyValue('description') ?? '').trim().slice(0, 500),
        location: String(component.getFirstPropertyValue('location') ?? '').trim().slice(0, 500),
        organizer: organizerProperty ? mailAddress(organizerProperty.getFirstValue()) : null,
        attendees: attendeesOf(component),
        startsAt,
        endsAt,
        allDay: start.time.isDate,
        recurrenceId: recurrence ? zones.instant(recurrence.time, recurrence.tzid).toISOString() : null,
        recurring: component.hasProperty('rrule') || component.hasProperty('rdate'),
        occurrences: [] as ItipOccurrence[],
        status: (component.getFirstPropertyValue('status') as string | null)?.toUpperCase() ?? null,
        comment: (component.getFirstPropertyValue('comment') as string | null) ?? null,
      } satisfies ItipEvent,
    };
  });

  for (const { component, start, event } of events) {
    if (event.endsAt.getTime() < event.startsAt.getTime()) throw new ItipParseError(`Event ${event.uid} ends before it starts.`);
    if (!event.recurring) {
      event.occurrences = [{ recurrenceId: event.recurrenceId, startsAt: event.startsAt, endsAt: event.endsAt }];
      continue;
    }
    const length = event.endsAt.getTime() - event.startsAt.getTime();
    const overrides = new Map(
      events
        .filter((other) => other.event.uid === event.uid && other.event.recurrenceId !== null)
        .map((other) => [other.event.recurrenceId!, other.event]),
    );
    // The iterator walks the wall-clock times of DTSTART's zone, so a weekly 10:00 stays 10:00 across DST.
    const iterator = new ICAL.Event(component).iterator();
    let next: ICAL.Time | null;
    let steps = 0;
    while ((next = iterator.next()) && steps < 10_000) {
      steps += 1;
      const occurrenceStart = zones.instant(next, start.tzid);
      if (occurrenceStart.getTime() > options.windowEnd.getTime()) break;
      const recurrenceId = occurrenceStart.toISOString();
      const override = overrides.get(recurrenceId);
      const occurrence = override
        ? { recurrenceId, startsAt: override.startsAt, endsAt: override.endsAt }
        : { recurrenceId, startsAt: occurrenceStart, endsAt: new Date(occurrenceStart.getTime() + length) };
      if (override?.status === 'CANCELLED') continue;
      if (occurrence.endsAt.getTime() <= options.windowStart.getTime()) continue;
      event.occurrences.push(occurrence);
      if (event.occurrences.length > options.maxOccurrences) {
        throw new ItipParseError(`Event ${event.uid} repeats more than ${options.maxOccurrences} times inside the booking window.`);
      }
    }
  }
  // Overrides were folded into their master; one that came alone (an update of one occurrence) stays.
  const masters = new Set(events.filter((entry) => entry.event.recurring).map((entry) => entry.event.uid));
  return {
    method,
    events: events.map((entry) => entry.event).filter((event) => !(event.recurrenceId && masters.has(event.uid))),
  };
}
