import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export enum InboundChannel {
  Smtp = 'SMTP',
  Imap = 'IMAP',
}

export enum InboundStatus {
  Received = 'RECEIVED',
  Processed = 'PROCESSED',
  Ignored = 'IGNORED',
  Failed = 'FAILED',
}

/** What Kennis decided to answer, recorded with the outcome so the answer is sent once and can be rebuilt. */
export interface InboundAnswer {
  /** reply: an iTIP REPLY from a room or team mailbox; notice: a plain mail to a host (no calendar part). */
  kind: 'reply' | 'notice';
  /** Who the answer comes from (the room's or team's mailbox) and goes to (the organizer). */
  fromAddress: string;
  fromName: string;
  toAddress: string;
  uid: string;
  sequence: number;
  partstat: 'ACCEPTED' | 'TENTATIVE' | 'DECLINED';
  summary: string;
  comment: string;
  occurrences: { startsAt: string; endsAt: string; recurrenceId: string | null; partstat: string; reason: string | null }[];
  /** Nearest free times in the same room, and other free rooms at the asked time, for a decline. */
  freeTimes: { startsAt: string; endsAt: string }[];
  freeRooms: string[];
  inReplyTo: string;
  timeZone: string;
  /** A facility team answers as a RESOURCE attendee; a room (the default) as a ROOM. */
  attendeeType?: 'ROOM' | 'RESOURCE';
  /** A notice's own subject (default: a room's decline); a line before the comment in the mail's text. */
  subject?: string;
  intro?: string;
}

/**
 * One received message for one Kennis recipient, stored raw before anything else happens: the SMTP
 * listener answers 250 and the IMAP reader marks the message done only after this row is committed.
 */
@Entity('inbound_message')
@Unique('inbound_message_message_recipient_unique', ['messageId', 'recipient'])
@Check('inbound_message_channel_check', `channel IN ('SMTP', 'IMAP')`)
@Check('inbound_message_status_check', `status IN ('RECEIVED', 'PROCESSED', 'IGNORED', 'FAILED')`)
@Index('inbound_message_received_index', ['receivedAt'])
export class InboundMessageEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'inbound_message_pkey' })
  id: string;

  @Column({ type: 'varchar', length: 998 })
  messageId: string;

  @Column({ type: 'citext' })
  recipient: string;

  /** The SMTP MAIL FROM; null for the null sender <> of bounces. */
  @Column({ type: 'citext', nullable: true })
  envelopeSender: string | null;

  @Column({ type: 'varchar', length: 10 })
  channel: InboundChannel;

  @Column({ type: 'bytea' })
  raw: Buffer;

  @Column({ type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  receivedAt: Date;

  @Column({ type: 'varchar', length: 12, default: InboundStatus.Received })
  status: InboundStatus;

  /** Why it was processed, ignored or failed, in words an admin understands. */
  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @Column({ type: 'citext', nullable: true })
  fromAddress: string | null;

  @Column({ type: 'varchar', length: 998, nullable: true })
  subject: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  itipMethod: string | null;

  @Column({ type: 'varchar', length: 255, nullable: true })
  calendarUid: string | null;

  @Column({ type: 'jsonb', nullable: true })
  answer: InboundAnswer | null;

  @Column({ type: 'timestamptz', nullable: true })
  processedAt: Date | null;
}
