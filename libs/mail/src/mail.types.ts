import type { InviteMethod } from '@kennis/calendar';

export type MailLanguage = 'nl' | 'en';

export interface MailRecipient {
  name: string;
  address: string;
}

/** One row of the details table: a link only when href is an http(s) URL. */
export interface MailDetail {
  label: string;
  text: string;
  href?: string | null;
}

/** A block of user text under its own heading (a session's description, a list of proposals). */
export interface MailSection {
  heading: string;
  body: string;
}

/**
 * What every Kennis mail says, in this order: a greeting, a title, what happened (lead), the details
 * table, optional sections, one primary button to the page in Kennis, notes, and why the person gets it.
 */
export interface MailLayout {
  greeting: string;
  title: string;
  lead: string[];
  details: MailDetail[];
  sections?: MailSection[];
  action: { label: string; href: string } | null;
  notes?: string[];
  /** Why this person gets this mail. */
  reason: string;
}

export interface MailInput {
  language: MailLanguage;
  messageId: string;
  from: string;
  to: MailRecipient;
  subject: string;
  layout: MailLayout;
  calendar?: { method: InviteMethod; ics: string };
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
