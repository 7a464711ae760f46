import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailSender } from '@kennis/mail';
import type { OutboxMessageEntity, OutboxRowHandler, OutboxRowResult } from '@kennis/outbox';
import { InboundMessageRepository } from '../repositories/inbound-message.repository';
import { InboundAnswerComposer } from '../services/inbound-answer.composer';
import type { InboundMessagePayload } from './inbound.jobs';

/** Sends the answer to one received message; the runner marks the row, so it is sent once. */
@Injectable()
export class InboundAnswerHandler implements OutboxRowHandler {
  constructor(
    private readonly sender: MailSender,
    private readonly messages: InboundMessageRepository,
    private readonly composer: InboundAnswerComposer,
  ) {}

  async handle(manager: EntityManager, row: OutboxMessageEntity): Promise<OutboxRowResult> {
    const message = await this.messages.findById((row.payload as InboundMessagePayload).inboundMessageId, manager);
    if (!message) return { skipped: 'the received message no longer exists' };
    const composed = this.composer.compose(message, row.id, row.createdAt);
    if ('stale' in composed) return { skipped: composed.stale };
    await this.sender.send(composed.mail);
    return 'done';
  }
}
