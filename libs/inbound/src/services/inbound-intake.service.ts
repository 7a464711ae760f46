import { Injectable } from '@nestjs/common';
import { OutboxService } from '@kennis/outbox';
import { InboundChannel } from '../entities/inbound-message.entity';
import { InboundJob, inboundJobQueue, type InboundMessagePayload } from '../jobs/inbound.jobs';
import { InboundMessageRepository } from '../repositories/inbound-message.repository';
import { inboundMessageId } from './raw-headers';

export interface ReceivedMessage {
  raw: Buffer;
  /** MAIL FROM; null for the null sender <>. */
  envelopeSender: string | null;
  /** Kennis mailboxes only: the listener and the reader check them first. */
  recipients: readonly string[];
  channel: InboundChannel;
}

export interface IntakeResult {
  messageId: string;
  stored: number;
  duplicates: number;
}

/**
 * The one way mail gets into Kennis: the raw message is written to PostgreSQL, one row per Kennis
 * recipient, with an outbox row for its processing, in one transaction. Callers acknowledge the
 * message (SMTP 250, IMAP \Seen) only after this resolves, so a received message is never lost.
 */
@Injectable()
export class InboundIntakeService {
  constructor(
    private readonly outbox: OutboxService,
    private readonly messages: InboundMessageRepository,
  ) {}

  receive(message: ReceivedMessage): Promise<IntakeResult> {
    const messageId = inboundMessageId(message.raw);
    const recipients = [...new Set(message.recipients.map((recipient) => recipient.trim().toLowerCase()))];
    return this.outbox.transaction(async (manager, batch) => {
      const ids = await this.messages.insertReceived(
        manager,
        recipients.map((recipient) => ({
          messageId,
          recipient,
          envelopeSender: message.envelopeSender ? message.envelopeSender.toLowerCase() : null,
          channel: message.channel,
          raw: message.raw,
        })),
      );
      batch.add(
        ...ids.map((inboundMessageId) => ({
          queue: inboundJobQueue[InboundJob.MessageProcess],
          jobName: InboundJob.MessageProcess,
          payload: { inboundMessageId } satisfies InboundMessagePayload,
        })),
      );
      return { messageId, stored: ids.length, duplicates: recipients.length - ids.length };
    });
  }
}
