import ical, { ICalEventStatus } from 'ical-generator';
import {
  assertInstant,
  assertPeriod,
  assertSequence,
  assertUid,
  cleanText,
  escapeText,
  uriValue,
} from './ical-values.helper';
import { KENNIS_PRODUCT_ID } from './event-invite.renderer';
import type { FeedEvent } from './calendar.types';

const FEED_REFRESH_SECONDS = 60 * 60;

/**
 * A subscription feed. RFC 5546 does not apply to a feed a client polls, so it has no METHOD
 * (PUBLISH semantics) and no attendees; a cancelled session stays in it with STATUS:CANCELLED so
 * subscribed calendars drop it.
 */
export function renderCalendarFeed(name: string, events: FeedEvent[], stamp: Date): string {
  assertInstant('stamp', stamp);
  // ical-generator writes NAME and X-WR-CALNAME without TEXT escaping.
  const calendar = ical({ prodId: KENNIS_PRODUCT_ID, name: escapeText(name), ttl: FEED_REFRESH_SECONDS });
  events.forEach((feedEvent, index) => {
    assertPeriod(feedEvent.startsAt, feedEvent.endsAt, `events[${index}]`);
    calendar.createEvent({
      id: assertUid(`events[${index}].uid`, feedEvent.uid),
      sequence: assertSequence(`events[${index}].sequence`, feedEvent.sequence),
      stamp,
      start: feedEvent.startsAt,
      end: feedEvent.endsAt,
      summary: cleanText(feedEvent.title),
      description: cleanText(feedEvent.description),
      location: feedEvent.location === null ? null : cleanText(feedEvent.location),
      url: feedEvent.url === null ? null : uriValue(`events[${index}].url`, feedEvent.url),
      status: feedEvent.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  });
  return calendar.toString();
}
