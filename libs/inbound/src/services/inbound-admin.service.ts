import { Injectable } from '@nestjs/common';
import { type Actor, isAdmin } from '@kennis/auth';
import { ForbiddenError } from '@kennis/errors';
import type { InboundStatus } from '../entities/inbound-message.entity';
import { type InboundMessageSummary, InboundMessageRepository } from '../repositories/inbound-message.repository';

/** What became of received mail: for admins, who look after what reaches Kennis. */
@Injectable()
export class InboundAdminService {
  constructor(private readonly messages: InboundMessageRepository) {}

  listMessages(actor: Actor, limit: number, status: InboundStatus | null): Promise<InboundMessageSummary[]> {
    if (!isAdmin(actor)) throw new ForbiddenError('Only admins see received mail.');
    return this.messages.findRecent(limit, status);
  }
}
