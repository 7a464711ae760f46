import { Injectable } from '@nestjs/common';
import { type MailDeliveryOutcome, OutboxMailDelivery } from '@kennis/mail';
import { SessionMailComposer } from '../services/session-mail.composer';
import type { SessionMailPayload } from './sessions.jobs';

/** Delivers one session mail: composed from the row as things are now, then sent (see OutboxMailDelivery). */
@Injectable()
export class SessionMailHandler {
  constructor(
    private readonly outboxMail: OutboxMailDelivery,
    private readonly composer: SessionMailComposer,
  ) {}

  deliver(outboxId: string, finalAttempt: boolean): Promise<MailDeliveryOutcome> {
    return this.outboxMail.deliver(outboxId, finalAttempt, (manager, row) =>
      this.composer.compose(manager, row.id, row.createdAt, row.payload as SessionMailPayload),
    );
  }
}
