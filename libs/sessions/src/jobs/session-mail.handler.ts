import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailSender } from '@kennis/mail';
import type { OutboxMessageEntity, OutboxRowHandler, OutboxRowResult } from '@kennis/outbox';
import { SessionMailComposer } from '../services/session-mail.composer';
import type { SessionMailPayload } from './sessions.jobs';

/** One session mail: composed from the session as it is now, then sent (the runner marks the row). */
@Injectable()
export class SessionMailHandler implements OutboxRowHandler {
  constructor(
    private readonly mail: MailSender,
    private readonly composer: SessionMailComposer,
  ) {}

  async handle(manager: EntityManager, row: OutboxMessageEntity): Promise<OutboxRowResult> {
    const composed = await this.composer.compose(manager, row.id, row.createdAt, row.payload as SessionMailPayload);
    if ('stale' in composed) return { skipped: composed.stale };
    await this.mail.send(composed.mail);
    return 'done';
  }
}
