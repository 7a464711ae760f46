import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MailDelivery } from '@kennis/mail';
import { OutboxRepository, OutboxStatus } from '@kennis/outbox';
import { SessionMailComposer } from '../services/session-mail.composer';
import type { SessionMailPayload } from './sessions.jobs';

export type DeliveryOutcome = 'sent' | 'skipped' | 'not-pending';

/**
 * Delivers one session mail. The attempt is counted before anything is tried, then the row is locked
 * for the delivery and marked DONE in the same transaction: the only window for a duplicate is a
 * crash between the SMTP server's "250 OK" and that commit.
 */
@Injectable()
export class SessionMailHandler {
  private readonly logger = new Logger(SessionMailHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly composer: SessionMailComposer,
    private readonly delivery: MailDelivery,
  ) {}

  async deliver(outboxId: string, finalAttempt: boolean): Promise<DeliveryOutcome> {
    const attempts = await this.outbox.countAttempt(outboxId);
    if (attempts === 0) return 'not-pending';
    try {
      return await this.dataSource.transaction(async (manager) => {
        const row = await this.outbox.lockPending(manager, outboxId);
        if (!row) {
          // Pending but locked: another worker is delivering it right now. Retry later rather than
          // finish this job, so the row is never left without a job if that worker dies.
          const current = await this.outbox.findById(outboxId);
          if (current?.status === OutboxStatus.Pending) throw new Error(`Mail ${outboxId} is being delivered by another worker`);
          return 'not-pending';
        }
        const composed = await this.composer.compose(manager, row.id, row.createdAt, row.payload as SessionMailPayload);
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
      this.logger.warn(`Mail ${outboxId} attempt ${attempts} failed${finalAttempt ? ' for the last time' : ''}: ${message}`);
      throw error;
    }
  }
}
