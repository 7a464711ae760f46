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

/** What each kind of mentoring mail does to the calendar; the METHOD follows from it (see inviteMethodFor). */
export const MENTORING_MAIL_CALENDAR_EFFECT: Record<MentoringMailKind, CalendarEffect> = {
  [MentoringMailKind.Proposals]: 'none',
  [MentoringMailKind.Accepted]: 'add',
  [MentoringMailKind.Ended]: 'remove',
};

/** A first meeting is invited once and may be cancelled once: the cancellation is its one change. */
function meetingSequence(method: InviteMethod): number {
  return method === 'CANCEL' ? nextSequence(FIRST_SEQUENCE) : FIRST_SEQUENCE;
}

/** The mail of a mentoring outbox row whose snapshot is not stale (see mentoringMailStaleness). */
export function mentoringMailFromSnapshot(
  row: { id: string; createdAt: Date },
  payload: MentoringMailPayload,
  snapshot: MentoringMailSnapshot,
  settings: MailSettings,
): ComposedMail {
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
        text: `${headerText(mentee.department)}, ${headerText(mentee.site)}, ${texts.proposalScore(match.score)}`,
        href: publicPage(settings.publicUrl, `/mentoring?match=${match.id}`),
      };
    });
    const sections = snapshot.proposals.map((match) => ({
      heading: `${texts.whyReasons}: ${headerText(snapshot.mentees.get(match.menteeId)!.name)}`,
      body: match.breakdown.filter((line) => line.points > 0).map((line) => `- ${headerText(line.explanation)}`).join('\n'),
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

  const match = snapshot.match!;
  const mentor = snapshot.mentor!;
  const mentee = snapshot.mentee!;
  const youAreMentor = recipient.id === mentor.id;
  const other = headerText((youAreMentor ? mentee : mentor).name);
  const hasMeeting = match.meetingStartsAt !== null && match.meetingEndsAt !== null;
  // A cancellation only for a first meeting that is still ahead.
  const calendarApplies = hasMeeting && (payload.kind !== MentoringMailKind.Ended || match.meetingStartsAt! > row.createdAt);
  const method = calendarApplies ? inviteMethodFor(MENTORING_MAIL_CALENDAR_EFFECT[payload.kind]) : null;
  const where = snapshot.room ? `${snapshot.room.site} / ${snapshot.room.name}` : texts.online;
  const details: MailDetail[] =
    hasMeeting && payload.kind === MentoringMailKind.Accepted
      ? [
          { label: texts.when, text: localDateTime(match.meetingStartsAt!, recipient.timeZone, recipient.language) },
          { label: texts.where, text: where },
        ]
      : [];
  const accepted = payload.kind === MentoringMailKind.Accepted;
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
      ? { calendar: { method, ics: meetingInvite(match, mentor, mentee, snapshot.room, method, recipient.language, row.createdAt, settings) } }
      : {}),
  });
}

/** The first meeting as iCalendar: one UID for ever, so the cancellation replaces the invite. */
function meetingInvite(
  match: MentorMatchEntity,
  mentor: PersonEntity,
  mentee: PersonEntity,
  room: RoomEntity | null,
  method: InviteMethod,
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
    sequence: meetingSequence(method),
    method,
    title: `Mentoring: ${mentor.name} & ${mentee.name}`,
    description: language === 'nl' ? 'Eerste mentoringafspraak' : 'First mentoring meeting',
    location: room ? `${room.site} / ${room.name}` : null,
    url: null,
    startsAt: match.meetingStartsAt!,
    endsAt: match.meetingEndsAt!,
    organizer: { name: mentor.name, email: mentor.email },
    sentBy: settings.fromAddress,
    attendees,
    stamp,
  });
}
