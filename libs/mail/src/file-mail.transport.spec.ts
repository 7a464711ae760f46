import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeMail } from './compose-mail';
import { createMailTransport } from './mail-transport.factory';
import { buildMailInput } from './testing/mail.fixtures';
import { inspectRawMail } from './testing/raw-mail.inspection';

describe('createMailTransport without an SMTP URL', () => {
  let directory: string;

  beforeEach(async () => {
    directory = await mkdtemp(path.join(tmpdir(), 'kennis-mail-'));
  });

  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('writes each message as a sortable .eml file that parses back, once per message id', async () => {
    const mailDirectory = path.join(directory, 'outbox');
    const transport = createMailTransport({ smtpUrl: null, mailDirectory });
    const first = composeMail(buildMailInput({ language: 'en' }));
    const second = composeMail(
      buildMailInput({ subject: 'Geannuleerd: Intro to exclusion constraints', messageId: '<outbox-124@kennis.example.org>', method: 'CANCEL' }),
    );

    expect(await transport.send(first)).toEqual({ messageId: '<outbox-123@kennis.example.org>' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await transport.send(second);
    // A retry of a message that was already written leaves the one file alone.
    await transport.send(first);
    await transport.close();

    const files = (await readdir(mailDirectory)).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^\d{8}T\d{9}Z-outbox-123@kennis\.example\.org\.eml$/);
    expect(files[1]).toMatch(/^\d{8}T\d{9}Z-outbox-124@kennis\.example\.org\.eml$/);

    const raw = await readFile(path.join(mailDirectory, files[1]));
    const { parsed, calendarPart, icsAttachment } = await inspectRawMail(raw);
    expect(parsed.messageId).toBe('<outbox-124@kennis.example.org>');
    expect(parsed.subject).toBe('Geannuleerd: Intro to exclusion constraints');
    expect(parsed.to).toMatchObject({ value: [{ name: 'Piet de Vries', address: 'piet@example.org' }] });
    expect(parsed.text).toBe(second.text);
    expect(calendarPart?.method).toBe('CANCEL');
    expect(calendarPart?.icsMethod).toBe('CANCEL');
    expect(icsAttachment?.ics).toBe(second.calendar?.ics);
    expect(raw.toString()).toContain('\r\n');
  });
});
