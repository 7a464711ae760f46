import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { waitUntil } from '@kennis/testing';
import { composeMail } from './compose-mail';
import { createMailTransport } from './mail-transport.factory';
import type { MailTransport } from './mail-transport.types';
import { buildMailInput } from './testing/mail.fixtures';
import { inspectRawMail } from './testing/raw-mail.inspection';

interface ReceivedMessage {
  from: string | false;
  to: string[];
  raw: Buffer;
}

// A real SMTP server on a free port: what it receives is exactly what a mail server would get.
describe('createMailTransport over SMTP', () => {
  let server: SMTPServer;
  let received: ReceivedMessage[];
  let transport: MailTransport;

  beforeEach(async () => {
    received = [];
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            from: session.envelope.mailFrom && session.envelope.mailFrom.address,
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            raw: Buffer.concat(chunks),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${port}`, mailDirectory: '/nonexistent' });
  });

  afterEach(async () => {
    await transport.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('delivers a Dutch invite whose text/calendar part says method=REQUEST like the ICS', async () => {
    const mail = composeMail(buildMailInput({ method: 'REQUEST' }));
    const ics = mail.calendar!.ics;

    expect(await transport.send(mail)).toEqual({ messageId: '<outbox-123@kennis.example.org>' });

    expect(received).toHaveLength(1);
    expect(received[0].from).toBe('kennis@kennis.example.org');
    expect(received[0].to).toEqual(['piet@example.org']);
    const { parsed, calendarPart, icsAttachment } = await inspectRawMail(received[0].raw);
    expect(parsed.messageId).toBe('<outbox-123@kennis.example.org>');
    expect(parsed.subject).toBe('Uitnodiging: Intro to exclusion constraints');
    expect(parsed.text).toBe(mail.text);
    expect(parsed.text).toContain('Je bent aangemeld voor "Intro to exclusion constraints".');
    expect(parsed.html).toBe(mail.html);
    expect(calendarPart).toEqual({ method: 'REQUEST', ics, icsMethod: 'REQUEST' });
    expect(icsAttachment).toEqual({ contentType: 'application/ics', ics });
  });

  it('delivers an English cancellation whose text/calendar part says method=CANCEL like the ICS', async () => {
    const base = buildMailInput({ method: 'CANCEL' });
    const mail = composeMail({
      ...base,
      language: 'en',
      subject: 'Cancelled: Intro to exclusion constraints',
      messageId: '<outbox-200@kennis.example.org>',
      layout: { ...base.layout, lead: ['"Intro to exclusion constraints" has been cancelled.'], notes: ['The session has been removed from your calendar.'] },
    });
    const ics = mail.calendar!.ics;

    await transport.send(mail);

    const { parsed, calendarPart, icsAttachment } = await inspectRawMail(received[0].raw);
    expect(parsed.messageId).toBe('<outbox-200@kennis.example.org>');
    expect(parsed.subject).toBe('Cancelled: Intro to exclusion constraints');
    expect(parsed.text).toContain('"Intro to exclusion constraints" has been cancelled.');
    expect(parsed.html).toContain('has been removed from your calendar.');
    expect(calendarPart).toEqual({ method: 'CANCEL', ics, icsMethod: 'CANCEL' });
    expect(calendarPart?.ics).toMatch(/^STATUS:CANCELLED\r$/m);
    expect(icsAttachment?.ics).toBe(ics);
  });

  it('lets no title or name add a header or a recipient', async () => {
    const base = buildMailInput();
    const title = 'Talk\r\nBcc: evil@x.example\r\n\r\n<h1>body</h1>';
    const mail = composeMail({
      ...base,
      to: { name: 'Piet\r\nBcc: evil@x.example', address: 'piet@example.org' },
      subject: `Uitnodiging: ${title}`,
      layout: { ...base.layout, title },
    });

    await transport.send(mail);

    expect(received[0].to).toEqual(['piet@example.org']);
    const { parsed, headerLines } = await inspectRawMail(received[0].raw);
    expect(headerLines.filter((line) => /^bcc:/i.test(line))).toEqual([]);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.subject).toBe('Uitnodiging: Talk Bcc: evil@x.example <h1>body</h1>');
    expect(parsed.to).toMatchObject({ value: [{ address: 'piet@example.org' }] });
    expect(parsed.html).not.toContain('<h1>body</h1>');
  });
});

// The transport's own pool of SMTPConnections: what nodemailer's pool did for it before.
describe('SMTP transport connection pool', () => {
  let server: SMTPServer;
  let transport: MailTransport;
  /** This test's server's connections (a closed server of an earlier test still counts its own). */
  let connections: { opened: number; open: number; mostOpen: number };
  let received: string[];

  async function startServer(options: { socketTimeout?: number } = {}): Promise<void> {
    const counts = { opened: 0, open: 0, mostOpen: 0 };
    connections = counts;
    received = [];
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // A closing server ends its open connections after this long (421), not after 30 s.
      closeTimeout: 100,
      ...options,
      onConnect(_session, callback) {
        counts.opened += 1;
        counts.open += 1;
        counts.mostOpen = Math.max(counts.mostOpen, counts.open);
        callback();
      },
      onClose() {
        counts.open -= 1;
      },
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => {
          received.push(session.envelope.rcptTo[0].address);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    transport = createMailTransport({ smtpUrl: `smtp://127.0.0.1:${port}`, mailDirectory: '/nonexistent' });
  }

  function mailTo(index: number) {
    const base = buildMailInput();
    return composeMail({ ...base, to: { name: `Person ${index}`, address: `person-${index}@example.org` }, messageId: `<outbox-${index}@kennis.example.org>` });
  }

  afterEach(async () => {
    await transport.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends many messages at once over at most five reused connections', async () => {
    await startServer();

    await Promise.all(Array.from({ length: 40 }, (_, index) => transport.send(mailTo(index))));

    expect(received.sort()).toEqual(Array.from({ length: 40 }, (_, index) => `person-${index}@example.org`).sort());
    expect(connections.mostOpen).toBeLessThanOrEqual(5);
    expect(connections.opened).toBeLessThanOrEqual(5);
  });

  it('opens a new connection when the server closed an idle one', async () => {
    await startServer({ socketTimeout: 200 });
    await transport.send(mailTo(1));
    expect(connections.opened).toBe(1);
    await waitUntil('the server to close the idle connection', () => connections.open === 0, 10_000);

    await transport.send(mailTo(2));

    expect(received).toEqual(['person-1@example.org', 'person-2@example.org']);
    expect(connections.opened).toBe(2);
  });

  it('fails a send while the server is down, and sends again once it is back', async () => {
    await startServer();
    await transport.send(mailTo(1));
    const { port } = server.server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await waitUntil('the pooled connection to be closed', () => connections.open === 0, 10_000);

    await expect(transport.send(mailTo(2))).rejects.toThrow();

    const back = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        stream.resume();
        stream.on('end', () => {
          received.push(session.envelope.rcptTo[0].address);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => back.listen(port, '127.0.0.1', resolve));
    server = back;
    await transport.send(mailTo(3));
    expect(received).toEqual(['person-1@example.org', 'person-3@example.org']);
  });
});
