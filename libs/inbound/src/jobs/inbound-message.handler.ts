import { Injectable, Logger } from '@nestjs/common';
import { OutboxRepository, OutboxService, OutboxStatus } from '@kennis/outbox';
import { InboundMessageRepository } from '../repositories/inbound-message.repository';
import { InboundProcessingService } from '../services/inbound-processing.service';
import { InboundJob, inboundJobQueue, type InboundMessagePayload } from './inbound.jobs';

export type InboundProcessOutcome = 'processed' | 'not-pending';

/**
 * Processes one received message: its outbox row and its inbound row are locked, the use case runs,
 * the outcome and the answer's outbox row are written, all in one transaction. The answer's dedupe key
 * makes a second run (a worker killed after the commit) answer nothing more.
 */
@Injectable()
export class InboundMessageHandler {
  private readonly logger = new Logger(InboundMessageHandler.name);

  constructor(
    private readonly outbox: OutboxService,
    private readonly outboxRows: OutboxRepository,
    private readonly messages: InboundMessageRepository,
    private readonly processing: InboundProcessingService,
  ) {}

  async process(outboxId: string, finalAttempt: boolean): Promise<InboundProcessOutcome> {
    const attempts = await this.outboxRows.countAttempt(outboxId);
    if (attempts === 0) return 'not-pending';
    let inboundMessageId: string | null = null;
    try {
      return await this.outbox.transaction(async (manager, batch) => {
        const row = await this.outboxRows.lockPending(manager, outboxId);
        if (!row) {
          const current = await this.outboxRows.findById(outboxId);
          if (current?.status === OutboxStatus.Pending) throw new Error(`Inbound message job ${outboxId} is being processed by another worker`);
          return 'not-pending';
        }
        inboundMessageId = (row.payload as InboundMessagePayload).inboundMessageId;
        const message = await this.messages.lockReceived(manager, inboundMessageId);
        if (!message) {
          await this.outboxRows.markFinished(manager, row.id, OutboxStatus.Skipped, 'the message has an outcome already');
          return 'not-pending';
        }
        const outcome = await this.processing.process(manager, batch, message, new Date());
        await this.messages.recordOutcome(manager, message.id, outcome);
        if (outcome.answer) {
          batch.add({
            queue: inboundJobQueue[InboundJob.AnswerDeliver],
            jobName: InboundJob.AnswerDeliver,
            payload: { inboundMessageId: message.id } satisfies InboundMessagePayload,
            dedupeKey: `inbound-answer:${message.id}`,
          });
        }
        await this.outboxRows.markFinished(manager, row.id, OutboxStatus.Done, null);
        return 'processed';
      });
    } catch (error) {
      const reason = (error as Error).message;
      await this.outboxRows.recordError(outboxId, reason, finalAttempt);
      // After the last attempt the message is kept, marked failed with the reason, and never answered.
      if (finalAttempt && inboundMessageId) await this.messages.markFailed(inboundMessageId, `processing failed: ${reason}`);
      this.logger.warn(`Inbound message job ${outboxId} attempt ${attempts} failed: ${reason}`);
      throw error;
    }
  }
}
