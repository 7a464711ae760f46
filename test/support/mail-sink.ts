import { once } from 'node:events';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import ICAL from 'ical.js';

export interface CapturedMail {
  raw: string;
  parsed: ParsedMail;
  messageId: string;
  to: string;
  /** The inline text/calendar part's method= parameter, if any. */
  mimeMethod: string | null;
  ics: string | null;
  calendar: { method: string; uid: string; sequence: number; status: string | null; start: Date; end: Date; organizer: string; attendees: string[] } | null;
}

function parseCalendar(ics: string): CapturedMail['calendar'] {
  const component = new ICAL.Component(ICAL.parse(ics));
  const event = component.getFirstSubcomponent('vevent')!;
  return {
    method: String(component.getFirstPropertyValue('method')),
    uid: String(event.getFirstPropertyValue('uid')),
    sequence: Number(event.getFirstPropertyValue('sequence') ?? 0),
    status: (event.getFirstPropertyValue('status') as string | null) ?? null,
    start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate(),
    end: (event.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate(),
    organizer: String(event.getFirstPropertyValue('organizer')),
    attendees: event.getAllProperties('attendee').map((property) => property.toICALString()),
  };
}

/** A real SMTP server on 127.0.0.1 that keeps every message it accepts; it can go down and come back. */
export class MailSink {
  readonly mails: CapturedMail[] = [];
  port = 0;
  /** Slows each message down, so that a test can act while a batch is under way. */
  delayMs = 0;
  private server: SMTPServer | null = null;
  /** Messages whose DATA has ended but that are not captured yet (held back by `delayMs`). */
  private readonly pending = new Set<Promise<void>>();

  async start(port = 0): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const to = session.envelope.rcptTo.map((address) => address.address).join(',');
          // A message whose DATA ended is the server's to keep, even if its client dies before the 250,
          // as with a real server: that is the duplicate window a killed worker leaves.
          const captured = new Promise<void>((resolve) => setTimeout(resolve, this.delayMs))
            .then(() => this.capture(raw, to))
            .then(() => callback(), callback)
            .finally(() => this.pending.delete(captured));
          this.pending.add(captured);
        });
      },
    });
    // A client that dies mid-message (a worker killed by a test) resets its connection; that is expected here.
    this.server.on('error', () => undefined);
    this.server.listen(port, '127.0.0.1');
    await once(this.server.server, 'listening');
    this.port = (this.server.server.address() as { port: number }).port;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    const server = this.server;
    this.server = null;
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async capture(raw: string, to: string): Promise<void> {
    const parsed = await simpleParser(raw);
    const calendarPart = /Content-Type: text\/calendar;[^\r\n]*(?:\r\n\s[^\r\n]*)*/i.exec(raw)?.[0] ?? null;
    const mimeMethod = calendarPart ? (/method=([A-Z]+)/i.exec(calendarPart)?.[1] ?? null) : null;
    const icsAttachment = parsed.attachments.find((attachment) => /calendar|ics/.test(attachment.contentType));
    const ics = icsAttachment ? icsAttachment.content.toString('utf8') : null;
    this.mails.push({
      raw,
      parsed,
      messageId: parsed.messageId ?? '',
      to,
      mimeMethod,
      ics,
      calendar: ics ? parseCalendar(ics) : null,
    });
  }

  /** Resolves once every message whose DATA has already ended is captured. */
  async settled(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  /** How many messages arrived more than once (same Message-ID). */
  get duplicates(): number {
    return this.mails.length - new Set(this.mails.map((mail) => mail.messageId)).size;
  }

  to(address: string): CapturedMail[] {
    return this.mails.filter((mail) => mail.to.toLowerCase() === address.toLowerCase());
  }

  /** Waits until `predicate` holds for the captured mails, or fails listing what did arrive. */
  async waitFor(description: string, predicate: (mails: CapturedMail[]) => boolean, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (predicate(this.mails)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seen = this.mails.map((mail) => `${mail.to} ${mail.parsed.subject}`).join('\n');
    throw new Error(`Timed out waiting for ${description}. Received ${this.mails.length}:\n${seen}`);
  }
}
