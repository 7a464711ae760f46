import type { SendMailOptions } from 'nodemailer';
import { assertMessageId } from './mail-values.helper';
import type { ComposedMail } from './mail.types';

/**
 * The nodemailer message: multipart/alternative of text, html and the invite as text/calendar, and
 * the same invite attached as invite.ics. nodemailer's icalEvent produces both of those parts.
 */
export function toNodemailerMessage(mail: ComposedMail): SendMailOptions {
  return {
    messageId: assertMessageId(mail.messageId),
    from: mail.from,
    to: { name: mail.to.name, address: mail.to.address },
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    // RFC 3834: automated mail, so auto-responders stay quiet.
    headers: { 'Auto-Submitted': 'auto-generated' },
    // nodemailer writes method=PUBLISH when no method is given; RFC 6047 2.4 wants the part's
    // method parameter equal to the METHOD inside the object, so it is always passed.
    icalEvent: mail.calendar
      ? { method: mail.calendar.method, content: mail.calendar.ics, filename: 'invite.ics' }
      : undefined,
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}
