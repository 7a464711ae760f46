import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailDelivery } from '@kennis/mail';
import { OutboxRepository, OutboxStatus } from '@kennis/outbox';
import { MentoringMailComposer } from '../services/mentoring-mail.composer';
import type { MentoringMailPayload } from './mentoring.jobs';

export type MentoringDeliveryOutcome = 'sent' | 'skipped' | 'not-pending';

/**
 * Delivers one mentoring mail, as the session mails are delivered: the attempt is counted first, the
 * row is locked for the delivery and marked DONE in the same transaction.
 */
@Injectable()
export class MentoringMailHandler {
  private readonly logger = new Logger(MentoringMailHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly composer: MentoringMailComposer,
    private readonly delivery: MailDelivery,
  ) {}

  async deliver(outboxId: string, finalAttempt: boolean): Promise<MentoringDeliveryOutcome> {
    const attempts = await this.outbox.countAttempt(outboxId);
    if (attempts === 0) return 'not-pending';
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = await this.outbox.lockPending(manager, outboxId);
        if (!row) {
          const current = await this.outbox.findById(outboxId);
          if (current?.status === OutboxStatus.Pending) throw new Error(`Mail ${outboxId} is being delivered by another worker`);
          return 'not-pending';
        }
        const composed = await this.composer.compose(manager, row.id, row.createdAt, row.payload as MentoringMailPayload);
        if ('stale' in composed) {
          await this.outbox.markFinished(manager, row.id, OutboxStatus.Skipped, composed.stale);
          return 'skipped';
        }
        await this.delivery.deliver(composed.mail);
        await this.outbox.markFinished(manager, row.id, OutboxStatus.Done, null);
        return 'sent';
      });
    } catch (error) {
      const message = (error as Error).message;
      await this.outbox.recordError(outboxId, message, finalAttempt);
      this.logger.warn(`Mentoring mail ${outboxId} attempt ${attempts} failed${finalAttempt ? ' for the last time' : ''}: ${message}`);
      throw error;
    }
  }
}
