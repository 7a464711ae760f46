import { renderEventInvite } from '@kennis/calendar';
import { BadUserInputError } from '@kennis/errors';
import { buildEventInvite } from '@kennis/testing';
import { composeMail } from './compose-mail';
import type { MailInput } from './mail.types';
import { buildMailInput } from './testing/mail.fixtures';

function fieldOf(compose: () => unknown): string {
  try {
    compose();
  } catch (error) {
    expect(error).toBeInstanceOf(BadUserInputError);
    return (error as BadUserInputError).details.field as string;
  }
  throw new Error('composeMail accepted it');
}

describe('composeMail (the one layout of every Kennis mail)', () => {
  it('writes header, title, details, one button and the reason, in html and in its plain-text twin', () => {
    const mail = composeMail(buildMailInput());
    expect(mail.html).toContain('<html lang="nl">');
    expect(mail.html).toContain('max-width: 600px');
    expect(mail.html).toMatch(/>Kennis<\/td>/);
    expect(mail.html).toContain('<h1');
    expect(mail.html.match(/<a href="https:\/\/kennis\.example\.org\/sessions\/1"/g)).toHaveLength(1);
    expect(mail.html).toContain('Je krijgt dit bericht omdat je je voor deze sessie hebt aangemeld.');
    expect(mail.text.split('\n')).toEqual([
      'Hoi Piet de Vries,',
      '',
      'Je bent aangemeld voor "Intro to exclusion constraints".',
      '',
      'Intro to exclusion constraints',
      'Waar: Utrecht, room Ada',
      'Online: https://meet.example.org/j/42',
      '',
      'Waar gaat het over:',
      'Why two bookings never overlap.',
      'Bring a laptop.',
      '',
      'Bekijk de sessie: https://kennis.example.org/sessions/1',
      '',
      'De uitnodiging staat in de bijlage en in je agenda.',
      '',
      '-- ',
      'Je krijgt dit bericht omdat je je voor deze sessie hebt aangemeld.',
      'Kennis',
      '',
    ]);
  });

  it('escapes all text and links only http(s) URLs', () => {
    const base = buildMailInput();
    const mail = composeMail({
      ...base,
      layout: {
        ...base.layout,
        title: '<script>alert(1)</script>',
        details: [{ label: 'Online', text: 'javascript:alert(1)', href: 'javascript:alert(1)' }],
        action: { label: 'Open', href: 'javascript:alert(1)' },
      },
    });
    expect(mail.html).not.toMatch(/<script|href="javascript/i);
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html.match(/<a /g)).toBeNull();
    expect(mail.text).not.toContain('Open: javascript');
  });

  it.each<[string, Partial<MailInput>, string]>([
    ['a recipient address with a line break', { to: { name: 'P', address: 'p@example.org\r\nBcc: x@example.org' } }, 'recipient.address'],
    ['a recipient address with a comma', { to: { name: 'P', address: 'p@example.org,x@example.org' } }, 'recipient.address'],
    ['a from with a line break', { from: 'Kennis <k@example.org>\r\nBcc: x@example.org' }, 'from'],
    ['a message id without brackets', { messageId: 'outbox-1@kennis.example.org' }, 'messageId'],
    ['a message id with a path', { messageId: '<../../etc/passwd@kennis.example.org>' }, 'messageId'],
    ['a method that differs from the METHOD inside (RFC 6047 2.4)', { calendar: { method: 'REQUEST', ics: renderEventInvite(buildEventInvite('CANCEL')) } }, 'ics.content'],
    ['a calendar part that is no VCALENDAR', { calendar: { method: 'REQUEST', ics: 'METHOD:REQUEST' } }, 'ics.content'],
  ])('rejects %s, naming the field', (_, overrides, field) => {
    expect(fieldOf(() => composeMail(buildMailInput(overrides)))).toBe(field);
  });

  it('keeps line breaks out of the subject and the recipient name', () => {
    const mail = composeMail(buildMailInput({ subject: 'Talk\r\nBcc: evil@example.org\u2028', to: { name: 'Piet\r\nBcc: x', address: 'piet@example.org' } }));
    expect(mail.subject).toBe('Talk Bcc: evil@example.org');
    expect(mail.to.name).toBe('Piet Bcc: x');
  });
});
