import { Injectable } from '@nestjs/common';
import { type Actor, isAdmin } from '@kennis/auth';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@kennis/errors';
import { OutboxService } from '@kennis/outbox';
import { SessionMessageRepository, type SessionMessageRow } from '../repositories/session-message.repository';
import { SessionAccess } from './session-access';

/** Message admin: what was sent for a session, what failed for good, and sending a failed message again. */
@Injectable()
export class SessionMessageService {
  constructor(
    private readonly access: SessionAccess,
    private readonly messages: SessionMessageRepository,
    private readonly outbox: OutboxService,
  ) {}

  /** What was sent about the session, to whom, and its delivery state: for hosts and admins. */
  async sessionMessages(actor: Actor, sessionId: string): Promise<SessionMessageRow[]> {
    await this.access.assertHostOrAdmin(actor, sessionId, 'see what was sent for this session');
    return this.messages.findForSession(sessionId);
  }

  failedMessages(actor: Actor, limit: number): Promise<SessionMessageRow[]> {
    if (!isAdmin(actor)) throw new ForbiddenError('Only admins see failed messages.');
    return this.messages.findFailed(limit);
  }

  /** An admin sends a FAILED message again. */
  async retryMessage(actor: Actor, messageId: string): Promise<void> {
    if (!isAdmin(actor)) throw new ForbiddenError('Only admins retry messages.');
    if (!/^\d{1,18}$/.test(messageId)) throw new BadUserInputError('messageId', 'messageId must be the id of a message.');
    if (!(await this.outbox.retryFailed(messageId))) throw new NotFoundError('Failed message', messageId);
  }
}
