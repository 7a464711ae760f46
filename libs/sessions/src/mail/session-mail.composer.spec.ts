import { type InviteMethod, renderEventInvite } from '@kennis/calendar';
import { BadUserInputError } from '@kennis/errors';
import type { MailLanguage } from '@kennis/mail';
import { buildEventInvite } from '@kennis/testing';
import { SessionMailKind } from '../jobs/sessions.jobs';
import { composeSessionMail, facilityRequestText, type SessionMailInput } from './session-mail.composer';

const title = 'Intro to exclusion constraints';
const buildInvite = (method: InviteMethod) => buildEventInvite(method);
const renderSessionInvite = renderEventInvite;

function buildSessionMailInput(overrides: Partial<SessionMailInput> = {}): SessionMailInput {
  return {
    kind: SessionMailKind.Invite,
    language: 'nl',
    audience: 'participant',
    recipient: { name: 'Piet de Vries', address: 'piet@example.org' },
    from: 'Kennis <kennis@kennis.example.org>',
    messageId: '<outbox-123@kennis.example.org>',
    sessionUrl: 'https://kennis.example.org/sessions/3f1c2a9e-0000-4000-8000-000000000001',
    details: {
      title,
      description: 'Why two bookings never overlap.\nBring a laptop.',
      startsAt: new Date('2026-03-10T09:00:00Z'),
      endsAt: new Date('2026-03-10T10:30:00Z'),
      timeZone: 'Europe/Amsterdam',
      location: 'Utrecht, room Ada',
      onlineUrl: 'https://meet.example.org/j/42',
      hostNames: ['Hanna Host', 'Jan Jansen'],
    },
    ics: { method: 'REQUEST', content: renderEventInvite(buildEventInvite('REQUEST')) },
    ...overrides,
  };
}

function icsFor(kind: SessionMailKind): SessionMailInput['ics'] {
  if (kind === 'WAITLISTED') return undefined;
  const method = kind === 'CANCELLATION' || kind === 'LEFT' ? 'CANCEL' : 'REQUEST';
  return { method, content: renderSessionInvite(buildInvite(method)) };
}

describe('composeSessionMail', () => {
  it('writes resource mail to a room: addressed as the room, not greeted as a person, times in its site\'s zone', () => {
    const base = buildSessionMailInput();
    const mail = composeSessionMail({
      ...base,
      language: 'en',
      audience: 'room',
      recipient: { name: 'Amsterdam / De Zolder', address: 'zolder@rooms.example.org' },
      details: { ...base.details, timeZone: 'Asia/Tokyo' },
    });
    expect(mail.text.startsWith('Booking for Amsterdam / De Zolder\n')).toBe(true);
    expect(mail.text).not.toMatch(/Hi Amsterdam|You are in/);
    expect(mail.text).toContain(`Booked for "${title}".`);
    // 09:00 UTC is 18:00 in Tokyo.
    expect(mail.text).toMatch(/18:00.*\(Asia\/Tokyo\)/);
  });

  it("puts the facility request's note and head count in a facility team's mail", () => {
    const base = buildSessionMailInput();
    const mail = composeSessionMail({
      ...base,
      language: 'en',
      audience: 'facility',
      recipient: { name: 'Catering Utrecht', address: 'catering@example.org' },
      details: { ...base.details, facilityRequest: { note: 'Lunch, two vegetarian', seatsTaken: 12, capacity: 20 } },
    });
    expect(mail.text).toContain('The request:\nNote: Lunch, two vegetarian\nExpected: 12 signed up, room for 20');
    expect(mail.html).toContain('Note: Lunch, two vegetarian<br>');
    expect(facilityRequestText('nl', { note: ' ', seatsTaken: 1, capacity: 8 })).toBe('Verwacht: 1 deelnemer aangemeld, plaats voor 8');
    expect(facilityRequestText('en', { note: 'Tea', previousNote: 'Coffee', seatsTaken: 2, capacity: 8 })).toBe('Note: Tea\nNote before: Coffee\nExpected: 2 signed up, room for 8');
    expect(facilityRequestText('nl', { note: '', previousNote: 'Koffie', seatsTaken: 2, capacity: 8 })).toBe('Notitie: (geen)\nEerdere notitie: Koffie\nVerwacht: 2 deelnemers aangemeld, plaats voor 8');
    expect(() => facilityRequestText('en', { note: '', seatsTaken: -1, capacity: 8 })).toThrow('facilityRequest.seatsTaken');
  });

  it('says what an update changed: the old time and place beside the new, in the recipient zone', () => {
    const base = buildSessionMailInput();
    const mail = composeSessionMail({
      ...base,
      kind: SessionMailKind.Update,
      language: 'en',
      details: {
        ...base.details,
        location: 'Utrecht / Ada',
        previous: { startsAt: new Date('2026-03-09T13:00:00Z'), endsAt: new Date('2026-03-09T14:30:00Z'), location: 'Amsterdam / De Zolder' },
      },
    });
    expect(mail.text).toMatch(/What changed:\nTime: Monday,? 9 March 2026.*14:00\s?[–-]\s?15:30 \(Europe\/Amsterdam\) -> Tuesday,? 10 March 2026.*10:00/);
    expect(mail.text).toContain('Place: Amsterdam / De Zolder -> Utrecht / Ada');

    const sameTime = composeSessionMail({
      ...base,
      kind: SessionMailKind.Update,
      details: { ...base.details, previous: { startsAt: base.details.startsAt, endsAt: base.details.endsAt, location: null } },
    });
    expect(sameTime.text).not.toContain('Tijd:');
    expect(sameTime.text).toContain('Wat is er veranderd:\nPlaats: Online -> Utrecht, room Ada');
  });

  it.each<[`${SessionMailKind}`, MailLanguage, string, string]>([
    ['INVITE', 'nl', `Uitnodiging: ${title}`, `Je bent aangemeld voor "${title}".`],
    ['UPDATE', 'nl', `Gewijzigd: ${title}`, `De tijd of plaats van "${title}" is gewijzigd.`],
    ['CANCELLATION', 'nl', `Geannuleerd: ${title}`, `"${title}" gaat niet door.`],
    ['SEAT_GRANTED', 'nl', `Je hebt een plaats: ${title}`, `Er is een plaats vrijgekomen bij "${title}", en die is voor jou.`],
    ['WAITLISTED', 'nl', `Op de wachtlijst: ${title}`, `Je staat als nummer 3 op de wachtlijst`],
    ['REMINDER', 'nl', `Herinnering: ${title}`, `"${title}" begint binnenkort.`],
    ['LEFT', 'nl', `Afgemeld: ${title}`, `Je hebt je afgemeld voor "${title}".`],
    ['INVITE', 'en', `Invitation: ${title}`, `You are in for "${title}".`],
    ['UPDATE', 'en', `Updated: ${title}`, `The time or place of "${title}" has changed.`],
    ['CANCELLATION', 'en', `Cancelled: ${title}`, `"${title}" has been cancelled.`],
    ['SEAT_GRANTED', 'en', `You have a seat: ${title}`, `A seat has come free for "${title}", and it is yours.`],
    ['WAITLISTED', 'en', `On the waitlist: ${title}`, `You are number 3 on the waitlist`],
    ['REMINDER', 'en', `Reminder: ${title}`, `"${title}" starts soon.`],
    ['LEFT', 'en', `You left: ${title}`, `You have left "${title}".`],
  ])('writes %s in %s', (kind, language, subject, lead) => {
    const base = buildSessionMailInput();
    const mail = composeSessionMail({
      ...base,
      kind: kind as SessionMailKind,
      language,
      details: { ...base.details, waitlistPosition: 3 },
      ics: icsFor(kind as SessionMailKind),
    });
    expect(mail.subject).toBe(subject);
    expect(mail.text).toContain(lead);
    expect(mail.text.startsWith(language === 'nl' ? 'Hoi Piet de Vries,\n' : 'Hi Piet de Vries,\n')).toBe(true);
    expect(mail.html).toContain(`<html lang="${language}">`);
    expect(mail.html).toContain(lead.replace(/"/g, '&quot;'));
    expect(mail.calendar?.method).toBe(icsFor(kind as SessionMailKind)?.method);
    expect(mail.messageId).toBe('<outbox-123@kennis.example.org>');
    expect(mail.to).toEqual({ name: 'Piet de Vries', address: 'piet@example.org' });
  });

  it('shows the times in the recipient zone and language', () => {
    const dutch = composeSessionMail(buildSessionMailInput());
    expect(dutch.text).toMatch(/Wanneer: dinsdag,? 10 maart 2026/);
    expect(dutch.text).toMatch(/10:00\s?[–-]\s?11:30 \(Europe\/Amsterdam\)/);
    expect(dutch.text).toContain('Door: Hanna Host en Jan Jansen');

    const base = buildSessionMailInput();
    const english = composeSessionMail({
      ...base,
      language: 'en',
      details: { ...base.details, timeZone: 'America/New_York' },
    });
    // New York is on daylight saving time (UTC-4) from 8 March 2026.
    expect(english.text).toMatch(/When: Tuesday,? 10 March 2026/);
    expect(english.text).toMatch(/05:00\s?[–-]\s?06:30 \(America\/New_York\)/);
    expect(english.text).toContain('Hosted by: Hanna Host and Jan Jansen');

    const tokyo = composeSessionMail({ ...base, details: { ...base.details, timeZone: 'Asia/Tokyo' } });
    expect(tokyo.text).toMatch(/18:00\s?[–-]\s?19:30 \(Asia\/Tokyo\)/);
  });

  it('escapes every piece of user text in the html', () => {
    const base = buildSessionMailInput();
    const mail = composeSessionMail({
      ...base,
      recipient: { name: '<b>Piet</b>', address: 'piet@example.org' },
      details: {
        ...base.details,
        title: '<script>alert("t")</script> & co',
        description: '<img src=x onerror=alert(1)>\n"quoted" \'single\'',
        location: '<iframe src="https://evil.example">',
        onlineUrl: 'javascript:alert(document.cookie)',
        hostNames: ['<a href="https://evil.example">Host</a>'],
      },
    });
    expect(mail.html).not.toMatch(/<script|<img|<iframe|<b>|href="https:\/\/evil|href="javascript/i);
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; co');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt;<br>\n&quot;quoted&quot; &#39;single&#39;');
    expect(mail.html).toContain('&lt;b&gt;Piet&lt;/b&gt;');
    expect(mail.html).toContain('&lt;a href=&quot;https://evil.example&quot;&gt;Host&lt;/a&gt;');
    // The only link is the one Kennis writes: the session's page.
    expect(mail.html.match(/<a href="[^"]*"/g)).toEqual([
      '<a href="https://kennis.example.org/sessions/3f1c2a9e-0000-4000-8000-000000000001"',
    ]);
    expect(mail.text).toContain('Online: javascript:alert(document.cookie)');
  });

  it('links an http(s) online URL with an escaped href', () => {
    const base = buildSessionMailInput();
    const mail = composeSessionMail({
      ...base,
      details: { ...base.details, onlineUrl: 'https://meet.example.org/j/42?a=1&b="2"' },
    });
    expect(mail.html).toContain('<a href="https://meet.example.org/j/42?a=1&amp;b=%222%22"');
  });

  it('keeps line breaks and header words out of the subject and the recipient name', () => {
    const base = buildSessionMailInput();
    const mail = composeSessionMail({
      ...base,
      recipient: { name: 'Piet\r\nBcc: evil@example.org', address: 'piet@example.org' },
      details: { ...base.details, title: 'Talk\r\nBcc: evil@example.org\nX-Spam:\u0000 yes\u2028' },
    });
    expect(mail.subject).toBe('Uitnodiging: Talk Bcc: evil@example.org X-Spam: yes');
    expect(mail.to.name).toBe('Piet Bcc: evil@example.org');
    expect(mail.subject).not.toMatch(/[\r\n\u0000\u2028]/);
  });

  it('leaves out a calendar part when none is given and says nothing about the calendar', () => {
    const mail = composeSessionMail(buildSessionMailInput({ kind: SessionMailKind.Reminder, ics: undefined }));
    expect(mail.calendar).toBeUndefined();
    expect('calendar' in mail).toBe(false);
    expect(mail.text).not.toContain('agenda');
  });

  it.each<[string, Partial<SessionMailInput>, string]>([
    ['a recipient address with a line break', { recipient: { name: 'P', address: 'p@example.org\r\nBcc: x@example.org' } }, 'recipient.address'],
    ['a message id with a path', { messageId: '<../../etc/passwd@kennis.example.org>' }, 'messageId'],
    ['a CANCEL on an invite', { ics: { method: 'CANCEL', content: renderSessionInvite(buildInvite('CANCEL')) } }, 'ics.method'],
    ['a method that differs from the METHOD inside', { ics: { method: 'REQUEST', content: renderSessionInvite(buildInvite('CANCEL')) } }, 'ics.content'],
    ['a calendar on a waitlist mail', { kind: SessionMailKind.Waitlisted }, 'ics'],
  ])('rejects %s', (_, overrides, field) => {
    const compose = () => composeSessionMail(buildSessionMailInput(overrides));
    expect(compose).toThrow(BadUserInputError);
    expect(() => {
      try {
        compose();
      } catch (error) {
        throw new Error((error as BadUserInputError).details.field as string);
      }
    }).toThrow(field);
  });

  it('rejects an unknown time zone and an end before the start', () => {
    const base = buildSessionMailInput();
    expect(() => composeSessionMail({ ...base, details: { ...base.details, timeZone: 'Mars/Olympus' } })).toThrow(
      'details.timeZone',
    );
    expect(() =>
      composeSessionMail({ ...base, details: { ...base.details, endsAt: base.details.startsAt } }),
    ).toThrow('details.endsAt');
  });
});
