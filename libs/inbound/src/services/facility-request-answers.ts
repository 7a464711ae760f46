import type { OutboxBatch } from '@kennis/outbox';
import type { FacilityTeamEntity } from '@kennis/rooms';
import type { SessionFacilityRequestEntity } from '@kennis/sessions';
import type { InboundAnswer } from '../entities/inbound-message.entity';
import { type FacilityRequestMailPayload, InboundJob, inboundJobQueue } from '../jobs/inbound.jobs';

function formatInstant(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** When and where the invited meeting is, in words, in the team's zone (named, so nobody guesses). */
export function meetingWhen(request: Pick<SessionFacilityRequestEntity, 'startsAt' | 'endsAt' | 'location'>, timeZone: string): string {
  const time = `${formatInstant(request.startsAt!, timeZone)} - ${formatInstant(request.endsAt!, timeZone)} (${timeZone})`;
  return request.location ? `${time} at ${request.location}` : time;
}

/**
 * The team's iTIP REPLY to the organizer of an invited meeting, from the team's mailbox as a RESOURCE
 * attendee: TENTATIVE while the request waits for the team, ACCEPTED once confirmed, DECLINED with the
 * team's reason as COMMENT.
 */
export function facilityTeamReply(team: FacilityTeamEntity, request: SessionFacilityRequestEntity): Omit<InboundAnswer, 'inReplyTo'> {
  const partstat = request.status === 'CONFIRMED' ? 'ACCEPTED' : request.status === 'DECLINED' ? 'DECLINED' : 'TENTATIVE';
  const what = `"${request.summary || 'your meeting'}" (${meetingWhen(request, team.timeZone)})`;
  const comment =
    partstat === 'TENTATIVE'
      ? `${team.name} has your request for ${what} and will confirm or decline it; you will get the final answer by mail.`
      : partstat === 'ACCEPTED'
        ? (request.decisionReason ?? `${team.name} confirmed ${what}.`)
        : (request.decisionReason ?? `${team.name} cannot serve ${what}.`);
  const intro =
    partstat === 'ACCEPTED' ? `${team.name} confirmed your request for ${what}.` : partstat === 'DECLINED' ? `${team.name} declined your request for ${what}. Their reason:` : undefined;
  return {
    kind: 'reply',
    fromAddress: team.mailbox,
    fromName: team.name,
    toAddress: request.organizerAddress!,
    uid: request.calendarUid!,
    sequence: request.sequence!,
    partstat,
    summary: request.summary ?? '',
    comment,
    intro,
    occurrences: [{ startsAt: request.startsAt!.toISOString(), endsAt: request.endsAt!.toISOString(), recurrenceId: null, partstat, reason: null }],
    freeTimes: [],
    freeRooms: [],
    timeZone: team.timeZone,
    attendeeType: 'RESOURCE',
  };
}

/** A plain notice to the team's mailbox that an invited meeting changed or was cancelled. */
export function facilityTeamNotice(team: FacilityTeamEntity, request: SessionFacilityRequestEntity, kennisAddress: string): Omit<InboundAnswer, 'inReplyTo'> {
  const cancelled = request.status === 'CANCELLED';
  const comment = cancelled
    ? `${request.organizerAddress} cancelled "${request.summary}" (${meetingWhen(request, team.timeZone)}): the request is withdrawn, nothing to do.`
    : `${request.organizerAddress} updated "${request.summary}": ${request.lastChange ?? 'details changed'}. Now ${meetingWhen(request, team.timeZone)}. It waits for your confirmation in Kennis again.` +
      (request.note ? `\nNote: ${request.note}` : '');
  return {
    kind: 'notice',
    fromAddress: kennisAddress,
    fromName: 'Kennis',
    toAddress: team.mailbox,
    uid: request.calendarUid!,
    sequence: request.sequence!,
    partstat: 'TENTATIVE',
    summary: request.summary ?? '',
    subject: `${cancelled ? 'Cancelled' : 'Updated'} request for ${team.name}: ${request.summary || 'a meeting'}`,
    intro: `Hi ${team.name},`,
    comment,
    occurrences: [],
    freeTimes: [],
    freeRooms: [],
    timeZone: team.timeZone,
  };
}

/** The outbox row of one such mail; the dedupe key makes a second run of the same change add nothing. */
export function queueFacilityRequestMail(batch: OutboxBatch, facilityRequestId: string, version: number, recipient: FacilityRequestMailPayload['recipient']): void {
  batch.add({
    queue: inboundJobQueue[InboundJob.FacilityRequestMailDeliver],
    jobName: InboundJob.FacilityRequestMailDeliver,
    payload: { facilityRequestId, version, recipient } satisfies FacilityRequestMailPayload,
    dedupeKey: `facility-request-mail:${facilityRequestId}:${version}:${recipient}`,
  });
}
