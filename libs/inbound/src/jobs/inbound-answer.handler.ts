import { Injectable } from '@nestjs/common';
import { type MailDeliveryOutcome, OutboxMailDelivery } from '@kennis/mail';
import { InboundMessageRepository } from '../repositories/inbound-message.repository';
import { InboundAnswerComposer } from '../services/inbound-answer.composer';
import type { InboundMessagePayload } from './inbound.jobs';

/** Sends the answer to one received message through the one outbox mail delivery (sent once, see OutboxMailDelivery). */
@Injectable()
export class InboundAnswerHandler {
  constructor(
    private readonly outboxMail: OutboxMailDelivery,
    private readonly messages: InboundMessageRepository,
    private readonly composer: InboundAnswerComposer,
  ) {}

  deliver(outboxId: string, finalAttempt: boolean): Promise<MailDeliveryOutcome> {
    return this.outboxMail.deliver(outboxId, finalAttempt, async (manager, row) => {
      const message = await this.messages.findById((row.payload as InboundMessagePayload).inboundMessageId, manager);
      if (!message) return { stale: 'the received message no longer exists' };
      return this.composer.compose(message, row.id, row.createdAt);
    });
  }
}
