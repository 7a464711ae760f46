import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { appConfig, inboundConfig, mailConfig } from '@kennis/config';
import { MailSender } from '@kennis/mail';
import type { OutboxBatchHandler, OutboxBatchItem, OutboxMessageEntity, OutboxRowResult } from '@kennis/outbox';
import { SessionMailLoader } from '../mail/session-mail.loader';
import { sessionMailFromSnapshot } from '../mail/session-mail.message';
import { sessionMailStaleness } from '../mail/session-mail.staleness';
import type { SessionMailPayload } from './sessions.jobs';

/** Session mails: loaded as things are now, skipped when stale, else composed and sent (the runner marks the rows). */
@Injectable()
export class SessionMailHandler implements OutboxBatchHandler {
  constructor(
    private readonly sender: MailSender,
    private readonly loader: SessionMailLoader,
    @Inject(mailConfig.KEY) private readonly mail: ConfigType<typeof mailConfig>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(inboundConfig.KEY) private readonly inbound: ConfigType<typeof inboundConfig>,
  ) {}

  private settings() {
    return { fromAddress: this.mail.fromAddress, messageIdDomain: this.mail.messageIdDomain, publicUrl: this.app.publicUrl, organizerAddress: this.inbound.organizerAddress };
  }

  /** A row without a batch (written before batches, or retried by an admin): one snapshot, one mail. */
  async handle(manager: EntityManager, row: OutboxMessageEntity): Promise<OutboxRowResult> {
    const payload = row.payload as SessionMailPayload;
    const snapshot = await this.loader.load(manager, payload);
    const stale = sessionMailStaleness(payload, snapshot);
    if (stale) return { skipped: stale };
    await this.sender.send(sessionMailFromSnapshot(row, payload, snapshot, this.settings()));
    return 'done';
  }

  /** A batch: every snapshot loaded at once, and each row's staleness decided now, when the batch is loaded. */
  async prepare(manager: EntityManager, rows: readonly OutboxMessageEntity[]): Promise<Map<string, OutboxBatchItem>> {
    const payloads = rows.map((row) => row.payload as SessionMailPayload);
    const snapshots = await this.loader.loadBatch(manager, payloads);
    const settings = this.settings();
    return new Map(
      rows.map((row, index): [string, OutboxBatchItem] => {
        const payload = payloads[index];
        const snapshot = snapshots[index];
        const stale = sessionMailStaleness(payload, snapshot);
        if (stale) return [row.id, { skipped: stale }];
        return [row.id, { deliver: async () => void (await this.sender.send(sessionMailFromSnapshot(row, payload, snapshot, settings))) }];
      }),
    );
  }
}
