/**
 * Invitations and replies shaped as real calendar clients send them, written from RFC 5545/5546/6047
 * and the clients' documented behaviour:
 * - Outlook / Exchange: Windows TZIDs ("W. Europe Standard Time") with their VTIMEZONE, X-MICROSOFT-CDO-*
 *   properties, the text/calendar part base64-encoded inside multipart/alternative, lines folded at 75 octets.
 * - Google Calendar: times in UTC (Z), X-NUM-GUESTS on attendees, the same object inline and as invite.ics.
 * - Apple Calendar: an IANA VTIMEZONE, X-APPLE-* properties, quoted-printable, ics as an attachment only.
 * - Thunderbird: a plain REPLY with one ATTENDEE and a text/calendar part in 7bit.
 */
export type CalendarClient = 'outlook' | 'google' | 'apple' | 'thunderbird';

export interface InviteShape {
  client: CalendarClient;
  method: 'REQUEST' | 'CANCEL' | 'REPLY';
  from: string;
  to: string;
  uid: string;
  sequence?: number;
  summary?: string;
  description?: string;
  location?: string;
  /** Wall-clock start in the client's zone for outlook/apple (local), an instant for google/thunderbird. */
  startsAt: Date;
  endsAt: Date;
  organizer?: string;
  attendees?: { address: string; partstat?: string; cutype?: string; guests?: number }[];
  rrule?: string;
  exdates?: Date[];
  recurrenceId?: Date;
  messageId?: string;
  extraHeaders?: Record<string, string>;
  comment?: string;
}

function fold(line: string): string {
  const out: string[] = [];
  let rest = line;
  while (Buffer.byteLength(rest) > 75) {
    let cut = 75;
    while (Buffer.byteLength(rest.slice(0, cut)) > (out.length === 0 ? 75 : 74)) cut -= 1;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out.join('\r\n ');
}

const pad = (value: number) => String(value).padStart(2, '0');
const utc = (date: Date) =>
  `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;

/** The wall-clock time of an instant in a zone, as iCalendar local DATE-TIME (no Z). */
function local(date: Date, zone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}${parts.month}${parts.day}T${parts.hour}${parts.minute}${parts.second}`;
}

const OUTLOOK_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:W. Europe Standard Time',
  'BEGIN:STANDARD',
  'DTSTART:16010101T030000',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10',
  'END:STANDARD',
  'BEGIN:DAYLIGHT',
  'DTSTART:16010101T020000',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3',
  'END:DAYLIGHT',
  'END:VTIMEZONE',
];

const APPLE_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'DTSTART:19810329T020000',
  'TZNAME:CEST',
  'TZOFFSETTO:+0200',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'DTSTART:19961027T030000',
  'TZNAME:CET',
  'TZOFFSETTO:+0100',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function inviteCalendar(shape: InviteShape): string {
  const organizer = shape.organizer ?? shape.from;
  const lines: string[] = ['BEGIN:VCALENDAR'];
  const zoned = shape.client === 'outlook' || shape.client === 'apple';
  const tzid = shape.client === 'outlook' ? 'W. Europe Standard Time' : 'Europe/Amsterdam';
  const time = (name: string, date: Date) => (zoned ? `${name};TZID=${tzid}:${local(date, 'Europe/Amsterdam')}` : `${name}:${utc(date)}`);
  if (shape.client === 'outlook') lines.push('PRODID:Microsoft Exchange Server 2010', 'VERSION:2.0', `METHOD:${shape.method}`, ...OUTLOOK_VTIMEZONE);
  if (shape.client === 'google') lines.push('PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN', `METHOD:${shape.method}`);
  if (shape.client === 'apple') lines.push('VERSION:2.0', 'PRODID:-//Apple Inc.//macOS 14.4//EN', 'CALSCALE:GREGORIAN', `METHOD:${shape.method}`, ...APPLE_VTIMEZONE);
  if (shape.client === 'thunderbird') lines.push('PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN', 'VERSION:2.0', `METHOD:${shape.method}`);
  lines.push('BEGIN:VEVENT');
  lines.push(`UID:${shape.uid}`, `SEQUENCE:${shape.sequence ?? 0}`, `DTSTAMP:${utc(new Date())}`);
  lines.push(time('DTSTART', shape.startsAt), time('DTEND', shape.endsAt));
  if (shape.recurrenceId) lines.push(time('RECURRENCE-ID', shape.recurrenceId));
  if (shape.rrule) lines.push(`RRULE:${shape.rrule}`);
  for (const exdate of shape.exdates ?? []) lines.push(time('EXDATE', exdate));
  lines.push(`SUMMARY:${(shape.summary ?? 'Planning').replace(/,/g, '\\,')}`);
  const text = (value: string) => value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
  if (shape.description !== undefined) lines.push(`DESCRIPTION:${text(shape.description)}`);
  if (shape.location !== undefined) lines.push(`LOCATION:${text(shape.location)}`);
  lines.push(`ORGANIZER;CN=Organizer:mailto:${organizer}`);
  for (const attendee of shape.attendees ?? []) {
    const guests = shape.client === 'google' && attendee.guests !== undefined ? `;X-NUM-GUESTS=${attendee.guests}` : '';
    lines.push(
      `ATTENDEE;CUTYPE=${attendee.cutype ?? 'INDIVIDUAL'};ROLE=REQ-PARTICIPANT;PARTSTAT=${attendee.partstat ?? 'NEEDS-ACTION'};RSVP=TRUE;CN=${attendee.address}${guests}:mailto:${attendee.address}`,
    );
  }
  if (shape.comment) lines.push(`COMMENT:${shape.comment}`);
  if (shape.client === 'outlook') {
    lines.push('X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY', 'X-MICROSOFT-DISALLOW-COUNTER:FALSE');
  }
  if (shape.client === 'apple') lines.push('X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC', 'X-APPLE-CREATOR-IDENTITY:com.apple.calendar');
  if (shape.method === 'CANCEL') lines.push('STATUS:CANCELLED');
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

function base64Lines(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
}

function quotedPrintable(text: string): string {
  return text
    .split('\r\n')
    .map((line) => {
      const encoded = Buffer.from(line, 'utf8')
        .toString('latin1')
        .replace(/[=\u0080-\u00ff]/g, (character) => `=${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
      return encoded.replace(/.{73}(?=.)/g, '$&=\r\n');
    })
    .join('\r\n');
}

/** The whole raw message (RFC 5322 + MIME) a client sends for the shape. */
export function inviteMail(shape: InviteShape): Buffer {
  const ics = inviteCalendar(shape);
  const messageId = shape.messageId ?? `<${Math.random().toString(36).slice(2)}.${Date.now()}@${shape.from.split('@')[1]}>`;
  const headers = [
    `From: Organizer <${shape.from}>`,
    `To: <${shape.to}>`,
    `Subject: ${shape.method === 'REPLY' ? 'Accepted' : 'Invitation'}: ${shape.summary ?? 'Planning'}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: ${messageId}`,
    'MIME-Version: 1.0',
    ...Object.entries(shape.extraHeaders ?? {}).map(([name, value]) => `${name}: ${value}`),
  ];
  const method = shape.method;
  let body: string;
  if (shape.client === 'outlook') {
    headers.push('Content-Type: multipart/alternative; boundary="_000_outlook_"', 'X-MS-Exchange-Organization-AuthAs: Internal');
    body = [
      '--_000_outlook_',
      'Content-Type: text/plain; charset="us-ascii"',
      '',
      'Let us plan.',
      '--_000_outlook_',
      `Content-Type: text/calendar; charset="utf-8"; method=${method}`,
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(ics),
      '--_000_outlook_--',
      '',
    ].join('\r\n');
  } else if (shape.client === 'google') {
    headers.push('Content-Type: multipart/mixed; boundary="000google"');
    body = [
      '--000google',
      'Content-Type: multipart/alternative; boundary="000googlealt"',
      '',
      '--000googlealt',
      'Content-Type: text/plain; charset="UTF-8"',
      '',
      'Invitation from Google Calendar',
      '--000googlealt',
      `Content-Type: text/calendar; charset="UTF-8"; method=${method}`,
      'Content-Transfer-Encoding: 7bit',
      '',
      ics,
      '--000googlealt--',
      '--000google',
      `Content-Type: application/ics; name="invite.ics"`,
      'Content-Disposition: attachment; filename="invite.ics"',
      'Content-Transfer-Encoding: base64',
      '',
      base64Lines(ics),
      '--000google--',
      '',
    ].join('\r\n');
  } else if (shape.client === 'apple') {
    headers.push('Content-Type: multipart/mixed; boundary="Apple-Mail=_A1"');
    body = [
      '--Apple-Mail=_A1',
      'Content-Type: text/plain; charset=us-ascii',
      '',
      'See the invitation.',
      '--Apple-Mail=_A1',
      `Content-Type: text/calendar; charset=utf-8; method=${method}; name=invite.ics`,
      'Content-Disposition: attachment; filename=invite.ics',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      quotedPrintable(ics),
      '--Apple-Mail=_A1--',
      '',
    ].join('\r\n');
  } else {
    headers.push(`Content-Type: text/calendar; charset=UTF-8; method=${method}`, 'Content-Transfer-Encoding: 7bit');
    body = ics;
  }
  return Buffer.from(`${headers.join('\r\n')}\r\n\r\n${body}`, 'utf8');
}
