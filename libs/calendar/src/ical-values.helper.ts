import { BadUserInputError } from '@kennis/errors';

// RFC 5545 3.3.11: TEXT may hold any character but CONTROL (HTAB excepted); line breaks become \n.
const DISALLOWED_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const EMAIL = /^[^\s@"(),:;<>[\\\]\u0000-\u001F\u007F]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;
const UID = /^[A-Za-z0-9._~@+=:/-]{1,255}$/;

/** User text made safe for a TEXT value; ical-generator then escapes \ ; , and newlines. */
export function cleanText(value: string): string {
  return value
    .replace(LONE_SURROGATES, '\uFFFD')
    .replace(/\r\n?/g, '\n')
    .replace(DISALLOWED_CONTROLS, '');
}

/**
 * A display name for a quoted parameter (CN). RFC 5545 3.1: a quoted-string cannot hold DQUOTE or
 * a control character, and backslashes are not escapes there, yet ical-generator escapes them;
 * so those characters are replaced rather than escaped.
 */
export function cleanParameterText(value: string): string {
  return cleanText(value)
    .replace(/[\n\t]/g, ' ')
    .replace(/"/g, "'")
    .replace(/\\/g, '/')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** TEXT escaping (RFC 5545 3.3.11) for values that ical-generator writes raw (the calendar name). */
export function escapeText(value: string): string {
  return cleanText(value).replace(/[\\;,]/g, (match) => `\\${match}`).replace(/\n/g, '\\n');
}

/**
 * An http(s) URL as a URI value. ical-generator applies TEXT escaping to URL, which would turn
 * "," and ";" into "\," and "\;" inside a URI; percent-encoding them keeps the URL equivalent.
 */
export function uriValue(field: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BadUserInputError(field, `${field} must be an absolute http or https URL.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new BadUserInputError(field, `${field} must be an absolute http or https URL.`);
  }
  return url.href.replace(/,/g, '%2C').replace(/;/g, '%3B');
}

export function assertEmail(field: string, value: string): string {
  if (!EMAIL.test(value) || value.length > 254) {
    throw new BadUserInputError(field, `${field} must be a plain mail address like name@example.org.`);
  }
  return value;
}

export function assertUid(field: string, value: string): string {
  if (!UID.test(value)) {
    throw new BadUserInputError(
      field,
      `${field} must be 1 to 255 characters of letters, digits and . _ ~ @ + = : / -.`,
    );
  }
  return value;
}

export function assertSequence(field: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new BadUserInputError(field, `${field} must be a whole number of 0 or more.`);
  }
  return value;
}

export function assertInstant(field: string, value: Date): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new BadUserInputError(field, `${field} must be a valid date.`);
  }
  return value;
}

export function assertPeriod(startsAt: Date, endsAt: Date, field: string): void {
  assertInstant(`${field}.startsAt`, startsAt);
  assertInstant(`${field}.endsAt`, endsAt);
  if (endsAt.getTime() <= startsAt.getTime()) {
    throw new BadUserInputError(`${field}.endsAt`, `${field}.endsAt must be after ${field}.startsAt.`);
  }
}

export function assertName(field: string, value: string): string {
  const name = cleanParameterText(value);
  if (name.length === 0) {
    throw new BadUserInputError(field, `${field} must not be empty.`);
  }
  return name;
}
