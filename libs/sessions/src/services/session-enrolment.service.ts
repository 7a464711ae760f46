import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type Actor } from '@kennis/auth';
import { OutboxBatch, OutboxService } from '@kennis/outbox';
import { RegistrationEntity, RegistrationStatus } from '../entities/registration.entity';
import { SessionEntity, SessionStatus } from '../entities/session.entity';
import { AlreadyRegisteredError, HostOfSessionError, NotRegisteredError, SessionNotFoundError, SessionStateError } from '../errors/sessions.errors';
import { type EnrolmentChange, RegistrationRepository } from '../repositories/registration.repository';
import { SessionRepository } from '../repositories/session.repository';
import { SessionNotifier } from './session-notifier';

export interface JoinResult {
  session: SessionEntity;
  registration: Pick<RegistrationEntity, 'id' | 'sessionId' | 'personId' | 'status' | 'arrival' | 'createdAt'>;
  /** 1-based place on the waitlist, or null with a seat. */
  waitlistPosition: number | null;
}

/**
 * Joining and leaving. Each is one PostgreSQL statement (session_join, session_leave) that locks the
 * session row, counts the seats, writes the registration and the outbox rows and commits, so the lock
 * is never held across a round trip to this process: 300 joins on one session queue inside the
 * database only. session_seats_within_capacity would reject an oversold seat even if that SQL were wrong.
 */
@Injectable()
export class SessionEnrolmentService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly sessions: SessionRepository,
    private readonly registrations: RegistrationRepository,
    private readonly notifier: SessionNotifier,
  ) {}

  /** A seat while seats are left, otherwise the next place on the waitlist. */
  async join(actor: Actor, sessionId: string): Promise<JoinResult> {
    const change = await this.registrations.takeSeatOrWaitlist(sessionId, actor.personId, this.notifier.joinMail());
    switch (change.outcome) {
      case 'NOT_FOUND':
        throw new SessionNotFoundError(sessionId);
      case 'NOT_OPEN': {
        const status = change.sessionStatus as SessionStatus;
        const hint =
          status === SessionStatus.PROPOSED
            ? 'It is not scheduled yet: show interest instead, and join once it has a time.'
            : 'Look for an upcoming session instead.';
        throw new SessionStateError('join', status, hint);
      }
      case 'ALREADY_REGISTERED':
        throw new AlreadyRegisteredError();
      case 'IS_HOST':
        throw new HostOfSessionError('join');
    }
    await this.outbox.enqueue(change.messages);
    return { session: change.session!, registration: change.registration!, waitlistPosition: change.waitlistPosition };
  }

  /** Frees the seat or waitlist place; a freed seat goes to the first on the waitlist. */
  async leave(actor: Actor, sessionId: string): Promise<SessionEntity> {
    const change = await this.registrations.leaveAndPromote(sessionId, actor.personId, this.notifier.leaveMail());
    const session = this.leftSession(change, sessionId);
    await this.outbox.enqueue(change.messages);
    return session;
  }

  /**
   * leave inside the caller's transaction: a decline pressed in a calendar (a METHOD:REPLY that
   * reached Kennis) frees the seat through the same session_leave statement as leaveSession, so the
   * rule (seat freed, waitlist moves in order of arrival, the same mails) is written once. Its outbox
   * rows are queued when the caller's transaction commits.
   */
  async leaveWithin(manager: EntityManager, batch: OutboxBatch, personId: string, sessionId: string): Promise<SessionEntity> {
    const change = await this.registrations.leaveAndPromote(sessionId, personId, this.notifier.leaveMail(), manager);
    const session = this.leftSession(change, sessionId);
    batch.addWritten(...change.messages);
    return session;
  }

  private leftSession(change: EnrolmentChange, sessionId: string): SessionEntity {
    switch (change.outcome) {
      case 'NOT_FOUND':
        throw new SessionNotFoundError(sessionId);
      case 'NOT_OPEN':
        throw new SessionStateError('leave', change.sessionStatus as SessionStatus, 'There is nothing left to leave.');
      case 'NOT_REGISTERED':
        throw new NotRegisteredError();
    }
    return change.session!;
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
