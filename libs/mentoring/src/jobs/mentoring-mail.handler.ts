import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailSender } from '@kennis/mail';
import type { OutboxMessageEntity, OutboxRowHandler, OutboxRowResult } from '@kennis/outbox';
import { MentoringMailComposer } from '../services/mentoring-mail.composer';
import type { MentoringMailPayload } from './mentoring.jobs';

/** One mentoring mail: composed from the matches as they are now, then sent (the runner marks the row). */
@Injectable()
export class MentoringMailHandler implements OutboxRowHandler {
  constructor(
    private readonly mail: MailSender,
    private readonly composer: MentoringMailComposer,
  ) {}

  async handle(manager: EntityManager, row: OutboxMessageEntity): Promise<OutboxRowResult> {
    const composed = await this.composer.compose(manager, row.id, row.createdAt, row.payload as MentoringMailPayload);
    if ('stale' in composed) return { skipped: composed.stale };
    await this.mail.send(composed.mail);
    return 'done';
  }
}
