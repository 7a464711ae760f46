import type { InviteMethod } from '@kennis/calendar';

export type MailLanguage = 'nl' | 'en';

export type SessionMailKind =
  | 'INVITE'
  | 'UPDATE'
  | 'CANCELLATION'
  | 'SEAT_GRANTED'
  | 'WAITLISTED'
  | 'REMINDER'
  | 'LEFT';

export interface MailRecipient {
  name: string;
  address: string;
}

export interface SessionMailDetails {
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  /** The recipient's IANA zone: the body shows local times in it. */
  timeZone: string;
  location: string | null;
  onlineUrl: string | null;
  hostNames: string[];
  waitlistPosition?: number;
}

export interface ComposedMail {
  /** The Message-ID header, angle brackets included, e.g. <outbox-123@kennis.local>. */
  messageId: string;
  from: string;
  to: MailRecipient;
  subject: string;
  text: string;
  html: string;
  /** REPLY: a room's or team's answer to an organizer (RFC 5546 3.2.3). */
  calendar?: { method: InviteMethod | 'REPLY'; ics: string };
  /** Where answers to this mail go: the mailbox Kennis reads. */
  replyTo?: string;
  /** The Message-ID this mail answers (an answer to a received invite). */
  inReplyTo?: string;
  /** RFC 3834: auto-replied for answers to received mail, auto-generated (the default) otherwise. */
  autoSubmitted?: 'auto-generated' | 'auto-replied';
}

export interface SessionMailInput {
  kind: SessionMailKind;
  language: MailLanguage;
  recipient: MailRecipient;
  from: string;
  messageId: string;
  details: SessionMailDetails;
  ics?: { method: InviteMethod; content: string };
}
