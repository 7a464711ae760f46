import { Injectable } from '@nestjs/common';
import type { Actor } from '@kennis/auth';
import { BadUserInputError, NotFoundError } from '@kennis/errors';
import { OutboxService } from '@kennis/outbox';
import { RoomsService } from '@kennis/rooms';
import { SessionEntity, SessionStatus } from '../entities/session.entity';
import { SessionStateError } from '../errors/sessions.errors';
import { SessionFacilityRequestRepository } from '../repositories/session-facility-request.repository';
import { SessionAccess } from './session-access';
import { SessionNotifier } from './session-notifier';

/** Hosts ask facility teams (catering, AV) to serve a session; the teams get invites as RESOURCE attendees. */
@Injectable()
export class SessionFacilityService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly access: SessionAccess,
    private readonly facilityRequests: SessionFacilityRequestRepository,
    private readonly rooms: RoomsService,
    private readonly notifier: SessionNotifier,
  ) {}

  /** Asks a facility team (catering, AV) to serve the session, or changes the note; a scheduled session tells the team at once. */
  async requestFacility(actor: Actor, sessionId: string, facilityTeamId: string, note: string): Promise<SessionEntity> {
    const team = await this.rooms.getFacilityTeam(facilityTeamId);
    if (!team.active) throw new BadUserInputError('facilityTeamId', `${team.name} no longer takes requests.`);
    return this.outbox.transaction(async (manager, batch) => {
      const session = await this.access.lockAsHost(manager, actor, sessionId, 'ask for facilities');
      this.assertOpen(session, 'ask for facilities for');
      const outcome = await this.facilityRequests.upsertFacilityRequest(manager, sessionId, facilityTeamId, note);
      if (session.status === SessionStatus.SCHEDULED) {
        // Asking again with another note is how a host changes it: the team gets an update with the new note.
        if (outcome.outcome === 'added') this.notifier.facilityRequestChanged(batch, session, facilityTeamId, true);
        if (outcome.outcome === 'noteChanged') this.notifier.facilityNoteChanged(batch, session, facilityTeamId, outcome.previousNote);
      }
      return session;
    });
  }

  async withdrawFacilityRequest(actor: Actor, sessionId: string, facilityTeamId: string): Promise<SessionEntity> {
    return this.outbox.transaction(async (manager, batch) => {
      const session = await this.access.lockAsHost(manager, actor, sessionId, 'withdraw a facility request');
      this.assertOpen(session, 'change the facilities of');
      const removed = await this.facilityRequests.removeFacilityRequest(manager, sessionId, facilityTeamId);
      if (!removed) throw new NotFoundError('Facility request for team', facilityTeamId);
      if (session.status === SessionStatus.SCHEDULED) this.notifier.facilityRequestChanged(batch, session, facilityTeamId, false);
      return session;
    });
  }

  private assertOpen(session: SessionEntity, action: string): void {
    if (session.status === SessionStatus.COMPLETED || session.status === SessionStatus.CANCELLED) {
      throw new SessionStateError(action, session.status, 'Only proposed or scheduled sessions can change.');
    }
  }

  findRequestsOfSessions(sessionIds: readonly string[]) {
    return this.facilityRequests.findFacilityRequestsOfSessions(sessionIds);
  }
}
