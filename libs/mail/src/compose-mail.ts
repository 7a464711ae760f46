import type { InviteMethod } from '@kennis/calendar';
import { BadUserInputError } from '@kennis/errors';
import { renderMailLayout } from './mail-layout';
import { assertHeaderSafe, assertMailAddress, assertMessageId, headerText } from './mail-values.helper';
import type { ComposedMail, MailInput } from './mail.types';

/** Every Kennis mail is made here: header guards, the one layout, and the RFC 6047 check of its calendar part. */
export function composeMail(input: MailInput): ComposedMail {
  const { text, html } = renderMailLayout(input.language, input.layout);
  return {
    messageId: assertMessageId(input.messageId),
    from: assertHeaderSafe('from', input.from),
    to: { name: headerText(input.to.name), address: assertMailAddress('recipient.address', input.to.address) },
    subject: headerText(input.subject),
    text,
    html,
    ...(input.calendar ? { calendar: checkedCalendarPart(input.calendar.method, input.calendar.ics) } : {}),
  };
}

/** RFC 6047 2.4: the method parameter of the text/calendar part must equal the one METHOD inside it. */
export function checkedCalendarPart<Method extends InviteMethod | 'REPLY'>(method: Method, ics: string): { method: Method; ics: string } {
  const methods = [...ics.matchAll(/^METHOD:(.*)$/gm)].map((match) => match[1].trim());
  if (!ics.startsWith('BEGIN:VCALENDAR') || methods.length !== 1 || methods[0] !== method) {
    throw new BadUserInputError('ics.content', `ics.content must be a VCALENDAR with METHOD:${method}.`);
  }
  return { method, ics };
}
