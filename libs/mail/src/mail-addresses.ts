/**
 * The Message-ID of the mail of one stored row (an outbox row): unique across databases too, as row
 * ids start again in a new or restored database while mail clients remember old ids.
 */
export function rowMessageId(row: { id: string; createdAt: Date }, domain: string): string {
  return `<outbox-${row.id}-${row.createdAt.getTime()}@${domain}>`;
}

/** A page of the web app under PUBLIC_URL: mails link only to pages that exist. */
export function publicPage(publicUrl: string, path: string): string {
  return `${publicUrl.replace(/\/$/, '')}${path}`;
}

/** Where a mail's links and Message-IDs come from: the mail and app configuration. */
export interface MailSettings {
  fromAddress: string;
  messageIdDomain: string;
  /** PUBLIC_URL. */
  publicUrl: string;
}
