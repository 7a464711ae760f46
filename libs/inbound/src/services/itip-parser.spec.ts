import { simpleParser } from 'mailparser';
import { type CalendarClient, inviteMail } from '@kennis/testing';
import { calendarPart } from './inbound-processing.service';
import { ItipParseError, parseItip } from './itip-parser';

const now = new Date('2030-01-01T00:00:00Z');
const options = { defaultZone: 'Europe/Amsterdam', windowStart: now, windowEnd: new Date('2031-01-01T00:00:00Z'), maxOccurrences: 400 };

async function itipOf(client: CalendarClient, overrides: Partial<Parameters<typeof inviteMail>[0]> = {}) {
  const raw = inviteMail({
    client,
    method: 'REQUEST',
    from: 'ann@example.test',
    to: 'turing@rooms.example.test',
    uid: `uid-${client}@example.test`,
    startsAt: new Date('2030-03-30T09:00:00Z'),
    endsAt: new Date('2030-03-30T10:00:00Z'),
    attendees: [{ address: 'turing@rooms.example.test', cutype: 'ROOM' }, { address: 'bo@example.test', guests: 2 }],
    ...overrides,
  });
  const ics = calendarPart(await simpleParser(raw));
  expect(ics).not.toBeNull();
  return parseItip(ics!, options);
}

describe('reading iTIP as calendar clients send it', () => {
  it.each(['outlook', 'google', 'apple', 'thunderbird'] as const)('%s: the same instant, UID, attendees', async (client) => {
    const itip = await itipOf(client);
    expect(itip.method).toBe('REQUEST');
    const [event] = itip.events;
    expect(event.uid).toBe(`uid-${client}@example.test`);
    expect(event.startsAt.toISOString()).toBe('2030-03-30T09:00:00.000Z');
    expect(event.endsAt.toISOString()).toBe('2030-03-30T10:00:00.000Z');
    expect(event.organizer).toBe('ann@example.test');
    expect(event.attendees.map((attendee) => attendee.cutype)).toEqual(['ROOM', 'INDIVIDUAL']);
  });

  it('Outlook without a VTIMEZONE: the Windows zone name maps to Europe/Berlin, across the DST change', async () => {
    const ics = [
      'BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:w1', 'DTSTAMP:20300101T000000Z',
      'DTSTART;TZID="W. Europe Standard Time":20300331T100000', 'DTEND;TZID="W. Europe Standard Time":20300331T110000',
      'END:VEVENT', 'END:VCALENDAR',
    ].join('\r\n');
    const [event] = parseItip(ics, options).events;
    // 31 March 2030 is after the spring change: CEST, UTC+2.
    expect(event.startsAt.toISOString()).toBe('2030-03-31T08:00:00.000Z');
  });

  it('a weekly meeting keeps its wall-clock time across DST, without EXDATEs and with an override', async () => {
    const itip = await itipOf('outlook', {
      startsAt: new Date('2030-03-19T09:00:00Z'),
      endsAt: new Date('2030-03-19T10:00:00Z'),
      rrule: 'FREQ=WEEKLY;COUNT=4',
      exdates: [new Date('2030-03-26T09:00:00Z')],
    });
    const [event] = itip.events;
    expect(event.occurrences.map((occurrence) => occurrence.startsAt.toISOString())).toEqual([
      '2030-03-19T09:00:00.000Z',
      // 2 April 10:00 in Amsterdam is CEST: 08:00 UTC.
      '2030-04-02T08:00:00.000Z',
      '2030-04-09T08:00:00.000Z',
    ]);
  });

  it('an all-day DATE event is the whole day in the room zone', () => {
    const ics = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:d1', 'DTSTART;VALUE=DATE:20300610', 'DTEND;VALUE=DATE:20300611', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const [event] = parseItip(ics, options).events;
    expect(event.allDay).toBe(true);
    expect(event.startsAt.toISOString()).toBe('2030-06-09T22:00:00.000Z');
    expect(event.endsAt.toISOString()).toBe('2030-06-10T22:00:00.000Z');
  });

  it('malformed parts fail with a reason, never a crash', () => {
    expect(() => parseItip('not a calendar', options)).toThrow(ItipParseError);
    expect(() => parseItip('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR', options)).toThrow(/no METHOD/);
    expect(() => parseItip('BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR', options)).toThrow(/no DTSTART/);
    expect(() =>
      parseItip('BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Mars/Olympus:20300101T100000\r\nEND:VEVENT\r\nEND:VCALENDAR', options),
    ).toThrow(/Mars\/Olympus/);
  });
});
