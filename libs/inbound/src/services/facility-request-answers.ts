import type { OutboxBatch } from '@kennis/outbox';
import type { FacilityTeamEntity } from '@kennis/rooms';
import type { SessionFacilityRequestEntity } from '@kennis/sessions';
import type { FacilityRequestOccurrenceEntity } from '../entities/facility-request-occurrence.entity';
import type { InboundAnswer } from '../entities/inbound-message.entity';
import { type FacilityRequestMailPayload, InboundJob, inboundJobQueue } from '../jobs/inbound.jobs';

export function formatInstant(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** When and where the invited meeting is, in words, in the team's zone (named, so nobody guesses). */
export function meetingWhen(request: Pick<SessionFacilityRequestEntity, 'startsAt' | 'endsAt' | 'location'>, timeZone: string): string {
  const time = `${formatInstant(request.startsAt!, timeZone)} - ${formatInstant(request.endsAt!, timeZone)} (${timeZone})`;
  return request.location ? `${time} at ${request.location}` : time;
}

/** The team's answer as iTIP says it: confirmed is ACCEPTED, declined DECLINED, anything else still TENTATIVE. */
function partstatOf(request: SessionFacilityRequestEntity): InboundAnswer['partstat'] {
  return request.status === 'CONFIRMED' ? 'ACCEPTED' : request.status === 'DECLINED' ? 'DECLINED' : 'TENTATIVE';
}

/** A single meeting's time, or a series' count and its first and last occurrence. */
function requestWhen(request: SessionFacilityRequestEntity, occurrences: readonly FacilityRequestOccurrenceEntity[], timeZone: string): string {
  if (occurrences.length === 0) return meetingWhen(request, timeZone);
  const first = occurrences[0];
  const last = occurrences[occurrences.length - 1];
  const span = `${occurrences.length} occurrence${occurrences.length === 1 ? '' : 's'}, ${formatInstant(first.startsAt, timeZone)} to ${formatInstant(last.startsAt, timeZone)} (${timeZone})`;
  return request.location ? `${span} at ${request.location}` : span;
}

/**
 * The answer's occurrences: a series' each with its RECURRENCE-ID, declined where the team declined
 * it, else the series' PARTSTAT; a single meeting's one.
 */
function answerOccurrences(request: SessionFacilityRequestEntity, occurrences: readonly FacilityRequestOccurrenceEntity[], partstat: string): InboundAnswer['occurrences'] {
  if (occurrences.length === 0) {
    return [{ startsAt: request.startsAt!.toISOString(), endsAt: request.endsAt!.toISOString(), recurrenceId: null, partstat, reason: null }];
  }
  return occurrences.map((occurrence) => ({
    startsAt: occurrence.startsAt.toISOString(),
    endsAt: occurrence.endsAt.toISOString(),
    recurrenceId: occurrence.recurrenceId.toISOString(),
    partstat: occurrence.declinedReason !== null && partstat === 'ACCEPTED' ? 'DECLINED' : partstat,
    reason: partstat === 'ACCEPTED' ? occurrence.declinedReason : null,
  }));
}

/**
 * The team's iTIP REPLY to the organizer of an invited meeting, from the team's mailbox as a RESOURCE
 * attendee: TENTATIVE while the request waits for the team, ACCEPTED once confirmed, DECLINED with the
 * team's reason as COMMENT. For a series the REPLY answers the series and adds a component per
 * RECURRENCE-ID the team declined while confirming the rest (RFC 5546 3.2.3, as a room's REPLY does).
 */
export function facilityTeamReply(
  team: FacilityTeamEntity,
  request: SessionFacilityRequestEntity,
  occurrences: readonly FacilityRequestOccurrenceEntity[],
): Omit<InboundAnswer, 'inReplyTo'> {
  const partstat = partstatOf(request);
  const what = `"${request.summary || 'your meeting'}" (${requestWhen(request, occurrences, team.timeZone)})`;
  const declined = partstat === 'ACCEPTED' ? occurrences.filter((occurrence) => occurrence.declinedReason !== null) : [];
  // Clients that show only the series' answer still tell the organizer which dates the team cannot serve.
  const except =
    declined.length > 0
      ? ` Except ${declined.map((occurrence) => formatInstant(occurrence.startsAt, team.timeZone)).join(', ')}: ${declined[0].declinedReason}`
      : '';
  const comment =
    partstat === 'TENTATIVE'
      ? `${team.name} has your request for ${what} and will confirm or decline it; you will get the final answer by mail.`
      : partstat === 'ACCEPTED'
        ? `${request.decisionReason ?? `${team.name} confirmed ${what}.`}${except}`
        : (request.decisionReason ?? `${team.name} cannot serve ${what}.`);
  const intro =
    partstat === 'ACCEPTED' ? `${team.name} confirmed your request for ${what}.${except}` : partstat === 'DECLINED' ? `${team.name} declined your request for ${what}. Their reason:` : undefined;
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
    occurrences: answerOccurrences(request, occurrences, partstat),
    freeTimes: [],
    freeRooms: [],
    timeZone: team.timeZone,
    attendeeType: 'RESOURCE',
  };
}

/** A plain notice to the team's mailbox that an invited meeting changed or was cancelled. */
export function facilityTeamNotice(
  team: FacilityTeamEntity,
  request: SessionFacilityRequestEntity,
  occurrences: readonly FacilityRequestOccurrenceEntity[],
  kennisAddress: string,
): Omit<InboundAnswer, 'inReplyTo'> {
  const cancelled = request.status === 'CANCELLED';
  // An update asks the team again; a cancelled occurrence of a series leaves its decision on the rest.
  const next = request.status === 'REQUESTED' ? 'It waits for your confirmation in Kennis again.' : `Your decision on the rest stands (${request.status.toLowerCase()}).`;
  const comment = cancelled
    ? `${request.organizerAddress} cancelled "${request.summary}" (${requestWhen(request, occurrences, team.timeZone)}): the request is withdrawn, nothing to do.`
    : `${request.organizerAddress} updated "${request.summary}": ${request.lastChange ?? 'details changed'}. Now ${requestWhen(request, occurrences, team.timeZone)}. ${next}` +
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
    occurrences: cancelled ? [] : answerOccurrences(request, occurrences, partstatOf(request)),
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
