import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import type { Attachment, ParsedMail, StructuredHeader } from 'mailparser';

export interface InspectedMail {
  parsed: ParsedMail;
  /** Header block of the raw message, unfolded, one header a line. */
  headerLines: string[];
  /** The inline text/calendar alternative. */
  calendarPart: { method: string | undefined; ics: string; icsMethod: unknown } | null;
  /** The invite.ics attachment. */
  icsAttachment: { contentType: string; ics: string } | null;
}

/** Parses a raw message the way a mail client would, to check what was really sent. */
export async function inspectRawMail(raw: Buffer | string): Promise<InspectedMail> {
  const text = raw.toString();
  const headerBlock = text.slice(0, text.search(/\r?\n\r?\n/));
  const headerLines = headerBlock.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
  const parsed = await simpleParser(raw);

  const calendar = parsed.attachments.find((attachment) => attachment.contentType === 'text/calendar');
  const attachment = parsed.attachments.find((candidate) => candidate.filename === 'invite.ics');
  return {
    parsed,
    headerLines,
    calendarPart: calendar
      ? {
          method: (calendar.headers.get('content-type') as StructuredHeader).params.method,
          ics: calendar.content.toString('utf8'),
          icsMethod: icsMethod(calendar),
        }
      : null,
    icsAttachment: attachment ? { contentType: attachment.contentType, ics: attachment.content.toString('utf8') } : null,
  };
}

function icsMethod(attachment: Attachment): unknown {
  return new ICAL.Component(ICAL.parse(attachment.content.toString('utf8'))).getFirstPropertyValue('method');
}
