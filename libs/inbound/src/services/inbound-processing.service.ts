import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { type ParsedMail, simpleParser } from 'mailparser';
import { EntityManager } from 'typeorm';
import { inboundConfig, mailConfig } from '@kennis/config';
import type { OutboxBatch } from '@kennis/outbox';
import { PeopleService } from '@kennis/people';
import { type InboundAnswer, type InboundMessageEntity, InboundStatus } from '../entities/inbound-message.entity';
import type { InboundOutcome } from '../repositories/inbound-message.repository';
import { loopReason, suppressesAnswer } from './inbound-guards';
import { FacilityInviteService } from './facility-invite.service';
import { ItipParseError, type ItipMessage, parseItip } from './itip-parser';
import { KennisMailboxes } from './kennis-mailboxes.service';
import { MailAuthentication } from './mail-authentication';
import { isMentoringMeetingUid, MentoringReplyService } from './mentoring-reply.service';
import { RoomInviteBookingService } from './room-invite-booking.service';
import { SessionReplyService } from './session-reply.service';

/** Replies to the organizer mailbox carry their own zones; a floating time there reads in the default. */
const DEFAULT_ZONE = 'Europe/Amsterdam';
const BOOKING_WINDOW_DAYS = 365;
const MAX_OCCURRENCES = 400;

/** The iTIP object: the text/calendar alternative, or an .ics attachment (application/ics, text/calendar). */
export function calendarPart(parsed: ParsedMail): string | null {
  const part = parsed.attachments.find(
    (attachment) => /^text\/calendar$/i.test(attachment.contentType) || /^application\/ics$/i.test(attachment.contentType) || /\.ics$/i.test(attachment.filename ?? ''),
  );
  if (part) return part.content.toString('utf8');
  // A message that is one text/calendar part (Thunderbird's replies) may come out as its text.
  return /^\s*BEGIN:VCALENDAR/i.test(parsed.text ?? '') ? parsed.text! : null;
}

/** Seats a meeting needs: its people (not rooms or resources), the organizer, and Google's X-NUM-GUESTS. */
function seatsFor(ics: string, itip: ItipMessage): number {
  const event = itip.events[0];
  const people = event.attendees.filter((attendee) => attendee.cutype === 'INDIVIDUAL' || attendee.cutype === 'GROUP');
  const guests = [...ics.matchAll(/X-NUM-GUESTS=(\d{1,4})/gi)].reduce((sum, match) => sum + Number(match[1]), 0);
  const organizerListed = people.some((attendee) => attendee.address === event.organizer);
  return Math.max(1, people.length + guests + (organizerListed ? 0 : 1));
}

/**
 * What Kennis makes of one received message, inside the worker's transaction: the guards first
 * (loops, size, authentication, who sent it), then the calendar part, then the mailbox's use case.
 * Whatever the mail holds, this returns an outcome; only infrastructure failures throw (and are retried).
 */
@Injectable()
export class InboundProcessingService {
  constructor(
    private readonly mailboxes: KennisMailboxes,
    private readonly people: PeopleService,
    private readonly roomInvites: RoomInviteBookingService,
    private readonly facilityInvites: FacilityInviteService,
    private readonly replies: SessionReplyService,
    private readonly mentoringReplies: MentoringReplyService,
    private readonly authentication: MailAuthentication,
    @Inject(inboundConfig.KEY) private readonly config: ConfigType<typeof inboundConfig>,
    @Inject(mailConfig.KEY) private readonly mail: ConfigType<typeof mailConfig>,
  ) {}

  async process(manager: EntityManager, batch: OutboxBatch, message: InboundMessageEntity, now: Date): Promise<InboundOutcome> {
    const base: InboundOutcome = { status: InboundStatus.Ignored, outcome: '', fromAddress: null, subject: null, itipMethod: null, calendarUid: null, answer: null };
    const done = (status: InboundOutcome['status'], outcome: string, extra: Partial<InboundOutcome> = {}): InboundOutcome => ({ ...base, ...extra, status, outcome });
    if (message.sizeBytes > this.config.maxMessageBytes) return done(InboundStatus.Ignored, `larger than ${this.config.maxMessageBytes} bytes`);
    let parsed: ParsedMail;
    try {
      parsed = await simpleParser(message.raw, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, maxHtmlLengthToParse: 1_000_000 });
    } catch (error) {
      return done(InboundStatus.Failed, `not a readable mail message: ${(error as Error).message}`);
    }
    base.fromAddress = parsed.from?.value[0]?.address?.toLowerCase() ?? null;
    base.subject = parsed.subject ?? null;
    const rawText = message.raw.toString('latin1');
    const loop = loopReason({
      envelopeSender: message.envelopeSender,
      fromAddress: base.fromAddress,
      headers: parsed.headers,
      contentType: /^content-type:\s*([^\r\n]*)/im.exec(rawText)?.[1] ?? 'text/plain',
      partCount: (rawText.match(/^content-type:/gim) ?? []).length,
      maxParts: this.config.maxParts,
      isOwnAddress: (address) => this.mailboxes.isOwnAddress(address),
      isKennisMessageId: (id) => id.toLowerCase().endsWith(`@${this.mail.messageIdDomain.toLowerCase()}>`),
      messageId: message.messageId,
    });
    if (loop) return done(InboundStatus.Ignored, loop);
    if (!base.fromAddress) return done(InboundStatus.Ignored, 'no From address');
    const authenticated = await this.authentication.verify(message.raw, message.envelopeSender, base.fromAddress);
    if (!authenticated.pass) return done(InboundStatus.Ignored, `not acted on: ${authenticated.reason}`);

    const ics = calendarPart(parsed);
    if (!ics) return done(InboundStatus.Ignored, 'no calendar part (text/calendar or .ics)');
    const mailbox = await this.mailboxes.find(message.recipient);
    if (!mailbox) return done(InboundStatus.Ignored, `${message.recipient} is no longer a Kennis mailbox`);
    // Floating times and all-day dates are the room's or the team's own wall clock.
    const zone = mailbox.kind === 'ROOM' ? mailbox.room.timeZone : mailbox.kind === 'TEAM' ? mailbox.team.timeZone : DEFAULT_ZONE;
    let itip: ItipMessage;
    try {
      itip = parseItip(ics, {
        defaultZone: zone,
        windowStart: now,
        windowEnd: new Date(now.getTime() + BOOKING_WINDOW_DAYS * 24 * 3600_000),
        maxOccurrences: MAX_OCCURRENCES,
      });
    } catch (error) {
      if (error instanceof ItipParseError) return done(InboundStatus.Failed, `malformed calendar part: ${error.message}`);
      return done(InboundStatus.Failed, `malformed calendar part: ${(error as Error).message}`);
    }
    base.itipMethod = itip.method;
    base.calendarUid = itip.events[0].uid;
    const answerAllowed = !suppressesAnswer(parsed.headers);
    const inReplyTo = message.messageId;
    const withReply = (answer: Omit<InboundAnswer, 'inReplyTo'> | null): InboundAnswer | null =>
      answer && answerAllowed ? { ...answer, inReplyTo } : null;
    const suffix = answerAllowed ? '' : ' (X-Auto-Response-Suppress: no answer sent)';

    switch (mailbox.kind) {
      case 'ORGANIZER': {
        if (itip.method !== 'REPLY') return done(InboundStatus.Ignored, `METHOD:${itip.method} to the organizer mailbox: only replies are read there`);
        if (isMentoringMeetingUid(itip.events[0].uid)) {
          const answered = await this.mentoringReplies.handle(manager, batch, itip, base.fromAddress, now);
          return done(answered.acted ? InboundStatus.Processed : InboundStatus.Ignored, answered.outcome);
        }
        const result = await this.replies.handle(manager, batch, itip, base.fromAddress);
        return done(result.acted ? InboundStatus.Processed : InboundStatus.Ignored, result.outcome, { answer: withReply(result.notice) });
      }
      case 'ROOM': {
        const room = mailbox.room;
        if (itip.method === 'CANCEL') {
          const outcome = await this.roomInvites.cancel(manager, room, itip.events[0]);
          return done(outcome.startsWith('ignored') ? InboundStatus.Ignored : InboundStatus.Processed, outcome);
        }
        if (itip.method !== 'REQUEST') return done(InboundStatus.Ignored, `METHOD:${itip.method} to a room: a room answers only requests and cancellations`);
        if (!(await this.senderMayBook(base.fromAddress))) {
          return done(InboundStatus.Ignored, `${base.fromAddress} is neither a Kennis person nor of an allowed domain, so it may not book`);
        }
        const event = itip.events[0];
        const organizer = event.organizer ?? base.fromAddress;
        const result = await this.roomInvites.request(manager, room, event, organizer, seatsFor(ics, itip), room.timeZone, now, message.messageId);
        return done(result.answer ? InboundStatus.Processed : InboundStatus.Ignored, result.outcome + suffix, { answer: withReply(result.answer) });
      }
      case 'TEAM': {
        const team = mailbox.team;
        if (itip.method === 'CANCEL') {
          const outcome = await this.facilityInvites.cancel(manager, batch, team, itip.events[0]);
          return done(outcome.startsWith('ignored') ? InboundStatus.Ignored : InboundStatus.Processed, outcome);
        }
        if (itip.method !== 'REQUEST') return done(InboundStatus.Ignored, `METHOD:${itip.method} to a facility team: a team answers only requests and cancellations`);
        if (!(await this.senderMayBook(base.fromAddress))) {
          return done(InboundStatus.Ignored, `${base.fromAddress} is neither a Kennis person nor of an allowed domain, so it may not ask a team`);
        }
        const event = itip.events[0];
        const result = await this.facilityInvites.request(manager, batch, team, event, event.organizer ?? base.fromAddress, now, message.messageId);
        return done(result.outcome.startsWith('ignored') ? InboundStatus.Ignored : InboundStatus.Processed, result.outcome + (result.answer ? suffix : ''), { answer: withReply(result.answer) });
      }
    }
  }

  private async senderMayBook(address: string): Promise<boolean> {
    if (await this.people.findByEmail(address)) return true;
    const domain = address.split('@')[1] ?? '';
    return this.config.allowedSenderDomains.includes(domain);
  }
}
