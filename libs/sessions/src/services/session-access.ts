import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { type Actor, isAdmin } from '@kennis/auth';
import { SessionEntity } from '../entities/session.entity';
import { NotSessionHostError, SessionNotFoundError } from '../errors/sessions.errors';
import { SessionMembershipRepository } from '../repositories/session-membership.repository';
import { SessionRepository } from '../repositories/session.repository';

/** Locks a session for a change and checks that the actor may make it. */
@Injectable()
export class SessionAccess {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly membership: SessionMembershipRepository,
  ) {}

  async lock(manager: EntityManager, sessionId: string): Promise<SessionEntity> {
    const session = await this.sessions.lockForUpdate(manager, sessionId);
    if (!session) throw new SessionNotFoundError(sessionId);
    return session;
  }

  /** Only hosts and admins change a session. */
  async lockAsHost(manager: EntityManager, actor: Actor, sessionId: string, action: string): Promise<SessionEntity> {
    const session = await this.lock(manager, sessionId);
    if (!isAdmin(actor) && !(await this.membership.isHost(sessionId, actor.personId, manager))) {
      throw new NotSessionHostError(action);
    }
    return session;
  }

  async assertExists(sessionId: string): Promise<SessionEntity> {
    const session = await this.sessions.findById(sessionId);
    if (!session) throw new SessionNotFoundError(sessionId);
    return session;
  }

  async assertHostOrAdmin(actor: Actor, sessionId: string, action: string): Promise<SessionEntity> {
    const session = await this.assertExists(sessionId);
    // A read (who comes, what was sent) runs outside any transaction, so it checks without one.
    if (!isAdmin(actor) && !(await this.membership.findHostsOfSessions([sessionId])).some((host) => host.personId === actor.personId)) {
      throw new NotSessionHostError(action);
    }
    return session;
  }
}
