import { Injectable } from '@nestjs/common';
import { type Actor, hasAnyRole, Role } from '@kennis/auth';
import { Clock } from '@kennis/config';
import { ConflictError, ForbiddenError, NotFoundError } from '@kennis/errors';
import { OutboxService } from '@kennis/outbox';
import { type FacilityTeamEntity, RoomsService } from '@kennis/rooms';
import type { SessionFacilityRequestEntity } from '@kennis/sessions';
import { FacilityRequestRepository } from '../repositories/facility-request.repository';
import { queueFacilityRequestMail } from './facility-request-answers';

/** Facility teams have no members of their own in Kennis: facility managers (and admins) act for them. */
const DECIDERS = [Role.FACILITY_MANAGER, Role.ADMIN];

export interface FacilityRequestView {
  request: SessionFacilityRequestEntity;
  team: FacilityTeamEntity;
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
    const requests = await this.requests.findOpenForTeam(team.id, this.clock.now());
    return requests.map((request) => ({ request, team }));
  }

  confirm(actor: Actor, requestId: string, message: string | null): Promise<FacilityRequestView> {
    return this.decide(actor, requestId, 'CONFIRMED', message);
  }

  decline(actor: Actor, requestId: string, reason: string): Promise<FacilityRequestView> {
    return this.decide(actor, requestId, 'DECLINED', reason);
  }

  private decide(actor: Actor, requestId: string, status: 'CONFIRMED' | 'DECLINED', reason: string | null): Promise<FacilityRequestView> {
    this.assertDecider(actor);
    return this.outbox.transaction(async (manager, batch) => {
      const request = await this.requests.lockById(manager, requestId);
      if (!request) throw new NotFoundError('Facility request', requestId);
      if (request.status === 'CANCELLED') throw new ConflictError('The organizer cancelled this request; there is nothing left to decide.');
      if (request.status === status) throw new ConflictError(`This request is ${status.toLowerCase()} already.`);
      const ends = request.endsAt ?? (request.sessionId ? await this.requests.findSessionEnd(manager, request.sessionId) : null);
      if (ends && ends.getTime() <= this.clock.now().getTime()) throw new ConflictError('This meeting is over; there is nothing left to decide.');
      await this.requests.decide(manager, request.id, status, reason, actor.personId);
      const decided = (await this.requests.findById(request.id, manager))!;
      // An invited meeting's organizer gets the team's final REPLY; a session's hosts see the decision in Kennis.
      if (decided.calendarUid) queueFacilityRequestMail(batch, decided.id, decided.version, 'ORGANIZER');
      return { request: decided, team: await this.rooms.getFacilityTeam(decided.facilityTeamId) };
    });
  }

  private assertDecider(actor: Actor): void {
    if (!hasAnyRole(actor, DECIDERS)) throw new ForbiddenError('Only facility managers and admins answer facility requests.');
  }
}
