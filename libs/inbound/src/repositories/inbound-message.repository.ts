import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { returnedRows } from '@kennis/database';
import { type InboundAnswer, InboundChannel, InboundMessageEntity, InboundStatus } from '../entities/inbound-message.entity';

export interface ReceivedCopy {
  messageId: string;
  recipient: string;
  envelopeSender: string | null;
  channel: InboundChannel;
  raw: Buffer;
}

export interface InboundOutcome {
  status: InboundStatus.Processed | InboundStatus.Ignored | InboundStatus.Failed;
  outcome: string;
  fromAddress: string | null;
  subject: string | null;
  itipMethod: string | null;
  calendarUid: string | null;
  answer: InboundAnswer | null;
}

export interface InboundMessageSummary {
  id: string;
  messageId: string;
  recipient: string;
  envelopeSender: string | null;
  channel: InboundChannel;
  sizeBytes: number;
  receivedAt: Date;
  status: InboundStatus;
  outcome: string | null;
  fromAddress: string | null;
  subject: string | null;
  itipMethod: string | null;
  calendarUid: string | null;
  answered: boolean;
  processedAt: Date | null;
}

@Injectable()
export class InboundMessageRepository {
  constructor(@InjectRepository(InboundMessageEntity) private readonly messages: Repository<InboundMessageEntity>) {}

  /**
   * Stores each copy unless the same Message-ID reached the same recipient before (a client that
   * sends again after a lost 250, or the IMAP reader seeing a message twice). Returns the new rows' ids.
   */
  async insertReceived(manager: EntityManager, copies: readonly ReceivedCopy[]): Promise<string[]> {
    if (copies.length === 0) return [];
    const values: unknown[] = [];
    const tuples = copies.map((copy, index) => {
      values.push(copy.messageId, copy.recipient, copy.envelopeSender, copy.channel, copy.raw, copy.raw.length);
      const base = index * 6;
      return `($${base + 1}, $${base + 2}, $${base + 3}, $${base + 4}, $${base + 5}, $${base + 6})`;
    });
    const rows = returnedRows<{ id: string }>(
      await manager.query(
        `INSERT INTO inbound_message (message_id, recipient, envelope_sender, channel, raw, size_bytes)
         VALUES ${tuples.join(', ')}
         ON CONFLICT ON CONSTRAINT inbound_message_message_recipient_unique DO NOTHING RETURNING id`,
        values,
      ),
    );
    return rows.map((row) => String(row.id));
  }

  /** The message, locked for processing, or null when it has an outcome already. */
  lockReceived(manager: EntityManager, id: string): Promise<InboundMessageEntity | null> {
    return manager.getRepository(InboundMessageEntity).findOne({
      where: { id, status: InboundStatus.Received },
      lock: { mode: 'pessimistic_write' },
    });
  }

  findById(id: string, manager: EntityManager = this.messages.manager): Promise<InboundMessageEntity | null> {
    return manager.getRepository(InboundMessageEntity).findOneBy({ id });
  }

  async recordOutcome(manager: EntityManager, id: string, outcome: InboundOutcome): Promise<void> {
    await manager.query(
      `UPDATE inbound_message SET status = $2, outcome = $3, from_address = $4, subject = $5, itip_method = $6,
         calendar_uid = $7, answer = $8, processed_at = now() WHERE id = $1`,
      [
        id,
        outcome.status,
        outcome.outcome.slice(0, 4000),
        outcome.fromAddress,
        outcome.subject?.slice(0, 998) ?? null,
        outcome.itipMethod?.slice(0, 20) ?? null,
        outcome.calendarUid?.slice(0, 255) ?? null,
        outcome.answer === null ? null : JSON.stringify(outcome.answer),
      ],
    );
  }

  /** After the last attempt: the message is kept, marked with why it could not be processed. */
  async markFailed(id: string, reason: string): Promise<void> {
    await this.messages.query(
      `UPDATE inbound_message SET status = 'FAILED', outcome = $2, processed_at = now() WHERE id = $1 AND status = 'RECEIVED'`,
      [id, reason.slice(0, 4000)],
    );
  }

  /** Newest first, for admins. */
  async findRecent(limit: number, status: InboundStatus | null): Promise<InboundMessageSummary[]> {
    const rows: Record<string, unknown>[] = await this.messages.query(
      `SELECT id, message_id, recipient, envelope_sender, channel, size_bytes, received_at, status, outcome,
              from_address, subject, itip_method, calendar_uid, answer IS NOT NULL AS answered, processed_at
       FROM inbound_message WHERE ($2::varchar IS NULL OR status = $2) ORDER BY received_at DESC, id DESC LIMIT $1`,
      [limit, status],
    );
    return rows.map((row) => ({
      id: String(row.id),
      messageId: row.message_id as string,
      recipient: row.recipient as string,
      envelopeSender: row.envelope_sender as string | null,
      channel: row.channel as InboundChannel,
      sizeBytes: row.size_bytes as number,
      receivedAt: row.received_at as Date,
      status: row.status as InboundStatus,
      outcome: row.outcome as string | null,
      fromAddress: row.from_address as string | null,
      subject: row.subject as string | null,
      itipMethod: row.itip_method as string | null,
      calendarUid: row.calendar_uid as string | null,
      answered: row.answered as boolean,
      processedAt: row.processed_at as Date | null,
    }));
  }
}
