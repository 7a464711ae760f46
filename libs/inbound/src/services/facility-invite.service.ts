import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { OutboxBatch } from '@kennis/outbox';
import type { FacilityTeamEntity } from '@kennis/rooms';
import type { SessionFacilityRequestEntity } from '@kennis/sessions';
import type { InboundAnswer } from '../entities/inbound-message.entity';
import { FacilityRequestRepository, type InvitedMeetingRequest, type MeetingOccurrence } from '../repositories/facility-request.repository';
import { facilityTeamReply, formatInstant, meetingWhen, queueFacilityRequestMail } from './facility-request-answers';
import type { ItipEvent } from './itip-parser';

export interface FacilityInviteResult {
  outcome: string;
  answer: Omit<InboundAnswer, 'inReplyTo'> | null;
}

/** At most this many dates are named in a change; the rest are counted. */
const NAMED_DATES = 5;

function dates(occurrences: readonly MeetingOccurrence[], timeZone: string): string {
  const named = occurrences.slice(0, NAMED_DATES).map((occurrence) => formatInstant(occurrence.startsAt, timeZone));
  return occurrences.length > NAMED_DATES ? `${named.join(', ')} and ${occurrences.length - NAMED_DATES} more` : named.join(', ');
}

/** Which occurrences an update dropped or added, in words; null when the dates are the same. */
function occurrenceChange(before: readonly MeetingOccurrence[], after: readonly MeetingOccurrence[], timeZone: string): string | null {
  const key = (occurrence: MeetingOccurrence) => `${occurrence.startsAt.getTime()}/${occurrence.endsAt.getTime()}`;
  const beforeKeys = new Set(before.map(key));
  const afterKeys = new Set(after.map(key));
  const dropped = before.filter((occurrence) => !afterKeys.has(key(occurrence)));
  const added = after.filter((occurrence) => !beforeKeys.has(key(occurrence)));
  if (dropped.length === 0 && added.length === 0) return null;
  return [
    `occurrences ${before.length} -> ${after.length}`,
    ...(dropped.length > 0 ? [`no longer ${dates(dropped, timeZone)}`] : []),
    ...(added.length > 0 ? [`now ${dates(added, timeZone)}`] : []),
  ].join(', ');
}

/**
 * What an update changed, in words: old -> new for the time (or, for a recurring meeting, its dates),
 * the place, the title and the note.
 */
function changesOf(
  before: SessionFacilityRequestEntity,
  beforeOccurrences: readonly MeetingOccurrence[],
  after: InvitedMeetingRequest,
  afterOccurrences: readonly MeetingOccurrence[],
  timeZone: string,
): string[] {
  const changes: string[] = [];
  if (beforeOccurrences.length === 0 && afterOccurrences.length === 0) {
    if (before.startsAt!.getTime() !== after.startsAt.getTime() || before.endsAt!.getTime() !== after.endsAt.getTime()) {
      changes.push(`time ${meetingWhen({ ...before, location: null }, timeZone)} -> ${meetingWhen({ ...after, location: null }, timeZone)}`);
    }
  } else {
    // A single meeting that became a series (or the other way) compares as a series of one.
    const asSeries = (occurrences: readonly MeetingOccurrence[], single: { startsAt: Date; endsAt: Date }) =>
      occurrences.length > 0 ? occurrences : [{ recurrenceId: single.startsAt, startsAt: single.startsAt, endsAt: single.endsAt }];
    const change = occurrenceChange(asSeries(beforeOccurrences, { startsAt: before.startsAt!, endsAt: before.endsAt! }), asSeries(afterOccurrences, after), timeZone);
    if (change) changes.push(change);
  }
  if ((before.location ?? '') !== (after.location ?? '')) changes.push(`place "${before.location ?? ''}" -> "${after.location ?? ''}"`);
  if ((before.summary ?? '') !== after.summary) changes.push(`title "${before.summary}" -> "${after.summary}"`);
  if (before.note !== after.note) changes.push(`note "${before.note}" -> "${after.note}"`);
  return changes;
}

/**
 * A meeting that invited a facility team's mailbox (catering, AV) from any calendar becomes a facility
 * request the team sees in Kennis, like a session's. The organizer hears TENTATIVE at once from the team's
 * address; the team's decision in Kennis sends the final REPLY. An update (higher SEQUENCE, or the same
 * SEQUENCE with other details) opens the question again and tells the team; a CANCEL withdraws it.
 *
 * A recurring meeting (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) is one request with its coming
 * occurrences, inside the window a recurring room invite is booked in: the team confirms the series and
 * may decline single occurrences, and the organizer's REPLY says so per RECURRENCE-ID. An override or a
 * CANCEL sent for one occurrence changes that occurrence only.
 */
@Injectable()
export class FacilityInviteService {
  constructor(private readonly requests: FacilityRequestRepository) {}

  async request(
    manager: EntityManager,
    batch: OutboxBatch,
    team: FacilityTeamEntity,
    event: ItipEvent,
    organizer: string,
    now: Date,
    inReplyTo: string | null,
  ): Promise<FacilityInviteResult> {
    let existing = await this.requests.findMeetingForUpdate(manager, team.id, event.uid);
    const existingOccurrences = existing ? await this.requests.findOccurrences(manager, [existing.id]) : [];
    if (existing && event.recurrenceId && !event.recurring && existingOccurrences.length > 0) {
      return this.overrideOccurrence(manager, batch, team, existing, existingOccurrences, event, inReplyTo);
    }
    const coming = event.occurrences.filter((candidate) => candidate.endsAt.getTime() > now.getTime());
    if (coming.length === 0) return { outcome: 'ignored: the meeting has no time ahead for the team to serve', answer: null };
    const occurrences: MeetingOccurrence[] = event.recurring
      ? coming.map((occurrence) => ({ recurrenceId: new Date(occurrence.recurrenceId ?? occurrence.startsAt), startsAt: occurrence.startsAt, endsAt: occurrence.endsAt }))
      : [];
    const details: InvitedMeetingRequest = {
      facilityTeamId: team.id,
      calendarUid: event.uid,
      sequence: event.sequence,
      organizerAddress: organizer,
      summary: event.summary || 'Meeting',
      // A series spans its coming occurrences, so the team sees it until the last one is over.
      startsAt: coming[0].startsAt,
      endsAt: new Date(Math.max(...coming.map((occurrence) => occurrence.endsAt.getTime()))),
      location: event.location || null,
      note: event.description,
      inReplyTo,
    };
    if (!existing) {
      const id = await this.requests.insertMeeting(manager, details);
      if (id) {
        await this.requests.replaceOccurrences(manager, id, occurrences);
        const created = (await this.requests.findById(manager, id))!;
        const opened = occurrences.length > 0 ? `facility request of ${occurrences.length} occurrences opened` : 'facility request opened';
        return {
          outcome: `${opened} for ${team.name}, tentative until the team decides`,
          answer: facilityTeamReply(team, created, await this.requests.findOccurrences(manager, [id])),
        };
      }
      // Another delivery of this meeting inserted it first: it is an existing request now.
      existing = (await this.requests.findMeetingForUpdate(manager, team.id, event.uid))!;
    }
    // RFC 5546 2.1.5: a request with a lower SEQUENCE than one already seen is out of date.
    if (event.sequence < existing.sequence!) return { outcome: `ignored: SEQUENCE ${event.sequence} is older than ${existing.sequence} already recorded`, answer: null };
    const stillComing = (await this.requests.findOccurrences(manager, [existing.id])).filter((occurrence) => occurrence.endsAt.getTime() > now.getTime());
    const changes = changesOf(existing, stillComing, details, occurrences, team.timeZone);
    if (changes.length === 0 && existing.status !== 'CANCELLED') {
      // The same invite again (a resend, a client's refresh): one request, one answer.
      return { outcome: `ignored: the request of ${team.name} is recorded already with these details (${existing.status.toLowerCase()})`, answer: null };
    }
    const lastChange = changes.length > 0 ? changes.join('; ') : 'invited again after the cancellation';
    await this.requests.updateMeeting(manager, existing.id, details, lastChange);
    await this.requests.replaceOccurrences(manager, existing.id, occurrences);
    return this.reopened(manager, batch, team, existing.id, lastChange);
  }

  /** METHOD:CANCEL withdraws the request and tells the team; with a RECURRENCE-ID, that occurrence only. Nobody answers a CANCEL. */
  async cancel(manager: EntityManager, batch: OutboxBatch, team: FacilityTeamEntity, event: ItipEvent): Promise<string> {
    const existing = await this.requests.findMeetingForUpdate(manager, team.id, event.uid);
    if (!existing) return 'ignored: no facility request of this meeting';
    if (existing.status === 'CANCELLED') return 'ignored: the facility request is cancelled already';
    if (event.sequence < existing.sequence!) return `ignored: SEQUENCE ${event.sequence} is older than ${existing.sequence} already recorded`;
    if (event.recurrenceId && !event.recurring) {
      const occurrences = await this.requests.findOccurrences(manager, [existing.id]);
      const cancelled = occurrences.find((occurrence) => occurrence.recurrenceId.toISOString() === event.recurrenceId);
      if (occurrences.length > 0 && !cancelled) return `ignored: the series has no occurrence ${event.recurrenceId} to cancel`;
      if (cancelled && occurrences.length > 1) {
        await this.requests.cancelOccurrence(manager, existing.id, cancelled.recurrenceId, event.sequence, `occurrence ${meetingWhen({ ...cancelled, location: null }, team.timeZone)} cancelled`);
        queueFacilityRequestMail(batch, existing.id, existing.version + 1, 'TEAM');
        return `cancelled: one occurrence of the facility request of ${team.name}, team told`;
      }
    }
    await this.requests.cancelMeeting(manager, existing.id, event.sequence);
    queueFacilityRequestMail(batch, existing.id, existing.version + 1, 'TEAM');
    return `cancelled: the facility request of ${team.name} is withdrawn, team told`;
  }

  /**
   * An override sent alone (a VEVENT with RECURRENCE-ID, as Outlook and Google send when one occurrence
   * moves): that occurrence takes the new time and the series is asked again.
   */
  private async overrideOccurrence(
    manager: EntityManager,
    batch: OutboxBatch,
    team: FacilityTeamEntity,
    existing: SessionFacilityRequestEntity,
    occurrences: readonly MeetingOccurrence[],
    event: ItipEvent,
    inReplyTo: string | null,
  ): Promise<FacilityInviteResult> {
    if (event.sequence < existing.sequence!) return { outcome: `ignored: SEQUENCE ${event.sequence} is older than ${existing.sequence} already recorded`, answer: null };
    const recurrenceId = new Date(event.recurrenceId!);
    const before = occurrences.find((occurrence) => occurrence.recurrenceId.getTime() === recurrenceId.getTime());
    if (before && before.startsAt.getTime() === event.startsAt.getTime() && before.endsAt.getTime() === event.endsAt.getTime()) {
      return { outcome: `ignored: that occurrence of ${team.name}'s request is recorded already at this time (${existing.status.toLowerCase()})`, answer: null };
    }
    const moved = { recurrenceId, startsAt: event.startsAt, endsAt: event.endsAt };
    const next = [...occurrences.filter((occurrence) => occurrence !== before), moved].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const lastChange = before
      ? `occurrence ${meetingWhen({ ...before, location: null }, team.timeZone)} -> ${meetingWhen({ ...moved, location: null }, team.timeZone)}`
      : `occurrence added ${meetingWhen({ ...moved, location: null }, team.timeZone)}`;
    await this.requests.updateMeeting(
      manager,
      existing.id,
      {
        facilityTeamId: team.id,
        calendarUid: existing.calendarUid!,
        sequence: Math.max(existing.sequence!, event.sequence),
        organizerAddress: existing.organizerAddress!,
        summary: existing.summary!,
        startsAt: next[0].startsAt,
        endsAt: new Date(Math.max(...next.map((occurrence) => occurrence.endsAt.getTime()))),
        location: existing.location,
        note: existing.note,
        inReplyTo,
      },
      lastChange,
    );
    await this.requests.replaceOccurrences(manager, existing.id, next);
    return this.reopened(manager, batch, team, existing.id, lastChange);
  }

  /** After an update: the team is told, and the organizer hears TENTATIVE again until the team decides. */
  private async reopened(manager: EntityManager, batch: OutboxBatch, team: FacilityTeamEntity, requestId: string, lastChange: string): Promise<FacilityInviteResult> {
    const updated = (await this.requests.findById(manager, requestId))!;
    queueFacilityRequestMail(batch, updated.id, updated.version, 'TEAM');
    return {
      outcome: `facility request of ${team.name} updated (${lastChange}), team told, tentative again`,
      answer: facilityTeamReply(team, updated, await this.requests.findOccurrences(manager, [updated.id])),
    };
  }
}
