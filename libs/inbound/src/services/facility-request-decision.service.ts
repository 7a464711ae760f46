import { Injectable } from '@nestjs/common';
import { type Actor, hasAnyRole, Role } from '@kennis/auth';
import { Clock } from '@kennis/config';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@kennis/errors';
import { OutboxService } from '@kennis/outbox';
import { type FacilityTeamEntity, RoomsService } from '@kennis/rooms';
import type { SessionFacilityRequestEntity } from '@kennis/sessions';
import type { FacilityRequestOccurrenceEntity } from '../entities/facility-request-occurrence.entity';
import { FacilityRequestRepository } from '../repositories/facility-request.repository';
import { queueFacilityRequestMail } from './facility-request-answers';

/** Facility teams have no members of their own in Kennis: facility managers (and admins) act for them. */
const DECIDERS = [Role.FACILITY_MANAGER, Role.ADMIN];

export interface FacilityRequestView {
  request: SessionFacilityRequestEntity;
  team: FacilityTeamEntity;
  /** A recurring invited meeting's occurrences, soonest first; empty otherwise. */
  occurrences: FacilityRequestOccurrenceEntity[];
}

/**
 * A team's requests, sessions' and invited meetings' alike, and the team's decision on one. The decision
 * and, for an invited meeting, the organizer's final REPLY (an outbox row) commit together; the row lock
 * makes two decisions at once queue, and deciding the same twice a clear conflict.
 */
@Injectable()
export class FacilityRequestDecisionService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly requests: FacilityRequestRepository,
    private readonly rooms: RoomsService,
    private readonly clock: Clock,
  ) {}

  async listForTeam(actor: Actor, facilityTeamId: string): Promise<FacilityRequestView[]> {
    this.assertDecider(actor);
    const team = await this.rooms.getFacilityTeam(facilityTeamId);
    const now = this.clock.now();
    const requests = await this.requests.findOpenForTeam(team.id, now);
    // A series shows the occurrences still to come; the ones over need no answer.
    const occurrences = (await this.requests.listOccurrences(requests.map((request) => request.id))).filter((occurrence) => occurrence.endsAt.getTime() > now.getTime());
    return requests.map((request) => ({ request, team, occurrences: occurrences.filter((occurrence) => occurrence.facilityRequestId === request.id) }));
  }

  /**
   * The team serves it; of a recurring meeting, every occurrence but `declinedOccurrences` (their
   * RECURRENCE-IDs), which the organizer's REPLY declines one by one with `message` as the reason.
   */
  confirm(actor: Actor, requestId: string, message: string | null, declinedOccurrences: readonly Date[] = []): Promise<FacilityRequestView> {
    return this.decide(actor, requestId, 'CONFIRMED', message, declinedOccurrences);
  }

  decline(actor: Actor, requestId: string, reason: string): Promise<FacilityRequestView> {
    return this.decide(actor, requestId, 'DECLINED', reason, []);
  }

  private decide(actor: Actor, requestId: string, status: 'CONFIRMED' | 'DECLINED', reason: string | null, declinedOccurrences: readonly Date[]): Promise<FacilityRequestView> {
    this.assertDecider(actor);
    return this.outbox.transaction(async (manager, batch) => {
      const request = await this.requests.lockById(manager, requestId);
      if (!request) throw new NotFoundError('Facility request', requestId);
      if (request.status === 'CANCELLED') throw new ConflictError('The organizer cancelled this request; there is nothing left to decide.');
      if (request.status === status) throw new ConflictError(`This request is ${status.toLowerCase()} already.`);
      const ends = request.endsAt ?? (request.sessionId ? await this.requests.findSessionEnd(manager, request.sessionId) : null);
      if (ends && ends.getTime() <= this.clock.now().getTime()) throw new ConflictError('This meeting is over; there is nothing left to decide.');
      const occurrences = await this.requests.findOccurrences(manager, [request.id]);
      const unknown = declinedOccurrences.filter((id) => !occurrences.some((occurrence) => occurrence.recurrenceId.getTime() === id.getTime()));
      if (unknown.length > 0) {
        throw new BadUserInputError('declinedOccurrences', `declinedOccurrences names ${unknown.map((id) => id.toISOString()).join(', ')}, which is no occurrence of this meeting.`);
      }
      if (occurrences.length > 0 && declinedOccurrences.length === occurrences.length) {
        throw new BadUserInputError('declinedOccurrences', 'declinedOccurrences names every occurrence: decline the request instead, with the reason.');
      }
      await this.requests.decide(manager, request.id, status, reason, actor.personId);
      if (occurrences.length > 0) {
        await this.requests.markDeclinedOccurrences(manager, request.id, declinedOccurrences, reason ?? 'The team cannot serve this occurrence.');
      }
      const decided = (await this.requests.findById(manager, request.id))!;
      // An invited meeting's organizer gets the team's final REPLY; a session's hosts see the decision in Kennis.
      if (decided.calendarUid) queueFacilityRequestMail(batch, decided.id, decided.version, 'ORGANIZER');
      return {
        request: decided,
        team: await this.rooms.getFacilityTeam(decided.facilityTeamId),
        occurrences: await this.requests.findOccurrences(manager, [request.id]),
      };
    });
  }

  private assertDecider(actor: Actor): void {
    if (!hasAnyRole(actor, DECIDERS)) throw new ForbiddenError('Only facility managers and admins answer facility requests.');
  }
}
