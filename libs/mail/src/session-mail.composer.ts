import type { InviteMethod } from '@kennis/calendar';
import { BadUserInputError } from '@kennis/errors';
import {
  assertHeaderSafe,
  assertMailAddress,
  assertMessageId,
  bodyText,
  escapeHtml,
  headerText,
  httpUrl,
} from './mail-values.helper';
import { SESSION_MAIL_TEXTS } from './session-mail.texts';
import type { SessionMailTexts } from './session-mail.texts';
import type { ComposedMail, SessionMailDetails, SessionMailInput, SessionMailKind } from './session-mail.types';

// Which iTIP method may ride along with each kind of mail; null: no calendar part at all.
const CALENDAR_METHOD_BY_KIND: Record<SessionMailKind, InviteMethod | null> = {
  INVITE: 'REQUEST',
  UPDATE: 'REQUEST',
  SEAT_GRANTED: 'REQUEST',
  REMINDER: 'REQUEST',
  CANCELLATION: 'CANCEL',
  LEFT: 'CANCEL',
  WAITLISTED: null,
};

interface DetailLine {
  label: string;
  text: string;
  href: string | null;
}

/** Subject, text and html of one mail about a session, in the recipient's language and zone. */
export function composeSessionMail(input: SessionMailInput): ComposedMail {
  const texts = SESSION_MAIL_TEXTS[input.language];
  if (!texts) {
    throw new BadUserInputError('language', 'language must be nl or en.');
  }
  if (!(input.kind in CALENDAR_METHOD_BY_KIND)) {
    throw new BadUserInputError('kind', `kind ${String(input.kind)} is not a session mail kind.`);
  }
  const calendar = input.ics === undefined ? undefined : checkedCalendar(input.kind, input.ics);
  const { details } = input;
  const title = headerText(details.title);
  const recipientName = headerText(input.recipient.name);
  const lead = texts.lead[input.kind](title, details.waitlistPosition);
  const lines = detailLines(texts, details);
  const calendarNote =
    calendar === undefined ? null : calendar.method === 'REQUEST' ? texts.calendarAdded : texts.calendarRemoved;
  const description = bodyText(details.description).trim();

  const text = [
    texts.greeting(recipientName),
    '',
    lead,
    '',
    ...lines.map((line) => `${line.label}: ${line.text}`),
    ...(description ? ['', `${texts.about}:`, description] : []),
    ...(calendarNote ? ['', calendarNote] : []),
    '',
    '-- ',
    texts.footer,
    '',
  ].join('\n');

  const html = [
    '<!DOCTYPE html>',
    `<html lang="${input.language}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>',
    '<body style="font-family: sans-serif; line-height: 1.4">',
    `<p>${escapeHtml(texts.greeting(recipientName))}</p>`,
    `<p>${escapeHtml(lead)}</p>`,
    `<h1 style="font-size: 1.3em">${escapeHtml(title)}</h1>`,
    '<table role="presentation" cellpadding="4">',
    ...lines.map(
      (line) =>
        `<tr><th align="left" valign="top">${escapeHtml(line.label)}</th><td>${
          line.href === null
            ? escapeHtml(line.text)
            : `<a href="${escapeHtml(line.href)}">${escapeHtml(line.text)}</a>`
        }</td></tr>`,
    ),
    '</table>',
    ...(description
      ? [`<h2 style="font-size: 1.1em">${escapeHtml(texts.about)}</h2>`, `<p>${escapeHtml(description).replace(/\n/g, '<br>\n')}</p>`]
      : []),
    ...(calendarNote ? [`<p>${escapeHtml(calendarNote)}</p>`] : []),
    `<p style="color: #666; font-size: 0.9em">${escapeHtml(texts.footer)}</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');

  return {
    messageId: assertMessageId(input.messageId),
    from: assertHeaderSafe('from', input.from),
    to: { name: recipientName, address: assertMailAddress('recipient.address', input.recipient.address) },
    subject: headerText(texts.subject[input.kind](title)),
    text,
    html,
    ...(calendar ? { calendar } : {}),
  };
}

function checkedCalendar(
  kind: SessionMailKind,
  ics: { method: InviteMethod; content: string },
): { method: InviteMethod; ics: string } {
  const expected = CALENDAR_METHOD_BY_KIND[kind];
  if (expected === null) {
    throw new BadUserInputError('ics', `A ${kind} mail carries no calendar invite.`);
  }
  if (ics.method !== expected) {
    throw new BadUserInputError('ics.method', `A ${kind} mail carries a ${expected}, not a ${ics.method}.`);
  }
  // RFC 6047 2.4: the method parameter of the text/calendar part must equal the METHOD inside it.
  const methods = [...ics.content.matchAll(/^METHOD:(.*)$/gm)].map((match) => match[1].trim());
  if (!ics.content.startsWith('BEGIN:VCALENDAR') || methods.length !== 1 || methods[0] !== ics.method) {
    throw new BadUserInputError('ics.content', `ics.content must be a VCALENDAR with METHOD:${ics.method}.`);
  }
  return { method: ics.method, ics: ics.content };
}

function detailLines(texts: SessionMailTexts, details: SessionMailDetails): DetailLine[] {
  const lines: DetailLine[] = [{ label: texts.when, text: formatPeriod(texts.locale, details), href: null }];
  if (details.location !== null && headerText(details.location)) {
    lines.push({ label: texts.where, text: headerText(details.location), href: null });
  }
  if (details.onlineUrl !== null && headerText(details.onlineUrl)) {
    const href = httpUrl(details.onlineUrl.trim());
    lines.push({ label: texts.online, text: href ?? headerText(details.onlineUrl), href });
  }
  const hosts = details.hostNames.map(headerText).filter((name) => name.length > 0);
  if (hosts.length > 0) {
    lines.push({
      label: texts.hosts,
      text: listFormat(texts.locale).format(hosts),
      href: null,
    });
  }
  return lines;
}

function formatPeriod(locale: string, details: SessionMailDetails): string {
  for (const [field, value] of [['startsAt', details.startsAt], ['endsAt', details.endsAt]] as const) {
    if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
      throw new BadUserInputError(`details.${field}`, `details.${field} must be a valid date.`);
    }
  }
  if (details.endsAt.getTime() <= details.startsAt.getTime()) {
    throw new BadUserInputError('details.endsAt', 'details.endsAt must be after details.startsAt.');
  }
  return `${periodFormat(locale, details.timeZone).formatRange(details.startsAt, details.endsAt)} (${details.timeZone})`;
}

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
