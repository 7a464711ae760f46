import {
  type CalendarAttendee,
  type CalendarEffect,
  FIRST_SEQUENCE,
  type InviteMethod,
  inviteMethodFor,
  mentoringMeetingUid,
  nextSequence,
  renderEventInvite,
} from '@kennis/calendar';
import { type ComposedMail, composeMail, headerText, type MailDetail, type MailSettings, publicPage, rowMessageId } from '@kennis/mail';
import type { PersonEntity } from '@kennis/people';
import type { RoomEntity } from '@kennis/rooms';
import type { MentorMatchEntity } from '../entities/mentor-match.entity';
import { MentoringMailKind, type MentoringMailPayload } from '../jobs/mentoring.jobs';
import type { MentoringMailSnapshot } from './mentoring-mail.snapshot';
import { localDateTime, MENTORING_MAIL_TEXTS } from './mentoring-mail.texts';
import { visibleExplanation } from '../services/visible-breakdown';

/** What each kind of mentoring mail does to the calendar; the METHOD follows from it (see inviteMethodFor). */
export const MENTORING_MAIL_CALENDAR_EFFECT: Record<MentoringMailKind, CalendarEffect> = {
  [MentoringMailKind.Proposals]: 'none',
  [MentoringMailKind.Accepted]: 'add',
  [MentoringMailKind.Ended]: 'remove',
  [MentoringMailKind.Unmatched]: 'none',
  [MentoringMailKind.Declined]: 'none',
  [MentoringMailKind.Expired]: 'none',
  // The room's mail follows its payload's method: the invite adds, the cancellation removes.
  [MentoringMailKind.MeetingRoom]: 'add',
  // The update of the invite they have: same UID, the next SEQUENCE.
  [MentoringMailKind.Moved]: 'add',
  [MentoringMailKind.CheckIn]: 'none',
  [MentoringMailKind.FeedbackRequest]: 'none',
};

/** Rows recorded before moves existed carry no SEQUENCE: their invite was the first, their cancellation its one change. */
function legacySequence(method: InviteMethod): number {
  return method === 'CANCEL' ? nextSequence(FIRST_SEQUENCE) : FIRST_SEQUENCE;
}

/** The mail of a mentoring outbox row whose snapshot is not stale (see mentoringMailStaleness). */
export function mentoringMailFromSnapshot(
  row: { id: string; createdAt: Date },
  payload: MentoringMailPayload,
  snapshot: MentoringMailSnapshot,
  settings: MailSettings,
): ComposedMail {
  if (payload.kind === MentoringMailKind.MeetingRoom && snapshot.kind === 'match') {
    return roomMail(row, payload.method, payload.sequence ?? legacySequence(payload.method), snapshot, settings);
  }
  const recipient = snapshot.recipient!;
  const texts = MENTORING_MAIL_TEXTS[recipient.language];
  const base = {
    language: recipient.language,
    messageId: rowMessageId(row, settings.messageIdDomain),
    from: settings.fromAddress,
    to: { name: recipient.name, address: recipient.email },
  };
  const action = { label: texts.openMentoring, href: publicPage(settings.publicUrl, '/mentoring') };
  const greeting = texts.greeting(headerText(recipient.name));

  if (snapshot.kind === 'proposals') {
    const roundName = headerText(snapshot.round!.name);
    const respondBy = localDateTime(snapshot.proposals[0].respondBy!, recipient.timeZone, recipient.language);
    const details: MailDetail[] = snapshot.proposals.map((match) => {
      const mentee = snapshot.mentees.get(match.menteeId)!;
      return {
        label: headerText(mentee.name),
        text: `${headerText(mentee.department)}, ${headerText(mentee.site)}, ${texts.proposalScore(visibleExplanation(match.breakdown).score)}`,
        href: publicPage(settings.publicUrl, `/mentoring?match=${match.id}`),
      };
    });
    const sections = snapshot.proposals.map((match) => ({
      heading: `${texts.whyReasons}: ${headerText(snapshot.mentees.get(match.menteeId)!.name)}`,
      // Criterion names in the mentor's language, and only those that say nothing about diversity attributes.
      body: visibleExplanation(match.breakdown)
        .breakdown.filter((line) => line.points > 0)
        .map((line) => `- ${texts.criterion[line.criterion as keyof typeof texts.criterion]}`)
        .join('\n'),
    }));
    return composeMail({
      ...base,
      subject: texts.proposalsSubject(roundName),
      layout: {
        greeting,
        title: roundName,
        lead: [texts.proposalsLead(roundName, snapshot.proposals.length, respondBy)],
        details,
        sections,
        action: { label: texts.answerHere, href: action.href },
        reason: texts.reasonMentor,
      },
    });
  }

  if (snapshot.kind === 'unmatched') {
    const roundName = headerText(snapshot.round!.name);
    const reason = snapshot.round!.resultSummary?.unmatched?.find((entry) => entry.menteeId === recipient.id)?.reason ?? 'capacity-full';
    return composeMail({
      ...base,
      subject: texts.unmatchedSubject(roundName),
      layout: {
        greeting,
        title: roundName,
        lead: [texts.unmatchedLead(roundName), texts.unmatchedReason[reason]],
        details: [],
        notes: [texts.unmatchedNext],
        action: { label: texts.seeMentoring, href: action.href },
        reason: texts.reasonMatch,
      },
    });
  }

  const match = snapshot.match!;
  const mentor = snapshot.mentor!;
  const mentee = snapshot.mentee!;
  const youAreMentor = recipient.id === mentor.id;
  const other = headerText((youAreMentor ? mentee : mentor).name);
  if (payload.kind === MentoringMailKind.Declined || payload.kind === MentoringMailKind.Expired) {
    const declined = payload.kind === MentoringMailKind.Declined;
    const lead = declined
      ? texts.declinedLead(headerText(mentor.name))
      : youAreMentor
        ? texts.expiredLeadMentor(headerText(mentee.name))
        : texts.expiredLeadMentee(headerText(mentor.name));
    const subject = declined ? texts.declinedSubject : texts.expiredSubject;
    return composeMail({
      ...base,
      subject,
      layout: {
        greeting,
        title: subject,
        lead: [lead],
        details: [],
        notes: youAreMentor ? [] : [texts.nextRun],
        action: { label: texts.seeMentoring, href: action.href },
        reason: texts.reasonMatch,
      },
    });
  }
  if (payload.kind === MentoringMailKind.CheckIn || payload.kind === MentoringMailKind.FeedbackRequest) {
    const checkIn = payload.kind === MentoringMailKind.CheckIn;
    const subject = checkIn ? texts.checkInSubject(other) : texts.feedbackSubject(other);
    const href = publicPage(settings.publicUrl, `/mentoring?match=${match.id}`);
    return composeMail({
      ...base,
      subject,
      layout: {
        greeting,
        title: subject,
        lead: checkIn ? [texts.checkInLead(other)] : [texts.feedbackLead(other)],
        details: [],
        notes: checkIn ? [texts.checkInNote] : [texts.feedbackNote],
        action: { label: checkIn ? texts.logMeetings : texts.giveFeedback, href },
        reason: texts.reasonMatch,
      },
    });
  }
  const hasMeeting = match.meetingStartsAt !== null && match.meetingEndsAt !== null;
  // A cancellation only for a first meeting that is still ahead.
  const calendarApplies = hasMeeting && (payload.kind !== MentoringMailKind.Ended || match.meetingStartsAt! > row.createdAt);
  const method = calendarApplies ? inviteMethodFor(MENTORING_MAIL_CALENDAR_EFFECT[payload.kind]) : null;
  const link = snapshot.meetingLink ?? null;
  const where = snapshot.room ? `${snapshot.room.site} / ${snapshot.room.name}` : link ? `${texts.online} (${link})` : texts.online;
  const moved = payload.kind === MentoringMailKind.Moved;
  const details: MailDetail[] =
    hasMeeting && (payload.kind === MentoringMailKind.Accepted || moved)
      ? [
          { label: texts.when, text: localDateTime(match.meetingStartsAt!, recipient.timeZone, recipient.language) },
          { label: texts.where, text: where },
        ]
      : [];
  const accepted = payload.kind === MentoringMailKind.Accepted;
  if (moved) {
    const declinedById = payload.kind === MentoringMailKind.Moved ? payload.declinedById : undefined;
    const decliner = declinedById === mentor.id ? mentor : declinedById === mentee.id ? mentee : null;
    const movedLead = decliner ? texts.declinedMovedLead(decliner.id === recipient.id ? null : headerText(decliner.name)) : texts.movedLead(other);
    return composeMail({
      ...base,
      subject: texts.movedSubject(other),
      layout: { greeting, title: texts.movedSubject(other), lead: [movedLead], details, action, notes: [texts.calendarUpdated], reason: texts.reasonMatch },
      calendar: { method: 'REQUEST', ics: meetingInvite(match, mentor, mentee, snapshot.room, link, 'REQUEST', match.meetingSequence, recipient.language, row.createdAt, settings) },
    });
  }
  const notes = accepted
    ? hasMeeting
      ? [texts.meetingPlanned, texts.calendarAdded]
      : [texts.noSharedTime]
    : method
      ? [texts.meetingCancelled]
      : [];
  return composeMail({
    ...base,
    subject: accepted ? texts.acceptedSubject(other) : texts.endedSubject(other),
    layout: {
      greeting,
      title: accepted ? texts.acceptedSubject(other) : texts.endedSubject(other),
      lead: [accepted ? texts.acceptedLead(other, youAreMentor) : texts.endedLead(other)],
      details,
      action,
      notes,
      reason: texts.reasonMatch,
    },
    ...(method
      ? { calendar: { method, ics: meetingInvite(match, mentor, mentee, snapshot.room, link, method, match.meetingSequence, recipient.language, row.createdAt, settings) } }
      : {}),
  });
}

/** The room's mailbox gets the first meeting as a resource attendee would: the invite, then its cancellation. */
function roomMail(
  row: { id: string; createdAt: Date },
  method: InviteMethod,
  sequence: number,
  snapshot: Extract<MentoringMailSnapshot, { kind: 'match' }>,
  settings: MailSettings,
): ComposedMail {
  const { match, mentor, mentee, room } = snapshot as { match: MentorMatchEntity; mentor: PersonEntity; mentee: PersonEntity; room: RoomEntity };
  const title = `Mentoring: ${headerText(mentor.name)} & ${headerText(mentee.name)}`;
  const texts = MENTORING_MAIL_TEXTS.en;
  return composeMail({
    language: 'en',
    messageId: rowMessageId(row, settings.messageIdDomain),
    from: settings.fromAddress,
    to: { name: headerText(`${room.site} / ${room.name}`), address: room.resourceMailbox! },
    subject: method === 'CANCEL' ? `Cancelled: ${title}` : title,
    layout: {
      greeting: texts.greeting(headerText(`${room.site} / ${room.name}`)),
      title,
      lead: [`${match.meetingStartsAt!.toISOString()} - ${match.meetingEndsAt!.toISOString()}`],
      details: [],
      action: null,
      reason: texts.reasonMatch,
    },
    calendar: { method, ics: meetingInvite(match, mentor, mentee, room, null, method, sequence, 'en', row.createdAt, settings) },
  });
}

/** The first meeting as iCalendar: one UID for ever, so the cancellation replaces the invite. */
function meetingInvite(
  match: MentorMatchEntity,
  mentor: PersonEntity,
  mentee: PersonEntity,
  room: RoomEntity | null,
  link: string | null,
  method: InviteMethod,
  sequence: number,
  language: 'nl' | 'en',
  stamp: Date,
  settings: MailSettings,
): string {
  const attendees: CalendarAttendee[] = [
    { email: mentor.email, name: mentor.name, kind: 'PERSON', role: 'CHAIR' },
    { email: mentee.email, name: mentee.name, kind: 'PERSON', role: 'REQ-PARTICIPANT' },
  ];
  if (room?.resourceMailbox) {
    attendees.push({ email: room.resourceMailbox, name: `${room.site} / ${room.name}`, kind: 'ROOM', role: 'NON-PARTICIPANT' });
  }
  return renderEventInvite({
    uid: mentoringMeetingUid(match.id, settings.messageIdDomain),
    sequence,
    method,
    title: `Mentoring: ${mentor.name} & ${mentee.name}`,
    description: language === 'nl' ? 'Eerste mentoringafspraak' : 'First mentoring meeting',
    location: room ? `${room.site} / ${room.name}` : link,
    url: link,
    startsAt: match.meetingStartsAt!,
    endsAt: match.meetingEndsAt!,
    // Kennis's own mailbox is the ORGANIZER (as for sessions), so a decline pressed in a calendar comes back
    // to Kennis (RFC 5546 3.2.3) and moves the meeting; the mentor stays in as ATTENDEE;ROLE=CHAIR.
    organizer: settings.organizerAddress ? { name: `${mentor.name} via Kennis`, email: settings.organizerAddress } : { name: mentor.name, email: mentor.email },
    sentBy: settings.fromAddress,
    attendees,
    stamp,
  });
}
