import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import ical, { ICalAttendeeStatus, ICalAttendeeType, ICalCalendarMethod } from 'ical-generator';
import { inboundConfig, mailConfig } from '@kennis/config';
import type { ComposedMail } from '@kennis/mail';
import type { InboundAnswer, InboundMessageEntity } from '../entities/inbound-message.entity';

/** The answer mail, or why there is none to send. */
export type AnswerComposition = { mail: ComposedMail } | { stale: string };

const PRODUCT_ID = '//Kennis//Kennis rooms//EN';

const STATUS: Record<InboundAnswer['partstat'], ICalAttendeeStatus> = {
  ACCEPTED: ICalAttendeeStatus.ACCEPTED,
  TENTATIVE: ICalAttendeeStatus.TENTATIVE,
  DECLINED: ICalAttendeeStatus.DECLINED,
};

/** RFC 5545 3.3.11 TEXT escaping and 3.1 folding at 75 octets, for COMMENT (ical-generator has no COMMENT). */
function commentLine(text: string): string {
  const escaped = text.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
  const line = `COMMENT:${escaped}`;
  const chunks: string[] = [];
  let current = '';
  for (const character of line) {
    if (Buffer.byteLength(current + character) > (chunks.length === 0 ? 75 : 74)) {
      chunks.push(current);
      current = '';
    }
    current += character;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

function when(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));
}

/** The iTIP REPLY a room sends its organizer: the one ATTENDEE is the room, with its PARTSTAT (RFC 5546 3.2.3). */
export function renderRoomReply(answer: InboundAnswer, stamp: Date): string {
  const calendar = ical({ prodId: PRODUCT_ID, method: ICalCalendarMethod.REPLY });
  const first = answer.occurrences[0];
  const event = calendar.createEvent({
    id: answer.uid,
    sequence: answer.sequence,
    stamp,
    start: new Date(first?.startsAt ?? stamp),
    end: new Date(first?.endsAt ?? stamp),
    summary: answer.summary,
    organizer: { name: answer.toAddress, email: answer.toAddress },
  });
  const attendeeType = answer.attendeeType === 'RESOURCE' ? ICalAttendeeType.RESOURCE : ICalAttendeeType.ROOM;
  event.createAttendee({ email: answer.fromAddress, name: answer.fromName, type: attendeeType, status: STATUS[answer.partstat] });
  // RFC 5546 3.2.3: occurrences answered otherwise than the series each get a component with their RECURRENCE-ID.
  for (const occurrence of answer.occurrences) {
    if (!occurrence.recurrenceId || occurrence.partstat === answer.partstat || !(occurrence.partstat in STATUS)) continue;
    const exception = calendar.createEvent({
      id: answer.uid,
      sequence: answer.sequence,
      stamp,
      recurrenceId: new Date(occurrence.recurrenceId),
      start: new Date(occurrence.startsAt),
      end: new Date(occurrence.endsAt),
      summary: answer.summary,
      organizer: { name: answer.toAddress, email: answer.toAddress },
    });
    exception.createAttendee({ email: answer.fromAddress, name: answer.fromName, type: attendeeType, status: STATUS[occurrence.partstat as InboundAnswer['partstat']] });
  }
  return calendar.toString().replace(/\r\nEND:VEVENT/, `\r\n${commentLine(answer.comment)}\r\nEND:VEVENT`);
}

/** The answer mail of one received message, rebuilt from its row: a room's REPLY, or a notice to a host. */
@Injectable()
export class InboundAnswerComposer {
  constructor(
    @Inject(mailConfig.KEY) private readonly mail: ConfigType<typeof mailConfig>,
    @Inject(inboundConfig.KEY) private readonly inbound: ConfigType<typeof inboundConfig>,
  ) {}

  compose(message: InboundMessageEntity, outboxId: string, createdAt: Date): AnswerComposition {
    if (!message.answer) return { stale: 'the message has no answer' };
    return this.composeAnswer(message.answer, `inbound-answer-${outboxId}-${createdAt.getTime()}`, createdAt);
  }

  /** Any recorded answer (a received message's, a facility manager's decision); `key` makes its Message-ID. */
  composeAnswer(answer: InboundAnswer, key: string, createdAt: Date): AnswerComposition {
    const lines = [...(answer.intro ? [answer.intro, ''] : []), answer.comment, ''];
    if (answer.freeTimes.length > 0) {
      lines.push('Free nearby in this room:', ...answer.freeTimes.map((slot) => `- ${when(slot.startsAt, answer.timeZone)}`), '');
    }
    if (answer.freeRooms.length > 0) lines.push('Other rooms free at the asked time:', ...answer.freeRooms.map((room) => `- ${room}`), '');
    if (answer.occurrences.length > 1) {
      lines.push('Occurrences:', ...answer.occurrences.map((occurrence) => `- ${when(occurrence.startsAt, answer.timeZone)}: ${occurrence.reason ?? occurrence.partstat.toLowerCase()}`), '');
    }
    lines.push(`Times are in ${answer.timeZone}.`, '', '-- ', 'Kennis');
    const text = lines.join('\n');
    const html = `<div>${text
      .split('\n')
      .map((line) => line.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'))
      .join('<br>')}</div>`;
    const verb = { ACCEPTED: 'Accepted', TENTATIVE: 'Tentative', DECLINED: 'Declined' }[answer.partstat];
    const mail: ComposedMail = {
      messageId: `<${key}@${this.mail.messageIdDomain}>`,
      from: `"${answer.fromName.replace(/["\\\r\n]/g, '')}" <${answer.fromAddress}>`,
      to: { name: answer.toAddress, address: answer.toAddress },
      subject: answer.subject ?? (answer.kind === 'reply' ? `${verb}: ${answer.summary || 'your meeting'}` : `Room declined: ${answer.summary}`),
      text,
      html,
      calendar: answer.kind === 'reply' ? { method: 'REPLY', ics: renderRoomReply(answer, createdAt) } : undefined,
      replyTo: answer.kind === 'notice' ? this.inbound.organizerAddress : undefined,
      inReplyTo: answer.inReplyTo || undefined,
      autoSubmitted: 'auto-replied',
    };
    return { mail };
  }
}
