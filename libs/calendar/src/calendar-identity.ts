import { BadUserInputError } from '@kennis/errors';
import type { InviteMethod } from './calendar.types';

/**
 * What a mail does to the recipient's calendar: adds (or updates) the event, removes it, or leaves the
 * calendar alone. Each library maps its mail kinds onto this, and the METHOD follows from it here.
 */
export type CalendarEffect = 'add' | 'remove' | 'none';

const METHOD_BY_EFFECT: Record<CalendarEffect, InviteMethod | null> = {
  add: 'REQUEST',
  remove: 'CANCEL',
  none: null,
};

/** RFC 5546 3.2: a REQUEST adds or updates the event, a CANCEL removes it; null means no calendar part at all. */
export function inviteMethodFor(effect: CalendarEffect): InviteMethod | null {
  return METHOD_BY_EFFECT[effect];
}

/** The SEQUENCE of an event's first invite (RFC 5545 3.8.7.4). */
export const FIRST_SEQUENCE = 0;

/** RFC 5546 2.1.4: every change of time, place or status raises the SEQUENCE by one; it never goes down. */
export function nextSequence(current: number): number {
  if (!Number.isInteger(current) || current < FIRST_SEQUENCE) {
    throw new BadUserInputError('sequence', 'sequence must be a whole number of 0 or more.');
  }
  return current + 1;
}

function eventUid(kind: 'session' | 'mentoring', field: string, id: string, domain: string): string {
  if (!/^[A-Za-z0-9-]{1,64}$/.test(id)) {
    throw new BadUserInputError(field, `${field} must be 1 to 64 letters, digits or hyphens.`);
  }
  if (!/^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/.test(domain)) {
    throw new BadUserInputError('domain', 'domain must be a host name like kennis.example.org.');
  }
  return `kennis-${kind}-${id.toLowerCase()}@${domain.toLowerCase()}`;
}

/**
 * The UID of a session's invites. RFC 5545 3.8.4.7 and RFC 5546 2.1.5: the UID must never change,
 * or calendars would keep the old event beside the new one, so these formats are frozen.
 */
export function sessionEventUid(sessionId: string, domain: string): string {
  return eventUid('session', 'sessionId', sessionId, domain);
}

/** The UID of a mentoring match's first meeting: the cancellation reuses it, so it replaces the invite. */
export function mentoringMeetingUid(matchId: string, domain: string): string {
  return eventUid('mentoring', 'matchId', matchId, domain);
}
