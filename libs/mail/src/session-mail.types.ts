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
  calendar?: { method: InviteMethod; ics: string };
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
