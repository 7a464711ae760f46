import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { type CalendarAttendee, renderSessionInvite } from '@kennis/calendar';
import { appConfig, mailConfig, mentoringConfig } from '@kennis/config';
import type { ComposedMail, MailLanguage } from '@kennis/mail';
import { PersonEntity } from '@kennis/people';
import { RoomBookingEntity, type RoomEntity } from '@kennis/rooms';
import { MatchStatus, MentorMatchEntity } from '../entities/mentor-match.entity';
import { MentoringRoundEntity } from '../entities/mentoring-round.entity';
import { MentoringMailKind, type MentoringMailPayload } from '../jobs/mentoring.jobs';
import { escapeHtml, localDateTime, oneLine } from './mentoring-mail.format';
import { MENTORING_MAIL_TEXTS, type ProposalLine } from './mentoring-mail.texts';
import { visibleExplanation } from './visible-breakdown';

export type MentoringComposeResult = { mail: ComposedMail } | { stale: string };

interface Paragraph {
  text: string;
  href?: string;
}

/**
 * Turns a mentoring outbox row into the mail to send, from the matches as they are now; `stale` when
 * the reason for the mail is gone (answered in the meantime, declined again). Diversity attributes are
 * never read here: explanations come from the stored breakdown, which holds none.
 */
@Injectable()
export class MentoringMailComposer {
  constructor(
    @Inject(mailConfig.KEY) private readonly mail: ConfigType<typeof mailConfig>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(mentoringConfig.KEY) private readonly mentoring: ConfigType<typeof mentoringConfig>,
  ) {}

  /** The online meeting's link from the configured template; null in a room or without a template. */
  private meetingLink(match: MentorMatchEntity, room: RoomEntity | null): string | null {
    if (room || !this.mentoring.meetingLinkTemplate) return null;
    return this.mentoring.meetingLinkTemplate.replaceAll('{matchId}', encodeURIComponent(match.id));
  }

  async compose(manager: EntityManager, outboxId: string, createdAt: Date, payload: MentoringMailPayload): Promise<MentoringComposeResult> {
    // Unique across databases too, as the session mails: row ids start again in a new or restored database.
    const messageId = `<outbox-${outboxId}-${createdAt.getTime()}@${this.mail.messageIdDomain}>`;
    if (payload.kind === MentoringMailKind.MeetingRoom) return this.meetingRoom(manager, messageId, payload.matchId, payload.method, createdAt);
    const person = await manager.getRepository(PersonEntity).findOneBy({ id: payload.personId });
    if (!person) return { stale: 'the person no longer exists' };
    switch (payload.kind) {
      case MentoringMailKind.Proposals:
        return this.proposals(manager, messageId, person, payload.roundId);
      case MentoringMailKind.Accepted:
        return this.accepted(manager, messageId, person, payload.matchId, createdAt);
      case MentoringMailKind.Ended:
        return this.ended(manager, messageId, person, payload.matchId, createdAt);
      case MentoringMailKind.Unmatched:
        return this.unmatched(manager, messageId, person, payload.roundId);
      case MentoringMailKind.Declined:
        return this.declinedOrExpired(manager, messageId, person, payload.matchId, MatchStatus.DECLINED);
      case MentoringMailKind.Expired:
        return this.declinedOrExpired(manager, messageId, person, payload.matchId, MatchStatus.EXPIRED);
    }
  }

  private async proposals(manager: EntityManager, messageId: string, mentor: PersonEntity, roundId: string): Promise<MentoringComposeResult> {
    const round = await manager.getRepository(MentoringRoundEntity).findOneBy({ id: roundId });
    if (!round) return { stale: 'the round no longer exists' };
    const open = await manager
      .getRepository(MentorMatchEntity)
      .createQueryBuilder('match')
      .where('match.roundId = :roundId AND match.mentorId = :mentorId', { roundId, mentorId: mentor.id })
      .andWhere(`match.status = 'PROPOSED' AND match.publishedAt IS NOT NULL`)
      .orderBy('match.respondBy')
      .addOrderBy('match.id')
      .getMany();
    if (open.length === 0) return { stale: 'no proposal awaits an answer any more' };
    const mentees = new Map(
      (await manager.getRepository(PersonEntity).findBy(open.map((match) => ({ id: match.menteeId })))).map((p) => [p.id, p]),
    );
    const texts = MENTORING_MAIL_TEXTS[mentor.language];
    const lines: ProposalLine[] = open.map((match) => {
      const mentee = mentees.get(match.menteeId)!;
      return {
        menteeName: oneLine(mentee.name),
        department: oneLine(mentee.department),
        site: oneLine(mentee.site),
        score: visibleExplanation(match.breakdown).score,
        // Criterion names in the mentor's language; the engine's explanations are English and stay in the app.
        reasons: visibleExplanation(match.breakdown)
          .breakdown.filter((line) => line.points > 0)
          .map((line) => texts.criterion[line.criterion as keyof typeof texts.criterion]),
        link: this.mentoringLink(),
      };
    });
    const respondBy = localDateTime(open[0].respondBy!, mentor.timeZone, mentor.language);
    const roundName = oneLine(round.name);
    const paragraphs: Paragraph[][] = [
      [{ text: texts.proposalsLead(roundName, lines.length, respondBy) }],
      ...lines.map((line) => [
        { text: `${line.menteeName} (${line.department}, ${line.site}), ${texts.proposalScore(line.score)}` },
        ...(line.reasons.length > 0 ? [{ text: `${texts.whyLabel}: ${line.reasons.join(', ')}.` }] : []),
        { text: texts.answerHere, href: line.link },
      ]),
    ];
    return { mail: this.render(messageId, mentor, texts.proposalsSubject(roundName), paragraphs, mentor.language) };
  }

  private async accepted(
    manager: EntityManager,
    messageId: string,
    recipient: PersonEntity,
    matchId: string,
    createdAt: Date,
  ): Promise<MentoringComposeResult> {
    const loaded = await this.matchWithPeople(manager, matchId, MatchStatus.ACCEPTED, recipient);
    if ('stale' in loaded) return loaded;
    const { match, mentor, mentee } = loaded;
    const youAreMentor = recipient.id === mentor.id;
    const other = youAreMentor ? mentee : mentor;
    const texts = MENTORING_MAIL_TEXTS[recipient.language];
    const booking = match.meetingRoomBookingId
      ? await manager.getRepository(RoomBookingEntity).findOne({ where: { id: match.meetingRoomBookingId }, relations: { room: true } })
      : null;
    const room = booking?.room ?? null;
    const link = this.meetingLink(match, room);
    const where = room ? `${room.site} / ${room.name}` : link ? `${texts.online} (${link})` : texts.online;
    const paragraphs: Paragraph[][] = [[{ text: texts.acceptedLead(oneLine(other.name), youAreMentor) }]];
    let calendar: ComposedMail['calendar'];
    if (match.meetingStartsAt && match.meetingEndsAt) {
      paragraphs.push([{ text: texts.meetingAt(localDateTime(match.meetingStartsAt, recipient.timeZone, recipient.language), oneLine(where)) }]);
      const ics = this.meetingInvite(match, mentor, mentee, room, 'REQUEST', recipient.language, createdAt);
      calendar = { method: 'REQUEST', ics };
      paragraphs.push([{ text: texts.calendarAdded }]);
    } else {
      paragraphs.push([{ text: texts.noSharedTime }]);
    }
    return { mail: { ...this.render(messageId, recipient, texts.acceptedSubject(oneLine(other.name)), paragraphs, recipient.language), calendar } };
  }

  /** The mentor ends the match, or the mentee or an admin does: both hear it; a meeting still ahead is cancelled. */
  private async ended(
    manager: EntityManager,
    messageId: string,
    recipient: PersonEntity,
    matchId: string,
    createdAt: Date,
  ): Promise<MentoringComposeResult> {
    const loaded = await this.matchWithPeople(manager, matchId, MatchStatus.ENDED, recipient);
    if ('stale' in loaded) return loaded;
    const { match, mentor, mentee } = loaded;
    const other = recipient.id === mentor.id ? mentee : mentor;
    const texts = MENTORING_MAIL_TEXTS[recipient.language];
    const paragraphs: Paragraph[][] = [[{ text: texts.endedLead(oneLine(other.name)) }]];
    let calendar: ComposedMail['calendar'];
    if (match.meetingStartsAt && match.meetingEndsAt && match.meetingStartsAt > createdAt) {
      const booking = match.meetingRoomBookingId
        ? await manager.getRepository(RoomBookingEntity).findOne({ where: { id: match.meetingRoomBookingId }, relations: { room: true } })
        : null;
      calendar = { method: 'CANCEL', ics: this.meetingInvite(match, mentor, mentee, booking?.room ?? null, 'CANCEL', recipient.language, createdAt) };
      paragraphs.push([{ text: texts.meetingCancelled }]);
    }
    return { mail: { ...this.render(messageId, recipient, texts.endedSubject(oneLine(other.name)), paragraphs, recipient.language), calendar } };
  }

  /** The room's mailbox gets the first meeting as a resource attendee would: the invite, then its cancellation. */
  private async meetingRoom(
    manager: EntityManager,
    messageId: string,
    matchId: string,
    method: 'REQUEST' | 'CANCEL',
    createdAt: Date,
  ): Promise<MentoringComposeResult> {
    const match = await manager.getRepository(MentorMatchEntity).findOneBy({ id: matchId });
    const wanted = method === 'REQUEST' ? MatchStatus.ACCEPTED : MatchStatus.ENDED;
    if (!match || match.status !== wanted) return { stale: `the match is no longer ${wanted.toLowerCase()}` };
    if (!match.meetingRoomBookingId || !match.meetingStartsAt || !match.meetingEndsAt) return { stale: 'the meeting has no room' };
    const booking = await manager.getRepository(RoomBookingEntity).findOne({ where: { id: match.meetingRoomBookingId }, relations: { room: true } });
    const room = booking?.room ?? null;
    if (!room?.resourceMailbox) return { stale: 'the room has no mailbox' };
    const [mentor, mentee] = await Promise.all([
      manager.getRepository(PersonEntity).findOneBy({ id: match.mentorId }),
      manager.getRepository(PersonEntity).findOneBy({ id: match.menteeId }),
    ]);
    if (!mentor || !mentee) return { stale: 'a person of the match no longer exists' };
    const ics = this.meetingInvite(match, mentor, mentee, room, method, 'en', createdAt);
    const title = `Mentoring: ${oneLine(mentor.name)} & ${oneLine(mentee.name)}`;
    const text = `${method === 'REQUEST' ? 'Booking' : 'Cancelled'}: ${title}, ${match.meetingStartsAt.toISOString()} - ${match.meetingEndsAt.toISOString()}.`;
    return {
      mail: {
        messageId,
        from: this.mail.fromAddress,
        to: { name: oneLine(`${room.site} / ${room.name}`), address: room.resourceMailbox },
        subject: method === 'REQUEST' ? title : `Cancelled: ${title}`,
        text,
        html: `<p>${escapeHtml(text)}</p>`,
        calendar: { method, ics },
      },
    };
  }

  /** The web app's mentoring page, where people answer proposals and see their matches. */
  private mentoringLink(): string {
    return `${this.app.publicUrl.replace(/\/$/, '')}/mentoring`;
  }

  /** A mentee the published run left without a proposal: why, and what happens next. */
  private async unmatched(manager: EntityManager, messageId: string, mentee: PersonEntity, roundId: string): Promise<MentoringComposeResult> {
    const round = await manager.getRepository(MentoringRoundEntity).findOneBy({ id: roundId });
    if (!round) return { stale: 'the round no longer exists' };
    const open = await manager
      .getRepository(MentorMatchEntity)
      .createQueryBuilder('match')
      .where('match.roundId = :roundId AND match.menteeId = :menteeId', { roundId, menteeId: mentee.id })
      .andWhere(`match.status IN ('PROPOSED', 'ACCEPTED')`)
      .getCount();
    if (open > 0) return { stale: 'the mentee has a proposal or a match by now' };
    const texts = MENTORING_MAIL_TEXTS[mentee.language];
    const reason = round.resultSummary?.unmatched?.find((entry) => entry.menteeId === mentee.id)?.reason ?? 'capacity-full';
    const roundName = oneLine(round.name);
    const paragraphs: Paragraph[][] = [
      [{ text: texts.unmatchedLead(roundName) }, { text: texts.unmatchedReason[reason] }],
      [{ text: texts.unmatchedNext }],
      [{ text: texts.seeMentoring, href: this.mentoringLink() }],
    ];
    return { mail: this.render(messageId, mentee, texts.unmatchedSubject(roundName), paragraphs, mentee.language) };
  }

  /** The mentor declined (to the mentee) or nobody answered in time (to both): the mentee is in the next run. */
  private async declinedOrExpired(
    manager: EntityManager,
    messageId: string,
    recipient: PersonEntity,
    matchId: string,
    status: MatchStatus.DECLINED | MatchStatus.EXPIRED,
  ): Promise<MentoringComposeResult> {
    const loaded = await this.matchWithPeople(manager, matchId, status, recipient);
    if ('stale' in loaded) return loaded;
    const { mentor, mentee } = loaded;
    const texts = MENTORING_MAIL_TEXTS[recipient.language];
    const youAreMentor = recipient.id === mentor.id;
    const lead =
      status === MatchStatus.DECLINED
        ? texts.declinedLead(oneLine(mentor.name))
        : youAreMentor
          ? texts.expiredLeadMentor(oneLine(mentee.name))
          : texts.expiredLeadMentee(oneLine(mentor.name));
    const paragraphs: Paragraph[][] = [[{ text: lead }]];
    if (!youAreMentor) paragraphs.push([{ text: texts.nextRun }]);
    paragraphs.push([{ text: texts.seeMentoring, href: this.mentoringLink() }]);
    const subject = status === MatchStatus.DECLINED ? texts.declinedSubject : texts.expiredSubject;
    return { mail: this.render(messageId, recipient, subject, paragraphs, recipient.language) };
  }

  /** The match in the status the mail is about, with both people, or why the mail no longer fits. */
  private async matchWithPeople(
    manager: EntityManager,
    matchId: string,
    status: MatchStatus,
    recipient: PersonEntity,
  ): Promise<{ match: MentorMatchEntity; mentor: PersonEntity; mentee: PersonEntity } | { stale: string }> {
    const match = await manager.getRepository(MentorMatchEntity).findOneBy({ id: matchId });
    if (!match || match.status !== status) return { stale: `the match is no longer ${status.toLowerCase()}` };
    if (recipient.id !== match.mentorId && recipient.id !== match.menteeId) return { stale: 'the person is not in this match' };
    const [mentor, mentee] = await Promise.all([
      manager.getRepository(PersonEntity).findOneBy({ id: match.mentorId }),
      manager.getRepository(PersonEntity).findOneBy({ id: match.menteeId }),
    ]);
    if (!mentor || !mentee) return { stale: 'a person of the match no longer exists' };
    return { match, mentor, mentee };
  }

  /** The first meeting as iCalendar: one UID for ever; the cancellation has a higher SEQUENCE than the invite. */
  private meetingInvite(
    match: MentorMatchEntity,
    mentor: PersonEntity,
    mentee: PersonEntity,
    room: RoomEntity | null,
    method: 'REQUEST' | 'CANCEL',
    language: MailLanguage,
    stamp: Date,
  ): string {
    const attendees: CalendarAttendee[] = [
      { email: mentor.email, name: mentor.name, kind: 'PERSON', role: 'CHAIR' },
      { email: mentee.email, name: mentee.name, kind: 'PERSON', role: 'REQ-PARTICIPANT' },
    ];
    if (room?.resourceMailbox) {
      attendees.push({ email: room.resourceMailbox, name: `${room.site} / ${room.name}`, kind: 'ROOM', role: 'NON-PARTICIPANT' });
    }
    return renderSessionInvite({
      // RFC 5545 3.8.4.7: one UID per first meeting for ever, so the cancellation replaces the invite.
      uid: `kennis-mentoring-${match.id.toLowerCase()}@${this.mail.messageIdDomain.toLowerCase()}`,
      sequence: method === 'CANCEL' ? 1 : 0,
      method,
      title: `Mentoring: ${mentor.name} & ${mentee.name}`,
      description: language === 'nl' ? 'Eerste mentoringafspraak' : 'First mentoring meeting',
      location: room ? `${room.site} / ${room.name}` : this.meetingLink(match, room),
      url: this.meetingLink(match, room),
      startsAt: match.meetingStartsAt!,
      endsAt: match.meetingEndsAt!,
      organizer: { name: mentor.name, email: mentor.email },
      sentBy: this.mail.fromAddress,
      attendees,
      stamp,
    });
  }

  private render(messageId: string, to: PersonEntity, subject: string, paragraphs: Paragraph[][], language: MailLanguage): ComposedMail {
    const texts = MENTORING_MAIL_TEXTS[language];
    const greeting = texts.greeting(oneLine(to.name));
    const text = [greeting, '', ...paragraphs.map((lines) => lines.map((line) => (line.href ? `${line.text}: ${line.href}` : line.text)).join('\n')).join('\n\n').split('\n'), '', texts.closing].join('\n');
    const html = [
      `<p>${escapeHtml(greeting)}</p>`,
      ...paragraphs.map(
        (lines) =>
          `<p>${lines
            .map((line) => (line.href ? `<a href="${escapeHtml(line.href)}">${escapeHtml(line.text)}</a>` : escapeHtml(line.text)))
            .join('<br>')}</p>`,
      ),
      `<p>${escapeHtml(texts.closing)}</p>`,
    ].join('\n');
    return { messageId, from: this.mail.fromAddress, to: { name: oneLine(to.name), address: to.email }, subject: oneLine(subject), text, html };
  }
}
