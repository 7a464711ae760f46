import { renderSessionInvite } from '@kennis/calendar';
import MailComposer from 'nodemailer/lib/mail-composer';
import { toNodemailerMessage } from './nodemailer-message';
import { composeSessionMail } from './session-mail.composer';
import { inspectRawMail } from './testing/raw-mail.inspection';
import { buildInvite, buildSessionMailInput } from './testing/session-mail.fixtures';

describe('toNodemailerMessage', () => {
  it.each(['REQUEST', 'CANCEL'] as const)(
    'builds text, html and a text/calendar alternative with method=%s, plus invite.ics',
    async (method) => {
      const ics = renderSessionInvite(buildInvite(method));
      const mail = composeSessionMail(
        buildSessionMailInput({ kind: method === 'REQUEST' ? 'INVITE' : 'CANCELLATION', ics: { method, content: ics } }),
      );
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
    const mail = composeSessionMail(buildSessionMailInput({ kind: 'WAITLISTED', ics: undefined }));
    const raw = await new MailComposer(toNodemailerMessage(mail)).compile().build();
    const { parsed, calendarPart } = await inspectRawMail(raw);
    expect(calendarPart).toBeNull();
    expect(parsed.attachments).toHaveLength(0);
    expect(parsed.text).toBe(mail.text);
  });
});
