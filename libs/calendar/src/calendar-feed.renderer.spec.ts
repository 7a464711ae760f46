import ICAL from 'ical.js';
import { BadUserInputError } from '@kennis/errors';
import { renderCalendarFeed } from './calendar-feed.renderer';
import type { FeedEvent } from './calendar.types';

function buildFeedEvent(overrides: Partial<FeedEvent> = {}): FeedEvent {
  return {
    uid: 'kennis-session-1@kennis.example.org',
    sequence: 4,
    title: 'Crosstraining: on call',
    description: 'What to do at 3 a.m.',
    location: 'Room Grace',
    url: 'https://kennis.example.org/sessions/1',
    startsAt: new Date('2026-04-01T13:00:00Z'),
    endsAt: new Date('2026-04-01T14:00:00Z'),
    cancelled: false,
    ...overrides,
  };
}

const stamp = new Date('2026-03-30T08:00:00Z');

describe('renderCalendarFeed', () => {
  it('renders a feed without METHOD, organizer or attendees, with each event and its status', () => {
    const events = [
      buildFeedEvent(),
      buildFeedEvent({
        uid: 'kennis-session-2@kennis.example.org',
        sequence: 7,
        cancelled: true,
        location: null,
        url: null,
        startsAt: new Date('2026-04-02T07:30:00Z'),
        endsAt: new Date('2026-04-02T08:00:00Z'),
      }),
    ];
    const ics = renderCalendarFeed('My sessions', events, stamp);
    const calendar = new ICAL.Component(ICAL.parse(ics));

    expect(calendar.getFirstProperty('method')).toBeNull();
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Kennis//Kennis//EN');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('My sessions');
    const parsed = calendar.getAllSubcomponents('vevent').map((event) => ({
      uid: event.getFirstPropertyValue('uid'),
      sequence: event.getFirstPropertyValue('sequence'),
      status: event.getFirstPropertyValue('status'),
      start: (event.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime(),
      end: (event.getFirstPropertyValue('dtend') as ICAL.Time).toJSDate().getTime(),
      stamp: (event.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime(),
      location: event.getFirstPropertyValue('location'),
      url: event.getFirstPropertyValue('url'),
      organizers: event.getAllProperties('organizer').length,
      attendees: event.getAllProperties('attendee').length,
    }));
    expect(parsed).toEqual([
      {
        uid: 'kennis-session-1@kennis.example.org',
        sequence: 4,
        status: 'CONFIRMED',
        start: events[0].startsAt.getTime(),
        end: events[0].endsAt.getTime(),
        stamp: stamp.getTime(),
        location: 'Room Grace',
        url: 'https://kennis.example.org/sessions/1',
        organizers: 0,
        attendees: 0,
      },
      {
        uid: 'kennis-session-2@kennis.example.org',
        sequence: 7,
        status: 'CANCELLED',
        start: events[1].startsAt.getTime(),
        end: events[1].endsAt.getTime(),
        stamp: stamp.getTime(),
        location: null,
        url: null,
        organizers: 0,
        attendees: 0,
      },
    ]);
    expect(ics).toMatch(/^DTSTART:20260402T073000Z$/m);
  });

  it('escapes the feed name and event text, and folds at 75 octets', () => {
    const name = 'Kennis; sessies, van "Jan"\\Piet\nmet een heel lange naam die zeker gevouwen moet worden 日本語';
    const title = 'a;b,c\\d\r\ne '.repeat(30);
    const ics = renderCalendarFeed(name, [buildFeedEvent({ title })], stamp);
    const calendar = new ICAL.Component(ICAL.parse(ics));

    // ical.js hands back X- properties raw, so the escaped TEXT (RFC 5545 3.3.11) is compared as is.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(
      'Kennis\\; sessies\\, van "Jan"\\\\Piet\\nmet een heel lange naam die zeker gevouwen moet worden 日本語',
    );
    expect(calendar.getAllProperties('method')).toHaveLength(0);
    expect(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('summary')).toBe(
      title.replace(/\r\n/g, '\n'),
    );
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  it('renders an empty feed', () => {
    const calendar = new ICAL.Component(ICAL.parse(renderCalendarFeed('Empty', [], stamp)));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
  });

  it('rejects an event that ends before it starts', () => {
    expect(() =>
      renderCalendarFeed('x', [buildFeedEvent({ endsAt: new Date('2026-04-01T12:00:00Z') })], stamp),
    ).toThrow(BadUserInputError);
  });
});
