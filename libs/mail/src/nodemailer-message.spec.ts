import MailComposer from 'nodemailer/lib/mail-composer';
import { composeMail } from './compose-mail';
import { toNodemailerMessage } from './nodemailer-message';
import { buildMailInput } from './testing/mail.fixtures';
import { inspectRawMail } from './testing/raw-mail.inspection';

describe('toNodemailerMessage', () => {
  it.each(['REQUEST', 'CANCEL'] as const)(
    'builds text, html and a text/calendar alternative with method=%s, plus invite.ics',
    async (method) => {
      const mail = composeMail(buildMailInput({ method }));
      const ics = mail.calendar!.ics;
      const raw = await new MailComposer(toNodemailerMessage(mail)).compile().build();
      const { parsed, calendarPart, icsAttachment, headerLines } = await inspectRawMail(raw);

      expect(parsed.messageId).toBe(mail.messageId);
      expect(parsed.subject).toBe(mail.subject);
      expect(parsed.text).toBe(mail.text);
      expect(parsed.html).toBe(mail.html);
      expect(calendarPart).toEqual({ method, ics, icsMethod: method });
      expect(icsAttachment).toEqual({ contentType: 'application/ics', ics });
      expect(parsed.attachments).toHaveLength(2);
      expect(headerLines).toContain('Auto-Submitted: auto-generated');
      expect(raw.toString()).toMatch(/Content-Type: multipart\/alternative;/);
      expect(raw.toString()).toContain(`Content-Type: text/calendar; charset=utf-8; method=${method}\r\n`);
    },
  );

  it('builds a plain text and html message when there is no invite', async () => {
    const mail = composeMail(buildMailInput({ method: null }));
    const raw = await new MailComposer(toNodemailerMessage(mail)).compile().build();
    const { parsed, calendarPart } = await inspectRawMail(raw);
    expect(calendarPart).toBeNull();
    expect(parsed.attachments).toHaveLength(0);
    expect(parsed.text).toBe(mail.text);
  });
});
