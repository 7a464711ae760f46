import ICAL from 'ical.js';
import { renderEventInvite } from '@kennis/calendar';
import { BadUserInputError } from '@kennis/errors';
import { buildEventInvite } from '@kennis/testing';
import { composeMail } from './compose-mail';
import type { ComposedMail } from './mail.types';
import { quotedPrintable, writeMimeMessage } from './mime-message.writer';
import { buildMailInput } from './testing/mail.fixtures';
import { inspectRawMail } from './testing/raw-mail.inspection';

const LONG_LINE = `${'Een lange regel over uitsluitingsconstraints en btree_gist '.repeat(6)}einde.`;

/** Every line of the raw message: CRLF only, no bare CR or LF, and at most 76 characters in the encoded parts. */
function rawLines(raw: Buffer): string[] {
  const text = raw.toString('latin1');
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  return text.split('\r\n');
}

function fieldOf(write: () => unknown): string {
  try {
    write();
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return (error as BadUserInputError).details.field as string;
  }
  throw new Error('writeMimeMessage accepted it');
}

describe('writeMimeMessage (the MIME of every Kennis mail)', () => {
  it.each(['REQUEST', 'CANCEL'] as const)(
    'writes mixed > alternative (text, html, text/calendar; method=%s) + invite.ics, which mail clients parse back',
    async (method) => {
      const mail = { ...composeMail(buildMailInput({ method })), replyTo: 'sessions@kennis.example.org' };
      const ics = mail.calendar!.ics;
      const { raw, envelope } = writeMimeMessage(mail, new Date('2026-12-01T10:00:00Z'));
      const { parsed, calendarPart, icsAttachment, headerLines } = await inspectRawMail(raw);

      expect(envelope).toEqual({ from: 'kennis@kennis.example.org', to: ['piet@example.org'] });
      expect(headerLines.slice(0, 9)).toEqual([
        'Auto-Submitted: auto-generated',
        'From: Kennis <kennis@kennis.example.org>',
        'To: Piet de Vries <piet@example.org>',
        'Reply-To: sessions@kennis.example.org',
        `Subject: ${mail.subject}`,
        'Message-ID: <outbox-123@kennis.example.org>',
        'Date: Tue, 01 Dec 2026 10:00:00 +0000',
        'MIME-Version: 1.0',
        expect.stringMatching(/^Content-Type: multipart\/mixed; boundary="=_Kennis_[A-Za-z0-9_-]+"$/),
      ]);
      expect(parsed.messageId).toBe(mail.messageId);
      expect(parsed.replyTo?.value).toEqual([{ name: '', address: 'sessions@kennis.example.org' }]);
      expect(parsed.subject).toBe(mail.subject);
      expect(parsed.text).toBe(mail.text);
      expect(parsed.html).toBe(mail.html);
      expect(calendarPart).toEqual({ method, ics, icsMethod: method });
      expect(icsAttachment).toEqual({ contentType: 'application/ics', ics });
      expect(parsed.attachments).toHaveLength(2);
      expect(raw.toString()).toContain(`Content-Type: text/calendar; charset=utf-8; method=${method}\r\n`);
      // multipart/alternative sits inside multipart/mixed, before the attachment.
      const body = raw.toString();
      expect(body.indexOf('multipart/alternative')).toBeLessThan(body.indexOf('text/plain'));
      expect(body.indexOf('text/calendar')).toBeLessThan(body.indexOf('application/ics'));
      for (const line of rawLines(raw)) expect(line.length).toBeLessThanOrEqual(76);
    },
  );

  it('writes text and html as multipart/alternative when there is no invite', async () => {
    const mail = composeMail(buildMailInput({ method: null }));
    const { raw } = writeMimeMessage(mail);
    const { parsed, calendarPart, headerLines } = await inspectRawMail(raw);
    expect(headerLines).toContainEqual(expect.stringMatching(/^Content-Type: multipart\/alternative; boundary=/));
    expect(calendarPart).toBeNull();
    expect(parsed.attachments).toHaveLength(0);
    expect(parsed.text).toBe(mail.text);
    expect(parsed.html).toBe(mail.html);
  });

  it('encodes Dutch names, emoji and long lines so that they come back exactly, in lines of at most 76', async () => {
    const base = buildMailInput();
    const title = 'Zeeën van kennis: één sessie over ijsvogels 🐦 en “slimme” queries';
    const name = 'Daniëlle van ’t Hof-Öztürk 🎉';
    const invite = buildEventInvite('REQUEST', {
      title,
      description: `${LONG_LINE}\nMet Daniëlle 🎉.`,
      attendees: [{ email: 'danielle@example.org', name, kind: 'PERSON', role: 'REQ-PARTICIPANT' }],
    });
    const mail = composeMail({
      ...base,
      from: 'Kennis — Leren & Delen <kennis@kennis.example.org>',
      to: { name, address: 'danielle@example.org' },
      subject: `Uitnodiging: ${title}`,
      layout: { ...base.layout, greeting: `Hoi ${name},`, title, sections: [{ heading: 'Waar gaat het over', body: `${LONG_LINE}\nTot dan 👋` }] },
      calendar: { method: 'REQUEST', ics: renderEventInvite(invite) },
    });
    const { raw } = writeMimeMessage(mail);
    const { parsed, calendarPart, icsAttachment, headerLines } = await inspectRawMail(raw);

    expect(parsed.subject).toBe(`Uitnodiging: ${title}`);
    expect(parsed.from?.value).toEqual([{ name: 'Kennis — Leren & Delen', address: 'kennis@kennis.example.org' }]);
    expect(parsed.to).toMatchObject({ value: [{ name, address: 'danielle@example.org' }] });
    expect(parsed.text).toBe(mail.text);
    expect(parsed.text).toContain(LONG_LINE);
    expect(parsed.html).toBe(mail.html);
    expect(calendarPart?.ics).toBe(mail.calendar!.ics);
    expect(icsAttachment?.ics).toBe(mail.calendar!.ics);
    const event = new ICAL.Component(ICAL.parse(calendarPart!.ics)).getFirstSubcomponent('vevent')!;
    expect(event.getFirstPropertyValue('summary')).toBe(title);
    expect(event.getFirstPropertyValue('description')).toBe(`${LONG_LINE}\nMet Daniëlle 🎉.`);
    expect(event.getAllProperties('attendee').map((attendee) => attendee.getParameter('cn'))).toContain(name);

    // Headers are 7-bit ASCII: RFC 2047 encoded words, folded.
    const headerBlock = raw.toString('latin1').slice(0, raw.indexOf('\r\n\r\n'));
    expect(headerBlock).toMatch(/^[\x20-\x7E\r\n]*$/);
    expect(headerLines.find((line) => line.startsWith('Subject:'))).toMatch(/^Subject: =\?UTF-8\?Q\?/);
    const body = raw.toString();
    expect(body).toContain('Content-Transfer-Encoding: quoted-printable');
    expect(body).toMatch(/Content-Type: text\/calendar; charset=utf-8; method=REQUEST\r\nContent-Transfer-Encoding: base64/);
    for (const line of rawLines(raw)) expect(line.length).toBeLessThanOrEqual(76);
  });

  it('keeps a space at the end of a line (the "-- " signature) through quoted-printable', async () => {
    const mail: ComposedMail = { ...composeMail(buildMailInput({ method: null })), text: `Tot ziens, Daniëlle \n-- \nKennis\t\n` };
    const { raw } = writeMimeMessage(mail);
    expect(raw.toString()).toContain('Tot ziens, Dani=C3=ABlle=20\r\n--=20\r\nKennis=09\r\n');
    expect((await inspectRawMail(raw)).parsed.text).toBe(mail.text);
  });

  it('quoted-printable: soft breaks at 76 without splitting an escape, "=" escaped, CRLF line breaks', () => {
    const encoded = quotedPrintable(Buffer.from(`${'a'.repeat(74)}é=b\n${'x'.repeat(76)}\n${'y'.repeat(77)}`, 'utf8')).toString();
    const lines = encoded.split('\r\n');
    expect(lines).toEqual([`${'a'.repeat(74)}=`, '=C3=A9=3Db', 'x'.repeat(76), `${'y'.repeat(75)}=`, 'yy']);
  });

  it('answers with In-Reply-To and References, Auto-Submitted: auto-replied and a REPLY calendar part', async () => {
    const ics = renderEventInvite(buildEventInvite('REQUEST')).replace('METHOD:REQUEST', 'METHOD:REPLY');
    const mail: ComposedMail = {
      ...composeMail(buildMailInput({ method: null })),
      from: '"Utrecht / Ada" <ada@rooms.kennis.example.org>',
      calendar: { method: 'REPLY', ics },
      inReplyTo: '<CAF=abc.123@mail.example.com>',
      autoSubmitted: 'auto-replied',
    };
    const { raw, envelope } = writeMimeMessage(mail);
    const { parsed, calendarPart, headerLines } = await inspectRawMail(raw);
    expect(envelope.from).toBe('ada@rooms.kennis.example.org');
    expect(parsed.from?.value).toEqual([{ name: 'Utrecht / Ada', address: 'ada@rooms.kennis.example.org' }]);
    expect(parsed.inReplyTo).toBe('<CAF=abc.123@mail.example.com>');
    expect(parsed.references).toBe('<CAF=abc.123@mail.example.com>');
    expect(headerLines).toContain('Auto-Submitted: auto-replied');
    expect(calendarPart).toEqual({ method: 'REPLY', ics, icsMethod: 'REPLY' });
  });

  it('folds a long plain subject at spaces and quotes a display name with specials', async () => {
    const subject = `Uitnodiging: ${'Intro to exclusion constraints, '.repeat(5).trim()}`;
    const mail = { ...composeMail(buildMailInput({ subject })), to: { name: 'Vries, Piet "PdV" de', address: 'piet@example.org' } };
    const { raw } = writeMimeMessage(mail);
    const { parsed } = await inspectRawMail(raw);
    expect(parsed.subject).toBe(subject);
    expect(parsed.to).toMatchObject({ value: [{ name: 'Vries, Piet "PdV" de', address: 'piet@example.org' }] });
    expect(raw.toString()).toContain('To: "Vries, Piet \\"PdV\\" de" <piet@example.org>');
    for (const line of rawLines(raw)) expect(line.length).toBeLessThanOrEqual(76);
  });

  it('lets no subject or name add a header, even when a composer skipped composeMail', async () => {
    const mail: ComposedMail = {
      ...composeMail(buildMailInput()),
      subject: 'Talk\r\nBcc: evil@x.example\r\n\r\n<h1>body</h1>',
      to: { name: 'Piet\nBcc: evil@x.example', address: 'piet@example.org' },
    };
    const { raw, envelope } = writeMimeMessage(mail);
    const { parsed, headerLines } = await inspectRawMail(raw);
    expect(envelope.to).toEqual(['piet@example.org']);
    expect(headerLines.filter((line) => /^bcc:/i.test(line))).toEqual([]);
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.subject).toBe('Talk Bcc: evil@x.example <h1>body</h1>');
    expect(parsed.to).toMatchObject({ value: [{ name: 'Piet Bcc: evil@x.example', address: 'piet@example.org' }] });
  });

  it('picks boundaries that appear in no part, so no text can end a part early', async () => {
    const first = writeMimeMessage(composeMail(buildMailInput({ method: null }))).raw.toString();
    const boundary = /boundary="([^"]+)"/.exec(first)![1];
    // The next few boundaries the writer would pick, written into the text as delimiter lines.
    const upcoming = [1, 2, 3].map((step) => boundary.replace(/[0-9a-z]+$/, (count) => (parseInt(count, 36) + step).toString(36).padStart(11, '0')));
    const base = composeMail(buildMailInput({ method: null }));
    const mail: ComposedMail = { ...base, text: `${base.text}${upcoming.map((next) => `--${next}\nBcc: evil@x.example\n--${next}--\n`).join('')}` };
    const { raw } = writeMimeMessage(mail);
    const used = /boundary="([^"]+)"/.exec(raw.toString())![1];
    expect(used.startsWith(boundary.replace(/[0-9a-z]+$/, ''))).toBe(true);
    expect(upcoming).not.toContain(used);
    const { parsed, headerLines } = await inspectRawMail(raw);
    expect(parsed.text).toBe(mail.text);
    expect(headerLines.filter((line) => /^bcc:/i.test(line))).toEqual([]);
  });

  it.each<[string, Partial<ComposedMail>, string]>([
    ['a recipient address with a line break', { to: { name: 'P', address: 'p@example.org\r\nBcc: x@example.org' } }, 'recipient.address'],
    ['a from with a line break', { from: 'Kennis <k@example.org>\r\nBcc: x@example.org' }, 'from'],
    ['a from with two addresses', { from: 'k@example.org, x@example.org' }, 'from'],
    ['a reply-to with a line break', { replyTo: 'sessions@example.org\nBcc: x@example.org' }, 'replyTo'],
    ['a message id with a line break', { messageId: '<outbox-1@kennis.example.org>\r\nBcc: x@example.org' }, 'messageId'],
    ['an in-reply-to with a line break', { inReplyTo: '<a@example.org>\r\nBcc: x@example.org' }, 'inReplyTo'],
    ['an in-reply-to without brackets', { inReplyTo: 'a@example.org' }, 'inReplyTo'],
    ['an unknown Auto-Submitted', { autoSubmitted: 'no' as never }, 'autoSubmitted'],
    [
      'a calendar part whose method differs from its METHOD (RFC 6047 2.4)',
      { calendar: { method: 'REQUEST', ics: renderEventInvite(buildEventInvite('CANCEL')) } },
      'ics.content',
    ],
  ])('refuses %s, naming the field', (_, overrides, field) => {
    expect(fieldOf(() => writeMimeMessage({ ...composeMail(buildMailInput()), ...overrides }))).toBe(field);
  });
});
