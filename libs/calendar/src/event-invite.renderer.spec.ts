import ICAL from 'ical.js';
import { BadUserInputError } from '@kennis/errors';
import { sessionEventUid } from './calendar-identity';
import { renderEventInvite } from './event-invite.renderer';
import type { EventInvite } from './calendar.types';

function buildInvite(overrides: Partial<EventInvite> = {}): EventInvite {
  return {
    uid: 'kennis-session-3f1c2a9e-0000-4000-8000-000000000001@kennis.example.org',
    sequence: 0,
    method: 'REQUEST',
    title: 'Intro to PostgreSQL exclusion constraints',
    description: 'Why two bookings never overlap.',
    location: 'Utrecht, room Ada',
    url: 'https://kennis.example.org/sessions/1',
    startsAt: new Date('2026-03-10T09:00:00Z'),
    endsAt: new Date('2026-03-10T10:30:00Z'),
    organizer: { name: 'Hanna Host', email: 'hanna@example.org' },
    sentBy: 'kennis@kennis.example.org',
    attendees: [
      { email: 'hanna@example.org', name: 'Hanna Host', kind: 'PERSON', role: 'CHAIR' },
      { email: 'piet@example.org', name: 'Piet de Vries', kind: 'PERSON', role: 'REQ-PARTICIPANT' },
      { email: 'ada@rooms.example.org', name: 'Room Ada', kind: 'ROOM', role: 'NON-PARTICIPANT' },
      { email: 'facility@example.org', name: 'Facility team', kind: 'RESOURCE', role: 'NON-PARTICIPANT' },
    ],
    stamp: new Date('2026-03-01T12:00:00Z'),
    ...overrides,
  };
}

function parse(ics: string): { calendar: ICAL.Component; event: ICAL.Component } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = calendar.getFirstSubcomponent('vevent');
  if (!event) throw new Error('no VEVENT');
  return { calendar, event };
}

function instant(event: ICAL.Component, name: string): { epoch: number; utc: boolean } {
  const time = event.getFirstPropertyValue(name) as ICAL.Time;
  return { epoch: time.toJSDate().getTime(), utc: time.zone === ICAL.Timezone.utcTimezone };
}

function lines(ics: string): string[] {
  return ics.split('\r\n');
}

describe('renderEventInvite', () => {
  it('renders a byte-exact REQUEST', () => {
    const ics = renderEventInvite(
      buildInvite({
        attendees: [{ email: 'piet@example.org', name: 'Piet', kind: 'PERSON', role: 'REQ-PARTICIPANT' }],
      }),
    );
    expect(ics).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//Kennis//Kennis//EN',
        'METHOD:REQUEST',
        'BEGIN:VEVENT',
        'UID:kennis-session-3f1c2a9e-0000-4000-8000-000000000001@kennis.example.org',
        'SEQUENCE:0',
        'DTSTAMP:20260301T120000Z',
        'DTSTART:20260310T090000Z',
        'DTEND:20260310T103000Z',
        'SUMMARY:Intro to PostgreSQL exclusion constraints',
        'LOCATION:Utrecht\\, room Ada',
        'DESCRIPTION:Why two bookings never overlap.',
        'ORGANIZER;CN="Hanna Host";SENT-BY="mailto:kennis@kennis.example.org":mailt',
        ' o:hanna@example.org',
        'ATTENDEE;ROLE=REQ-PARTICIPANT;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;RSVP',
        ' =TRUE;CN="Piet":MAILTO:piet@example.org',
        'URL;VALUE=URI:https://kennis.example.org/sessions/1',
        'STATUS:CONFIRMED',
        'END:VEVENT',
        'END:VCALENDAR',
      ].join('\r\n'),
    );
  });

  it('writes METHOD, UID, SEQUENCE, times and the organizer of a REQUEST that parse back', () => {
    const invite = buildInvite({ sequence: 3 });
    const { calendar, event } = parse(renderEventInvite(invite));

    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Kennis//Kennis//EN');
    expect(event.getFirstPropertyValue('uid')).toBe(invite.uid);
    expect(event.getFirstPropertyValue('sequence')).toBe(3);
    expect(event.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(instant(event, 'dtstart')).toEqual({ epoch: invite.startsAt.getTime(), utc: true });
    expect(instant(event, 'dtend')).toEqual({ epoch: invite.endsAt.getTime(), utc: true });
    expect(instant(event, 'dtstamp')).toEqual({ epoch: invite.stamp.getTime(), utc: true });
    expect(event.getFirstPropertyValue('summary')).toBe(invite.title);
    expect(event.getFirstPropertyValue('description')).toBe(invite.description);
    expect(event.getFirstPropertyValue('location')).toBe(invite.location);
    expect(event.getFirstPropertyValue('url')).toBe(invite.url);

    const organizer = event.getFirstProperty('organizer')!;
    expect(organizer.getFirstValue()).toBe('mailto:hanna@example.org');
    expect(organizer.getParameter('cn')).toBe('Hanna Host');
    expect(organizer.getParameter('sent-by')).toBe('mailto:kennis@kennis.example.org');
  });

  it('gives every attendee CUTYPE by kind, ROLE, PARTSTAT=NEEDS-ACTION and RSVP=TRUE on a REQUEST', () => {
    const { event } = parse(renderEventInvite(buildInvite()));
    const attendees = event.getAllProperties('attendee').map((property) => ({
      address: String(property.getFirstValue()).toLowerCase(),
      cn: property.getParameter('cn'),
      cutype: property.getParameter('cutype'),
      role: property.getParameter('role'),
      partstat: property.getParameter('partstat'),
      rsvp: property.getParameter('rsvp'),
    }));
    const common = { partstat: 'NEEDS-ACTION', rsvp: 'TRUE' };
    expect(attendees).toEqual([
      { address: 'mailto:hanna@example.org', cn: 'Hanna Host', cutype: 'INDIVIDUAL', role: 'CHAIR', ...common },
      { address: 'mailto:piet@example.org', cn: 'Piet de Vries', cutype: 'INDIVIDUAL', role: 'REQ-PARTICIPANT', ...common },
      { address: 'mailto:ada@rooms.example.org', cn: 'Room Ada', cutype: 'ROOM', role: 'NON-PARTICIPANT', ...common },
      { address: 'mailto:facility@example.org', cn: 'Facility team', cutype: 'RESOURCE', role: 'NON-PARTICIPANT', ...common },
    ]);
  });

  it('renders a CANCEL with STATUS:CANCELLED, the same UID, the higher SEQUENCE and no RSVP request', () => {
    const request = buildInvite({ sequence: 1 });
    const cancel = buildInvite({ sequence: 2, method: 'CANCEL' });
    const requestParsed = parse(renderEventInvite(request));
    const { calendar, event } = parse(renderEventInvite(cancel));

    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    expect(event.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.getFirstPropertyValue('uid')).toBe(requestParsed.event.getFirstPropertyValue('uid'));
    expect(event.getFirstPropertyValue('sequence')).toBe(2);
    expect(instant(event, 'dtstart').epoch).toBe(cancel.startsAt.getTime());
    const attendees = event.getAllProperties('attendee');
    expect(attendees).toHaveLength(4);
    for (const attendee of attendees) {
      expect(attendee.getParameter('partstat')).toBe('NEEDS-ACTION');
      expect(attendee.getParameter('rsvp')).toBe('FALSE');
    }
    expect(event.getFirstProperty('organizer')!.getParameter('sent-by')).toBe('mailto:kennis@kennis.example.org');
  });

  it('escapes and folds nasty user text so that it parses back exactly', () => {
    const title = 'Regel 1\r\nRegel 2\nRegel 3\r; a,b; c\\d "quoted" 日本語の勉強会 🎉 مرحبا ÆØÅ';
    const filler = Array.from({ length: 1000 }, (_, i) => `${i}: ü€😀,;\\ 漢字\n`).join('');
    // 10,000 characters (code points), cut so that no surrogate pair is split.
    const description = Array.from('Backslash \\n is not a newline, \\, \\; too.\n' + filler)
      .slice(0, 10_000)
      .join('');
    const location = 'Gebouw A; verdieping 2, zaal "Ada"\\west';
    const invite = buildInvite({ title, description, location });
    const ics = renderEventInvite(invite);
    const { event } = parse(ics);

    expect(Array.from(description)).toHaveLength(10_000);
    expect(event.getFirstPropertyValue('summary')).toBe(title.replace(/\r\n?/g, '\n'));
    expect(event.getFirstPropertyValue('description')).toBe(description);
    expect(event.getFirstPropertyValue('location')).toBe(location);
    for (const line of lines(ics)) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\r\n]/);
    }
    // Folding never splits a UTF-8 sequence: every physical line is valid UTF-8 on its own.
    for (const line of lines(ics)) {
      expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line);
      expect(line).not.toContain('\uFFFD');
    }
  });

  it('lets no user text add properties, and drops control characters', () => {
    const title = 'Talk\r\nATTENDEE;CUTYPE=INDIVIDUAL:mailto:evil@example.org\r\nMETHOD:PUBLISH\u0000\u001b[31m';
    const ics = renderEventInvite(
      buildInvite({ title, description: 'END:VEVENT\nBEGIN:VEVENT\nUID:other' }),
    );
    const { calendar, event } = parse(ics);
    expect(calendar.getAllProperties('method').map((property) => property.getFirstValue())).toEqual(['REQUEST']);
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(event.getAllProperties('attendee')).toHaveLength(4);
    expect(event.getFirstPropertyValue('summary')).toBe(
      'Talk\nATTENDEE;CUTYPE=INDIVIDUAL:mailto:evil@example.org\nMETHOD:PUBLISH[31m',
    );
    expect(ics).not.toMatch(/[\u0000\u001b]/);
  });

  it('keeps display names with quotes, backslashes and line breaks inside their parameter', () => {
    const invite = buildInvite({
      organizer: { name: 'Jan "de Baas" \\ Jansen\r\nX', email: 'jan@example.org' },
      attendees: [{ email: 'z@example.org', name: 'Zoë "Z";\nwith:colon, comma', kind: 'PERSON', role: 'OPT-PARTICIPANT' }],
    });
    const { event } = parse(renderEventInvite(invite));
    const organizer = event.getFirstProperty('organizer')!;
    expect(organizer.getParameter('cn')).toBe("Jan 'de Baas' / Jansen X");
    expect(organizer.getFirstValue()).toBe('mailto:jan@example.org');
    expect(organizer.getParameter('sent-by')).toBe('mailto:kennis@kennis.example.org');
    const attendee = event.getFirstProperty('attendee')!;
    expect(attendee.getParameter('cn')).toBe("Zoë 'Z'; with:colon, comma");
    expect(attendee.getParameter('role')).toBe('OPT-PARTICIPANT');
    expect(String(attendee.getFirstValue()).toLowerCase()).toBe('mailto:z@example.org');
  });

  it('percent-encodes commas and semicolons in the URL instead of TEXT-escaping them', () => {
    const { event } = parse(renderEventInvite(buildInvite({ url: 'https://meet.example.org/j/1?a=1,2;b=3' })));
    expect(event.getFirstPropertyValue('url')).toBe('https://meet.example.org/j/1?a=1%2C2%3Bb=3');
  });

  it('leaves out LOCATION and URL when there are none', () => {
    const ics = renderEventInvite(buildInvite({ location: null, url: null }));
    expect(ics).not.toMatch(/^LOCATION/m);
    expect(ics).not.toMatch(/^URL/m);
  });

  it.each<[string, Partial<EventInvite>, string]>([
    ['an end before the start', { endsAt: new Date('2026-03-10T08:00:00Z') }, 'invite.endsAt'],
    ['an end equal to the start', { endsAt: new Date('2026-03-10T09:00:00Z') }, 'invite.endsAt'],
    ['an invalid date', { startsAt: new Date('nonsense') }, 'invite.startsAt'],
    ['a header in an attendee address', {
      attendees: [{ email: 'a@example.org\r\nBcc: evil@example.org', name: 'A', kind: 'PERSON', role: 'REQ-PARTICIPANT' }],
    }, 'attendees[0].email'],
    ['an address with a semicolon', { organizer: { name: 'H', email: 'h;x@example.org' } }, 'organizer.email'],
    ['an empty name', { organizer: { name: ' \r\n ', email: 'h@example.org' } }, 'organizer.name'],
    ['a UID with a line break', { uid: 'abc\r\nMETHOD:PUBLISH' }, 'uid'],
    ['a negative SEQUENCE', { sequence: -1 }, 'sequence'],
    ['a fractional SEQUENCE', { sequence: 1.5 }, 'sequence'],
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
    ['an unknown method', { method: 'PUBLISH' as never }, 'method'],
  ])('rejects %s', (_, overrides, field) => {
    expect(() => renderEventInvite(buildInvite(overrides))).toThrow(BadUserInputError);
    try {
      renderEventInvite(buildInvite(overrides));
    } catch (error) {
      expect((error as BadUserInputError).details.field).toBe(field);
    }
  });
});

describe('sessionEventUid', () => {
  it('is stable and in the id@domain form', () => {
    expect(sessionEventUid('3F1C2A9E-0000-4000-8000-000000000001', 'Kennis.Example.org')).toBe(
      'kennis-session-3f1c2a9e-0000-4000-8000-000000000001@kennis.example.org',
    );
    expect(sessionEventUid('42', 'kennis.local')).toBe(sessionEventUid('42', 'kennis.local'));
    expect(sessionEventUid('42', 'kennis.local')).not.toBe(sessionEventUid('43', 'kennis.local'));
  });

  it('rejects ids and domains that could break the UID line', () => {
    expect(() => sessionEventUid('1\r\nX', 'kennis.local')).toThrow(BadUserInputError);
    expect(() => sessionEventUid('1', 'kennis.local;x')).toThrow(BadUserInputError);
    expect(() => sessionEventUid('', 'kennis.local')).toThrow(BadUserInputError);
  });
});
