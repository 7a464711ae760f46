import { Injectable } from '@nestjs/common';
import { type MailDeliveryOutcome, OutboxMailDelivery } from '@kennis/mail';
import { MentoringMailComposer } from '../services/mentoring-mail.composer';
import type { MentoringMailPayload } from './mentoring.jobs';

/** Delivers one mentoring mail: composed from the row as things are now, then sent (see OutboxMailDelivery). */
@Injectable()
export class MentoringMailHandler {
  constructor(
    private readonly outboxMail: OutboxMailDelivery,
    private readonly composer: MentoringMailComposer,
  ) {}

  deliver(outboxId: string, finalAttempt: boolean): Promise<MailDeliveryOutcome> {
    return this.outboxMail.deliver(outboxId, finalAttempt, (manager, row) =>
      this.composer.compose(manager, row.id, row.createdAt, row.payload as MentoringMailPayload),
    );
  }
}
