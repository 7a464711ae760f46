import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type OutboxMessageEntity, OutboxRepository, OutboxStatus } from '@kennis/outbox';
import { MailDelivery } from './mail-delivery';
import type { ComposedMail } from './session-mail.types';

/** What a library's composer makes of an outbox row: the mail, or why it no longer fits. */
export type MailComposition = { mail: ComposedMail } | { stale: string };
export type MailDeliveryOutcome = 'sent' | 'skipped' | 'not-pending';

/**
 * Delivers the mail of one outbox row, for every library that sends mail. The attempt is counted
 * before anything is tried, then the row is locked for the delivery and marked DONE in the same
 * transaction: the only window for a duplicate is a crash between the SMTP server's "250 OK" and
 * that commit.
 */
@Injectable()
export class OutboxMailDelivery {
  private readonly logger = new Logger(OutboxMailDelivery.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly delivery: MailDelivery,
  ) {}

  async deliver(
    outboxId: string,
    finalAttempt: boolean,
    compose: (manager: EntityManager, row: OutboxMessageEntity) => Promise<MailComposition>,
  ): Promise<MailDeliveryOutcome> {
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
        const composed = await compose(manager, row);
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
