import { randomBytes } from 'node:crypto';
import addressparser from 'nodemailer/lib/addressparser';
import { BadUserInputError } from '@kennis/errors';
import { checkedCalendarPart } from './compose-mail';
import { assertMailAddress, assertMessageId, headerText } from './mail-values.helper';
import type { ComposedMail } from './mail.types';

/** A message ready for the transport: the RFC 5322 bytes and the SMTP envelope. */
export interface WrittenMessage {
  raw: Buffer;
  envelope: { from: string; to: string[] };
}

const CRLF = '\r\n';
/** RFC 2045 6.7 and 6.8: encoded lines of at most 76 characters. */
const MAX_LINE = 76;
const ENCODED_WORD_PREFIX = '=?UTF-8?Q?';
/** Bytes of Q-encoded text in one encoded word: 10 + 45 + 2 = 57 characters, so a header line stays within 76. */
const ENCODED_WORD_PAYLOAD = 45;
const HEX = '0123456789ABCDEF';
const PRINTABLE_ASCII_LINES = /^[\x20-\x7E\n]*$/;
// A quoted-printable line may hold any byte of 33..126 but "=", and spaces inside the line.
const QP_LITERAL = new Uint8Array(256).map((_, byte) => (byte === 0x20 || byte === 0x09 || (byte >= 33 && byte <= 126 && byte !== 0x3d) ? 1 : 0));
// RFC 2047 5(3): what may stand for itself in an encoded word that replaces a phrase (a display name).
const Q_WORD_LITERAL = /[A-Za-z0-9!*+\-/]/;
// RFC 5322 atext and the space between atoms: such a display name needs no quotes.
const ATOM_PHRASE = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/;
const MSG_ID = /^<[^<>\s\u0000-\u001F\u007F]{1,990}>$/;
const BOUNDARY_PREFIX = `=_Kennis_${randomBytes(9).toString('base64url')}_`;
let boundaryCount = 0;

/**
 * The one MIME shape of every Kennis mail, written directly: multipart/mixed > multipart/alternative
 * (text/plain, text/html, text/calendar; method=...) + invite.ics as an attachment when the mail
 * carries an invite, otherwise multipart/alternative of text and html. nodemailer builds the same
 * shape from six stream pipelines (about 2 ms of CPU per invite); here it is a few string and
 * buffer operations. CRLF everywhere; text parts 7bit while every line is short printable ASCII,
 * quoted-printable otherwise; calendar 7bit or base64; headers folded at 76 with RFC 2047 encoded
 * words for anything that is not plain ASCII.
 *
 * User text (subject, names) has its line breaks and controls turned into spaces here as well, so
 * no composer can put a header into a mail; addresses, message ids and the sender are structured
 * values and are refused when they are malformed.
 */
export function writeMimeMessage(mail: ComposedMail, date: Date = new Date()): WrittenMessage {
  const from = senderOf('from', mail.from);
  const to = assertMailAddress('recipient.address', mail.to.address);
  const headers = [
    `Auto-Submitted: ${autoSubmitted(mail.autoSubmitted)}`,
    from.header,
    addressHeader('To', headerText(mail.to.name), to),
  ];
  if (mail.replyTo) headers.push(senderOf('replyTo', mail.replyTo).header.replace(/^From:/, 'Reply-To:'));
  const subject = headerText(mail.subject);
  if (subject.length > 0) headers.push(textHeader('Subject', subject));
  headers.push(`Message-ID: ${assertMessageId(mail.messageId)}`);
  if (mail.inReplyTo) {
    if (!MSG_ID.test(mail.inReplyTo)) {
      throw new BadUserInputError('inReplyTo', 'inReplyTo must be one message id in angle brackets, without spaces or control characters.');
    }
    headers.push(`In-Reply-To: ${mail.inReplyTo}`, `References: ${mail.inReplyTo}`);
  }
  headers.push(`Date: ${date.toUTCString().replace('GMT', '+0000')}`, 'MIME-Version: 1.0');

  const text = textPart('text/plain; charset=utf-8', mail.text);
  const html = textPart('text/html; charset=utf-8', mail.html);
  let body: string;
  if (!mail.calendar) {
    const alternative = boundaryFor([text, html]);
    headers.push(`Content-Type: multipart/alternative;${CRLF} boundary="${alternative}"`);
    body = multipart(alternative, [text, html]);
  } else {
    const { method, ics } = checkedCalendarPart(mail.calendar.method, mail.calendar.ics);
    const lines = calendarLines(ics);
    const calendar = calendarPart(method, lines);
    const attachment: Part = {
      headers: ['Content-Type: application/ics; name=invite.ics', 'Content-Disposition: attachment; filename=invite.ics', 'Content-Transfer-Encoding: base64'],
      body: base64Lines(Buffer.from(lines, 'utf8')),
    };
    const alternative = boundaryFor([text, html, calendar]);
    const alternatives: Part = { headers: [`Content-Type: multipart/alternative;${CRLF} boundary="${alternative}"`], body: multipart(alternative, [text, html, calendar]) };
    const mixed = boundaryFor([text, html, calendar, attachment]);
    headers.push(`Content-Type: multipart/mixed;${CRLF} boundary="${mixed}"`);
    body = multipart(mixed, [alternatives, attachment]);
  }
  // Every part is 7-bit by now, so the message is one string, turned into bytes once.
  return { raw: Buffer.from(`${headers.join(CRLF)}${CRLF}${CRLF}${body}`, 'utf8'), envelope: { from: from.address, to: [to] } };
}

interface Part {
  headers: string[];
  body: string;
}

function multipart(boundary: string, parts: Part[]): string {
  let body = '';
  for (const { headers, body: content } of parts) body += `--${boundary}${CRLF}${headers.join(CRLF)}${CRLF}${CRLF}${content}${CRLF}`;
  return `${body}--${boundary}--${CRLF}`;
}

/**
 * A boundary that occurs in none of the parts: "=_" cannot appear in quoted-printable or base64
 * output, and the 7bit parts are checked, so no user text can end a part early.
 */
function boundaryFor(parts: Part[]): string {
  for (;;) {
    boundaryCount = (boundaryCount + 1) % Number.MAX_SAFE_INTEGER;
    // Of fixed width, so that no boundary is the start of another.
    const boundary = `${BOUNDARY_PREFIX}${boundaryCount.toString(36).padStart(11, '0')}`;
    if (!parts.some((candidate) => candidate.body.includes(boundary))) return boundary;
  }
}

function autoSubmitted(value: ComposedMail['autoSubmitted']): string {
  if (value === undefined) return 'auto-generated';
  if (value !== 'auto-generated' && value !== 'auto-replied') {
    throw new BadUserInputError('autoSubmitted', 'autoSubmitted must be auto-generated or auto-replied (RFC 3834).');
  }
  return value;
}

/** A text part: 7bit while every line is printable ASCII of at most 76 characters, else quoted-printable. */
function textPart(contentType: string, content: string): Part {
  const text = content.replace(/\r\n?/g, '\n');
  if (PRINTABLE_ASCII_LINES.test(text) && !hasLongLine(text)) {
    return { headers: [`Content-Type: ${contentType}`, 'Content-Transfer-Encoding: 7bit'], body: text.replace(/\n/g, CRLF) };
  }
  return { headers: [`Content-Type: ${contentType}`, 'Content-Transfer-Encoding: quoted-printable'], body: quotedPrintable(Buffer.from(text, 'utf8')) };
}

/** The text/calendar alternative; RFC 6047 2.4: its method parameter is the METHOD inside. */
function calendarPart(method: string, lines: string): Part {
  const contentType = `Content-Type: text/calendar; charset=utf-8; method=${method}`;
  const unix = lines.replace(/\r\n/g, '\n');
  if (PRINTABLE_ASCII_LINES.test(unix) && !hasLongLine(unix)) {
    return { headers: [contentType, 'Content-Transfer-Encoding: 7bit'], body: lines };
  }
  return { headers: [contentType, 'Content-Transfer-Encoding: base64'], body: base64Lines(Buffer.from(lines, 'utf8')) };
}

/** RFC 5545 3.1: content lines end in CRLF. */
function calendarLines(ics: string): string {
  return ics.replace(/\r\n|\r|\n/g, CRLF);
}

function hasLongLine(text: string): boolean {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if ((end === -1 ? text.length : end) - start > MAX_LINE) return true;
    if (end === -1) return false;
    start = end + 1;
  }
}

// One output buffer for every message, grown when a message needs more: the encoded text is copied out as a string.
let scratch = Buffer.allocUnsafe(64 * 1024);

/** RFC 2045 6.7 over UTF-8 bytes whose line breaks are LF: CRLF hard breaks, "=" soft breaks, lines of at most 76. */
export function quotedPrintable(bytes: Buffer): string {
  // Every byte becomes at most three, plus a soft break ("=" CRLF) per 25 bytes at worst.
  if (scratch.length < bytes.length * 4 + 16) scratch = Buffer.allocUnsafe(bytes.length * 4 + 16);
  const out = scratch;
  let length = 0;
  let column = 0;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (byte === 0x0a) {
      out[length++] = 0x0d;
      out[length++] = 0x0a;
      column = 0;
      continue;
    }
    // Whitespace at the end of a line is dropped in transit (RFC 2045 6.7 (3)): it is encoded.
    const atLineEnd = index + 1 === bytes.length || bytes[index + 1] === 0x0a;
    const literal = QP_LITERAL[byte] === 1 && !((byte === 0x20 || byte === 0x09) && atLineEnd);
    const width = literal ? 1 : 3;
    // The soft break's "=" counts toward the 76; the last token of a line needs no room for it.
    const room = atLineEnd ? MAX_LINE : MAX_LINE - 1;
    if (column + width > room) {
      out[length++] = 0x3d;
      out[length++] = 0x0d;
      out[length++] = 0x0a;
      column = 0;
    }
    if (literal) {
      out[length++] = byte;
    } else {
      out[length++] = 0x3d;
      out[length++] = HEX.charCodeAt(byte >> 4);
      out[length++] = HEX.charCodeAt(byte & 0x0f);
    }
    column += width;
  }
  return out.toString('latin1', 0, length);
}

/** RFC 2045 6.8: base64 in lines of 76 characters. */
export function base64Lines(bytes: Buffer): string {
  const encoded = bytes.toString('base64');
  const lines: string[] = [];
  for (let start = 0; start < encoded.length; start += MAX_LINE) lines.push(encoded.slice(start, start + MAX_LINE));
  return lines.join(CRLF);
}

// The sender and Reply-To come from configuration and are the same for every mail of a batch: each
// distinct value is parsed, checked and encoded once per process.
const senders = new Map<string, { header: string; address: string }>();
const MAX_CACHED_SENDERS = 100;

/** "Name <address>" or a plain address: exactly one mailbox, written as a From header. */
function senderOf(field: 'from' | 'replyTo', value: string): { header: string; address: string } {
  const key = `${field} ${value}`;
  const cached = senders.get(key);
  if (cached) return cached;
  if (/[\u0000-\u001F\u007F]/.test(value)) {
    throw new BadUserInputError(field, `${field} must be one line: a mail address, or a name and <address>.`);
  }
  const parsed = addressparser(value, { flatten: true });
  const mailbox = parsed.length === 1 ? parsed[0] : null;
  if (!mailbox || !mailbox.address) {
    throw new BadUserInputError(field, `${field} must be one mail address, or a name and <address>, like Kennis <kennis@example.org>.`);
  }
  const address = assertMailAddress(field, mailbox.address);
  const sender = { header: addressHeader('From', headerText(mailbox.name), address), address };
  if (senders.size >= MAX_CACHED_SENDERS) senders.clear();
  senders.set(key, sender);
  return sender;
}

function addressHeader(name: string, displayName: string, address: string): string {
  if (displayName.length === 0) return `${name}: ${address}`;
  return fold(`${name}:`, [...phrase(displayName), `<${address}>`]);
}

/** A display name: atoms as they are, other ASCII as a quoted string, anything else as encoded words. */
function phrase(name: string): string[] {
  if (!name.includes('=?') && PRINTABLE_ASCII_LINES.test(name) && !name.includes('\n')) {
    if (ATOM_PHRASE.test(name) && !hasLongWord(name)) return name.split(' ');
    const quoted = `"${name.replace(/[\\"]/g, '\\$&')}"`;
    if (quoted.length <= 60) return [quoted];
  }
  return encodedWords(name);
}

/** Unstructured text (Subject): words folded at spaces while plain ASCII, encoded words otherwise. */
function textHeader(name: string, value: string): string {
  const plain = !value.includes('=?') && PRINTABLE_ASCII_LINES.test(value) && !value.includes('\n') && !hasLongWord(value);
  return fold(`${name}:`, plain ? value.split(' ') : encodedWords(value));
}

function hasLongWord(value: string): boolean {
  return value.split(' ').some((word) => word.length > MAX_LINE - 20);
}

/** RFC 2047: Q-encoded UTF-8 words of whole characters, each short enough for a header line of 76. */
function encodedWords(value: string): string[] {
  const words: string[] = [];
  let payload = '';
  for (const character of value) {
    let token: string;
    if (character === ' ') token = '_';
    else if (Q_WORD_LITERAL.test(character)) token = character;
    else {
      token = '';
      for (const byte of Buffer.from(character, 'utf8')) token += `=${HEX[byte >> 4]}${HEX[byte & 0x0f]}`;
    }
    if (payload.length + token.length > ENCODED_WORD_PAYLOAD) {
      words.push(`${ENCODED_WORD_PREFIX}${payload}?=`);
      payload = '';
    }
    payload += token;
  }
  if (payload.length > 0) words.push(`${ENCODED_WORD_PREFIX}${payload}?=`);
  return words;
}

/** RFC 5322 2.2.3: a header of words, a fold (CRLF and a space) wherever the line would pass 76 characters. */
function fold(start: string, words: string[]): string {
  let header = start;
  let column = start.length;
  for (const word of words) {
    if (column + 1 + word.length > MAX_LINE && column > start.length) {
      header += `${CRLF} ${word}`;
      column = 1 + word.length;
    } else {
      header += ` ${word}`;
      column += 1 + word.length;
    }
  }
  return header;
}
