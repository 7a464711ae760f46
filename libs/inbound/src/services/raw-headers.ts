import { createHash } from 'node:crypto';

/** The header block of a raw message, unfolded (RFC 5322 2.2.3), without parsing the body. */
export function rawHeaderLines(raw: Buffer): string[] {
  const text = raw.subarray(0, Math.min(raw.length, 256 * 1024)).toString('latin1');
  const end = text.search(/\r?\n\r?\n/);
  const block = end === -1 ? text : text.slice(0, end);
  return block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/);
}

export function rawHeader(raw: Buffer, name: string): string | null {
  const prefix = `${name.toLowerCase()}:`;
  const line = rawHeaderLines(raw).find((candidate) => candidate.toLowerCase().startsWith(prefix));
  return line === undefined ? null : line.slice(prefix.length).trim();
}

/**
 * The Message-ID that, with the recipient, makes a stored copy unique. A message without one gets an
 * id from its content, so the same bytes sent twice are still stored once.
 */
export function inboundMessageId(raw: Buffer): string {
  const header = rawHeader(raw, 'message-id');
  const match = header ? /<[^<>\s]{1,990}>/.exec(header) : null;
  if (match) return match[0];
  return `<sha256-${createHash('sha256').update(raw).digest('hex')}@kennis.inbound>`;
}
