import { type CalendarEffect, type InviteMethod, inviteMethodFor } from '@kennis/calendar';
import { BadUserInputError } from '@kennis/errors';
import { type ComposedMail, composeMail, headerText, type MailDetail, type MailLanguage, type MailRecipient } from '@kennis/mail';
import { SessionMailKind } from '../jobs/sessions.jobs';
import { SESSION_MAIL_TEXTS, type SessionMailAudience, type SessionMailTexts } from './session-mail.texts';

/** What each kind of session mail does to the recipient's calendar; the METHOD follows from it. */
export const SESSION_MAIL_CALENDAR_EFFECT: Record<SessionMailKind, CalendarEffect> = {
  [SessionMailKind.Invite]: 'add',
  [SessionMailKind.Update]: 'add',
  [SessionMailKind.SeatGranted]: 'add',
  [SessionMailKind.Reminder]: 'add',
  [SessionMailKind.Cancellation]: 'remove',
  [SessionMailKind.Left]: 'remove',
  [SessionMailKind.Waitlisted]: 'none',
  [SessionMailKind.RoomPending]: 'none',
  [SessionMailKind.RoomRefused]: 'none',
};

export interface SessionMailDetails {
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  /** The recipient's IANA zone: the body shows local times in it. */
  timeZone: string;
  location: string | null;
  onlineUrl: string | null;
  hostNames: string[];
  waitlistPosition?: number;
  /** For a facility team: what the hosts asked and how many people to expect. */
  facilityRequest?: FacilityRequestDetails;
  /** For a refused room: the facility manager's reason ('' when none was given). */
  refusalReason?: string;
  /** For an update: the time and place before it, shown beside the new ones. */
  previous?: { startsAt: Date; endsAt: Date; location: string | null };
}

export interface FacilityRequestDetails {
  note: string;
  /** A note-change update: the note before it, quoted beside the new one. */
  previousNote?: string;
  /** Seats taken now: the expected attendance. */
  seatsTaken: number;
  capacity: number;
}

export interface SessionMailInput {
  kind: SessionMailKind;
  language: MailLanguage;
  audience: SessionMailAudience;
  recipient: MailRecipient;
  from: string;
  messageId: string;
  /** The session's page in Kennis: the mail's one button. */
  sessionUrl: string;
  details: SessionMailDetails;
  ics?: { method: InviteMethod; content: string };
}

/** Subject, text and html of one mail about a session, in the recipient's language and zone. */
export function composeSessionMail(input: SessionMailInput): ComposedMail {
  const texts = SESSION_MAIL_TEXTS[input.language];
  if (!texts) {
    throw new BadUserInputError('language', 'language must be nl or en.');
  }
  if (!(input.kind in SESSION_MAIL_CALENDAR_EFFECT)) {
    throw new BadUserInputError('kind', `kind ${String(input.kind)} is not a session mail kind.`);
  }
  const method = calendarMethod(input.kind, input.ics);
  const { details } = input;
  const title = headerText(details.title);
  const calendarNote = method === null ? null : method === 'REQUEST' ? texts.calendarAdded : texts.calendarRemoved;
  const resource = input.audience === 'room' || input.audience === 'facility';
  return composeMail({
    language: input.language,
    messageId: input.messageId,
    from: input.from,
    to: input.recipient,
    subject: texts.subject[input.kind](title),
    layout: {
      greeting: resource ? texts.resourceGreeting(headerText(input.recipient.name)) : texts.greeting(headerText(input.recipient.name)),
      title,
      lead: [resource ? texts.resourceLead[input.kind](title) : texts.lead[input.kind](title, details.waitlistPosition)],
      details: detailLines(texts, details),
      sections: [
        ...(details.previous ? [{ heading: texts.changed, body: changeText(texts, details, details.previous) }] : []),
        ...(details.refusalReason ? [{ heading: texts.refusal, body: details.refusalReason }] : []),
        ...(details.facilityRequest ? [{ heading: texts.request, body: facilityRequestText(input.language, details.facilityRequest) }] : []),
        { heading: texts.about, body: details.description },
      ],
      action: { label: texts.openSession, href: input.sessionUrl },
      notes: calendarNote ? [calendarNote] : [],
      reason: texts.reason[input.audience],
    },
    ...(input.ics && method ? { calendar: { method, ics: input.ics.content } } : {}),
  });
}

/**
 * The request's note and head count as plain lines, for the mail and for the invite's DESCRIPTION (a
 * facility mailbox often reads only the calendar item).
 */
export function facilityRequestText(language: MailLanguage, request: FacilityRequestDetails): string {
  const texts = SESSION_MAIL_TEXTS[language];
  if (!texts) throw new BadUserInputError('language', 'language must be nl or en.');
  for (const field of ['seatsTaken', 'capacity'] as const) {
    if (!Number.isInteger(request[field]) || request[field] < 0) {
      throw new BadUserInputError(`facilityRequest.${field}`, `facilityRequest.${field} must be a whole number of 0 or more.`);
    }
  }
  const lines = [texts.headCount(request.seatsTaken, request.capacity)];
  const note = request.note.trim();
  if (request.previousNote !== undefined) {
    const before = request.previousNote.trim();
    lines.unshift(`${texts.note}: ${note || texts.noNote}`, `${texts.noteBefore}: ${before || texts.noNote}`);
  } else if (note.length > 0) lines.unshift(`${texts.note}: ${note}`);
  return lines.join('\n');
}

/** Old -> new for what moved: the time, the place, or both; nothing when a change put things back. */
function changeText(texts: SessionMailTexts, now: SessionMailDetails, before: NonNullable<SessionMailDetails['previous']>): string {
  const lines: string[] = [];
  if (before.startsAt.getTime() !== now.startsAt.getTime() || before.endsAt.getTime() !== now.endsAt.getTime()) {
    lines.push(`${texts.time}: ${formatPeriod(texts.locale, { ...now, ...before })} -> ${formatPeriod(texts.locale, now)}`);
  }
  if (before.location !== now.location) {
    lines.push(`${texts.place}: ${before.location ?? texts.online} -> ${now.location ?? texts.online}`);
  }
  return lines.join('\n');
}

/** Which METHOD may ride along with this kind of mail; the RFC 6047 check itself is composeMail's. */
function calendarMethod(kind: SessionMailKind, ics: SessionMailInput['ics']): InviteMethod | null {
  if (ics === undefined) return null;
  const expected = inviteMethodFor(SESSION_MAIL_CALENDAR_EFFECT[kind]);
  if (expected === null) {
    throw new BadUserInputError('ics', `A ${kind} mail carries no calendar invite.`);
  }
  if (ics.method !== expected) {
    throw new BadUserInputError('ics.method', `A ${kind} mail carries a ${expected}, not a ${ics.method}.`);
  }
  return expected;
}

function detailLines(texts: SessionMailTexts, details: SessionMailDetails): MailDetail[] {
  const lines: MailDetail[] = [{ label: texts.when, text: formatPeriod(texts.locale, details) }];
  if (details.location !== null) lines.push({ label: texts.where, text: details.location });
  if (details.onlineUrl !== null) lines.push({ label: texts.online, text: details.onlineUrl.trim(), href: details.onlineUrl });
  const hosts = details.hostNames.map(headerText).filter((name) => name.length > 0);
  if (hosts.length > 0) {
    lines.push({ label: texts.hosts, text: listFormat(texts.locale).format(hosts) });
  }
  return lines;
}

function formatPeriod(locale: string, details: Pick<SessionMailDetails, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  for (const [field, value] of [['startsAt', details.startsAt], ['endsAt', details.endsAt]] as const) {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
      throw new BadUserInputError(`details.${field}`, `details.${field} must be a valid date.`);
    }
  }
  if (details.endsAt.getTime() <= details.startsAt.getTime()) {
    throw new BadUserInputError('details.endsAt', 'details.endsAt must be after details.startsAt.');
  }
  const key = `${locale} ${details.timeZone} ${details.startsAt.getTime()} ${details.endsAt.getTime()}`;
  let period = periods.get(key);
  if (period === undefined) {
    period = `${periodFormat(locale, details.timeZone).formatRange(details.startsAt, details.endsAt)} (${details.timeZone})`;
    if (periods.size >= MAX_CACHED_PERIODS) periods.clear();
    periods.set(key, period);
  }
  return period;
}

// formatRange builds an ICU interval formatter on every call (about 300 us); the mails of one change
// (an all-hands update: 10,000) show the same period in a handful of zones, so the text is kept.
const MAX_CACHED_PERIODS = 1000;
const periods = new Map<string, string>();

// Building an Intl formatter loads locale and time-zone data (tens of microseconds, and garbage); an
// all-hands update formats 10,000 times with a handful of (locale, zone) pairs. Formatters are
// immutable, so one per pair serves every mail. Only valid pairs are kept: the cache stays as small
// as the set of zones people really have.
const periodFormats = new Map<string, Intl.DateTimeFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function periodFormat(locale: string, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale} ${timeZone}`;
  let format = periodFormats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone });
    } catch {
      throw new BadUserInputError('details.timeZone', 'details.timeZone must be an IANA time zone like Europe/Amsterdam.');
    }
    periodFormats.set(key, format);
  }
  return format;
}

function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format;
}
