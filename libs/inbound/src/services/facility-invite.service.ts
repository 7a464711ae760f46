import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { OutboxBatch } from '@kennis/outbox';
import type { FacilityTeamEntity } from '@kennis/rooms';
import type { SessionFacilityRequestEntity } from '@kennis/sessions';
import type { InboundAnswer } from '../entities/inbound-message.entity';
import { FacilityRequestRepository, type InvitedMeetingRequest } from '../repositories/facility-request.repository';
import { facilityTeamReply, meetingWhen, queueFacilityRequestMail } from './facility-request-answers';
import type { ItipEvent } from './itip-parser';

export interface FacilityInviteResult {
  outcome: string;
  answer: Omit<InboundAnswer, 'inReplyTo'> | null;
}

/** What an update changed, in words: old -> new for the time, the place, the title and the note. */
function changesOf(before: SessionFacilityRequestEntity, after: InvitedMeetingRequest, timeZone: string): string[] {
  const changes: string[] = [];
  if (before.startsAt!.getTime() !== after.startsAt.getTime() || before.endsAt!.getTime() !== after.endsAt.getTime()) {
    changes.push(`time ${meetingWhen({ ...before, location: null }, timeZone)} -> ${meetingWhen({ ...after, location: null }, timeZone)}`);
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
    // A recurring meeting asks the team for its next occurrence; the team sees the series' UID.
    const occurrence = event.occurrences.find((candidate) => candidate.endsAt.getTime() > now.getTime());
    if (!occurrence) return { outcome: 'ignored: the meeting has no time ahead for the team to serve', answer: null };
    const details: InvitedMeetingRequest = {
      facilityTeamId: team.id,
      calendarUid: event.uid,
      sequence: event.sequence,
      organizerAddress: organizer,
      summary: event.summary || 'Meeting',
      startsAt: occurrence.startsAt,
      endsAt: occurrence.endsAt,
      location: event.location || null,
      note: event.description,
      inReplyTo,
    };
    let existing = await this.requests.findMeetingForUpdate(manager, team.id, event.uid);
    if (!existing) {
      const id = await this.requests.insertMeeting(manager, details);
      if (id) {
        const created = (await this.requests.findById(id, manager))!;
        return { outcome: `facility request opened for ${team.name}, tentative until the team decides`, answer: facilityTeamReply(team, created) };
      }
      // Another delivery of this meeting inserted it first: it is an existing request now.
      existing = (await this.requests.findMeetingForUpdate(manager, team.id, event.uid))!;
    }
    // RFC 5546 2.1.5: a request with a lower SEQUENCE than one already seen is out of date.
    if (event.sequence < existing.sequence!) return { outcome: `ignored: SEQUENCE ${event.sequence} is older than ${existing.sequence} already recorded`, answer: null };
    const changes = changesOf(existing, details, team.timeZone);
    if (changes.length === 0 && existing.status !== 'CANCELLED') {
      // The same invite again (a resend, a client's refresh): one request, one answer.
      return { outcome: `ignored: the request of ${team.name} is recorded already with these details (${existing.status.toLowerCase()})`, answer: null };
    }
    const lastChange = changes.length > 0 ? changes.join('; ') : 'invited again after the cancellation';
    await this.requests.updateMeeting(manager, existing.id, details, lastChange);
    const updated = (await this.requests.findById(existing.id, manager))!;
    queueFacilityRequestMail(batch, updated.id, updated.version, 'TEAM');
    return { outcome: `facility request of ${team.name} updated (${lastChange}), team told, tentative again`, answer: facilityTeamReply(team, updated) };
  }

  /** METHOD:CANCEL withdraws the request and tells the team. Nobody answers a CANCEL. */
  async cancel(manager: EntityManager, batch: OutboxBatch, team: FacilityTeamEntity, event: ItipEvent): Promise<string> {
    const existing = await this.requests.findMeetingForUpdate(manager, team.id, event.uid);
    if (!existing) return 'ignored: no facility request of this meeting';
    if (existing.status === 'CANCELLED') return 'ignored: the facility request is cancelled already';
    if (event.sequence < existing.sequence!) return `ignored: SEQUENCE ${event.sequence} is older than ${existing.sequence} already recorded`;
    await this.requests.cancelMeeting(manager, existing.id, event.sequence);
    queueFacilityRequestMail(batch, existing.id, existing.version + 1, 'TEAM');
    return `cancelled: the facility request of ${team.name} is withdrawn, team told`;
  }
}
