import { BadUserInputError } from '@kennis/errors';

const LINE_BREAKS_AND_CONTROLS = /[\u0000-\u001F\u007F\u0085\u2028\u2029]+/g;
const HAS_CONTROL = /[\u0000-\u001F\u007F\u0085\u2028\u2029]/;
const ADDRESS = /^[^\s@"(),:;<>[\\\]\u0000-\u001F\u007F]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;
// Narrower than RFC 5322 msg-id on purpose: the id is also a file name in file mode.
const MESSAGE_ID = /^<[A-Za-z0-9._+=-]{1,200}@[A-Za-z0-9](?:[A-Za-z0-9.-]{0,200}[A-Za-z0-9])?>$/;

/** A header value from user text: no CR/LF or other control may reach a header (RFC 5322 2.2). */
export function headerText(value: string): string {
  return value.replace(LINE_BREAKS_AND_CONTROLS, ' ').replace(/ {2,}/g, ' ').trim();
}

/** User text for the plain-text body: line breaks kept, other controls dropped. */
export function bodyText(value: string): string {
  return value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Only http(s) links become clickable; anything else (javascript:, data:) stays text. */
export function httpUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function assertMailAddress(field: string, value: string): string {
  if (!ADDRESS.test(value) || value.length > 254) {
    throw new BadUserInputError(field, `${field} must be a plain mail address like name@example.org.`);
  }
  return value;
}

export function assertMessageId(value: string): string {
  if (!MESSAGE_ID.test(value)) {
    throw new BadUserInputError(
      'messageId',
      'messageId must look like <outbox-123@kennis.example.org>: letters, digits and . _ + = - only.',
    );
  }
  return value;
}

export function assertHeaderSafe(field: string, value: string): string {
  if (value.trim().length === 0 || HAS_CONTROL.test(value)) {
    throw new BadUserInputError(field, `${field} must be one non-empty line without control characters.`);
  }
  return value;
}
