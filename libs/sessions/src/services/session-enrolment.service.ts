import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type Actor } from '@kennis/auth';
import { OutboxBatch, OutboxService } from '@kennis/outbox';
import { RegistrationEntity, RegistrationStatus } from '../entities/registration.entity';
import { SessionEntity, SessionStatus } from '../entities/session.entity';
import { AlreadyRegisteredError, NotRegisteredError, SessionStateError } from '../errors/sessions.errors';
import { RegistrationRepository } from '../repositories/registration.repository';
import { SessionRepository } from '../repositories/session.repository';
import { SessionAccess } from './session-access';
import { SessionNotifier } from './session-notifier';

export interface JoinResult {
  session: SessionEntity;
  registration: RegistrationEntity;
  /** 1-based place on the waitlist, or null with a seat. */
  waitlistPosition: number | null;
}

/**
 * Joining and leaving. Every change holds the session row's lock, so seats are counted one change at
 * a time: session_seats_within_capacity would reject an oversold seat even if this code were wrong.
 */
@Injectable()
export class SessionEnrolmentService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly sessions: SessionRepository,
    private readonly registrations: RegistrationRepository,
    private readonly access: SessionAccess,
    private readonly notifier: SessionNotifier,
  ) {}

  /** A seat while seats are left, otherwise the next place on the waitlist. */
  join(actor: Actor, sessionId: string): Promise<JoinResult> {
    return this.outbox.transaction(async (manager, batch) => {
      const session = await this.access.lock(manager, sessionId);
      if (session.status !== SessionStatus.SCHEDULED) {
        const hint =
          session.status === SessionStatus.PROPOSED
            ? 'It is not scheduled yet: show interest instead, and join once it has a time.'
            : 'Look for an upcoming session instead.';
        throw new SessionStateError('join', session.status, hint);
      }
      if (await this.registrations.findActive(manager, sessionId, actor.personId)) throw new AlreadyRegisteredError();
      const seated = session.seatsTaken < session.capacity;
      const registration = await this.registrations.insert(
        manager,
        sessionId,
        actor.personId,
        seated ? RegistrationStatus.SEATED : RegistrationStatus.WAITLISTED,
      );
      if (seated) {
        session.seatsTaken += 1;
        await this.sessions.updateSession(manager, sessionId, { seatsTaken: session.seatsTaken });
      }
      this.notifier.joined(batch, session, registration);
      const waitlistPosition = seated ? null : await this.registrations.waitlistPosition(manager, registration.sessionId, registration.personId);
      return { session, registration, waitlistPosition };
    });
  }

  /** Frees the seat or waitlist place; a freed seat goes to the first on the waitlist. */
  leave(actor: Actor, sessionId: string): Promise<SessionEntity> {
    return this.outbox.transaction(async (manager, batch) => {
      const session = await this.access.lock(manager, sessionId);
      if (session.status === SessionStatus.COMPLETED || session.status === SessionStatus.CANCELLED) {
        throw new SessionStateError('leave', session.status, 'There is nothing left to leave.');
      }
      const registration = await this.registrations.findActive(manager, sessionId, actor.personId);
      if (!registration) throw new NotRegisteredError();
      await this.registrations.setStatus(manager, [registration.id], RegistrationStatus.LEFT);
      if (registration.status === RegistrationStatus.SEATED) {
        session.seatsTaken -= 1;
        await this.sessions.updateSession(manager, sessionId, { seatsTaken: session.seatsTaken });
        if (session.status === SessionStatus.SCHEDULED) this.notifier.left(batch, session, actor.personId);
        await this.fillFreedSeats(manager, batch, session);
      }
      return session;
    });
  }

  /** Gives free seats to the waitlist in order of arrival. The caller holds the session's lock. */
  async fillFreedSeats(manager: EntityManager, batch: OutboxBatch, session: SessionEntity): Promise<RegistrationEntity[]> {
    const free = session.capacity - session.seatsTaken;
    const promoted = await this.registrations.firstWaitlisted(manager, session.id, free);
    if (promoted.length === 0) return [];
    await this.registrations.setStatus(manager, promoted.map((registration) => registration.id), RegistrationStatus.SEATED);
    session.seatsTaken += promoted.length;
    await this.sessions.updateSession(manager, session.id, { seatsTaken: session.seatsTaken });
    if (session.status === SessionStatus.SCHEDULED) this.notifier.promoted(batch, session, promoted);
    return promoted;
  }
}
