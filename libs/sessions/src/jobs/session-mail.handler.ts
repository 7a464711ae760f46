import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { EntityManager } from 'typeorm';
import { appConfig, mailConfig } from '@kennis/config';
import { MailSender } from '@kennis/mail';
import type { OutboxMessageEntity, OutboxRowHandler, OutboxRowResult } from '@kennis/outbox';
import { SessionMailLoader } from '../mail/session-mail.loader';
import { sessionMailFromSnapshot } from '../mail/session-mail.message';
import { sessionMailStaleness } from '../mail/session-mail.staleness';
import type { SessionMailPayload } from './sessions.jobs';

/** One session mail: loaded as things are now, skipped when stale, else composed and sent (the runner marks the row). */
@Injectable()
export class SessionMailHandler implements OutboxRowHandler {
  constructor(
    private readonly sender: MailSender,
    private readonly loader: SessionMailLoader,
    @Inject(mailConfig.KEY) private readonly mail: ConfigType<typeof mailConfig>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  async handle(manager: EntityManager, row: OutboxMessageEntity): Promise<OutboxRowResult> {
    const payload = row.payload as SessionMailPayload;
    const snapshot = await this.loader.load(manager, payload);
    const stale = sessionMailStaleness(payload, snapshot);
    if (stale) return { skipped: stale };
    const settings = { fromAddress: this.mail.fromAddress, messageIdDomain: this.mail.messageIdDomain, publicUrl: this.app.publicUrl };
    await this.sender.send(sessionMailFromSnapshot(row, payload, snapshot, settings));
    return 'done';
  }
}
