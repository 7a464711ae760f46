import type { ParsedMail } from 'mailparser';

export interface GuardInput {
  envelopeSender: string | null;
  fromAddress: string | null;
  headers: ParsedMail['headers'];
  /** The raw message's top-level Content-Type, parameters included. */
  contentType: string;
  partCount: number;
  maxParts: number;
  isOwnAddress: (address: string) => boolean;
  isKennisMessageId: (messageId: string) => boolean;
  messageId: string;
}

function headerText(headers: ParsedMail['headers'], name: string): string {
  const value = headers.get(name);
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return String(value);
}

/**
 * Why a message must not be acted on or answered, or null. RFC 3834 (Auto-Submitted), RFC 3464/6522
 * (multipart/report bounces, the null sender) and the Precedence header of lists and vacation
 * replies: answering any of these could start a mail loop.
 */
export function loopReason(input: GuardInput): string | null {
  if (input.envelopeSender === null) return 'a bounce (null sender <>): never answered';
  if (/^multipart\/report\b/i.test(input.contentType)) return 'a delivery or disposition report (multipart/report): never answered';
  const autoSubmitted = headerText(input.headers, 'auto-submitted').trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return `an automatic message (Auto-Submitted: ${autoSubmitted}): never answered`;
  const precedence = headerText(input.headers, 'precedence').trim().toLowerCase();
  if (['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return `an automatic message (Precedence: ${precedence}): never answered`;
  if (input.headers.has('list-id')) return 'a mailing-list message (List-Id): never answered';
  if (input.isKennisMessageId(input.messageId)) return "Kennis's own message came back: never answered";
  if (input.fromAddress && input.isOwnAddress(input.fromAddress)) return `sent from Kennis's own address ${input.fromAddress}: never answered`;
  if (input.envelopeSender && input.isOwnAddress(input.envelopeSender)) return `sent from Kennis's own address ${input.envelopeSender}: never answered`;
  if (input.partCount > input.maxParts) return `has ${input.partCount} MIME parts, more than the limit of ${input.maxParts}`;
  return null;
}

/**
 * Outlook's X-Auto-Response-Suppress asks automatic responders not to answer (All, AutoReply, OOF...).
 * Kennis still acts on the message (it is a person's meeting request) but sends no automatic answer.
 */
export function suppressesAnswer(headers: ParsedMail['headers']): boolean {
  const value = headerText(headers, 'x-auto-response-suppress').toLowerCase();
  return /\b(all|autoreply|oof)\b/.test(value);
}
