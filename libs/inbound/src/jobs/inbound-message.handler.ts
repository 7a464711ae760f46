import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '@kennis/config';
import type { OutboxBatch, OutboxMessageEntity, OutboxRowHandler, OutboxRowResult } from '@kennis/outbox';
import { InboundMessageRepository } from '../repositories/inbound-message.repository';
import { InboundProcessingService } from '../services/inbound-processing.service';
import { InboundJob, inboundJobQueue, type InboundMessagePayload } from './inbound.jobs';

/**
 * Processes one received message inside the runner's transaction (which holds the outbox row's lock):
 * the inbound row is locked, the use case runs, and the outcome and the answer's outbox row commit with
 * it. The answer's dedupe key makes a second run (a worker killed after the commit) answer nothing more.
 */
@Injectable()
export class InboundMessageHandler implements OutboxRowHandler {
  constructor(
    private readonly messages: InboundMessageRepository,
    private readonly processing: InboundProcessingService,
    private readonly clock: Clock,
  ) {}

  async handle(manager: EntityManager, row: OutboxMessageEntity, batch: OutboxBatch): Promise<OutboxRowResult> {
    const { inboundMessageId } = row.payload as InboundMessagePayload;
    const message = await this.messages.lockReceived(manager, inboundMessageId);
    if (!message) return { skipped: 'the message has an outcome already' };
    const outcome = await this.processing.process(manager, batch, message, this.clock.now());
    await this.messages.recordOutcome(manager, message.id, outcome);
    if (outcome.answer) {
      batch.add({
        queue: inboundJobQueue[InboundJob.AnswerDeliver],
        jobName: InboundJob.AnswerDeliver,
        payload: { inboundMessageId: message.id } satisfies InboundMessagePayload,
        dedupeKey: `inbound-answer:${message.id}`,
      });
    }
    return 'done';
  }

  /** After the last attempt the message is kept, marked failed with the reason, and never answered. */
  async gaveUp(row: OutboxMessageEntity, error: Error): Promise<void> {
    await this.messages.markFailed((row.payload as InboundMessagePayload).inboundMessageId, `processing failed: ${error.message}`);
  }
}
