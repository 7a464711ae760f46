import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { renderCalendarFeed, sessionEventUid, type FeedEvent } from '@kennis/calendar';
import { appConfig, mailConfig } from '@kennis/config';
import type { Actor } from '@kennis/auth';
import { PeopleService } from '@kennis/people';
import { RoomsService } from '@kennis/rooms';
import { SessionStatus } from '../entities/session.entity';
import { SessionRepository } from '../repositories/session.repository';

const FEED_HISTORY_DAYS = 90;

/** Each person's private feed of the sessions they host or attend, to subscribe to from any calendar. */
@Injectable()
export class CalendarFeedService {
  constructor(
    private readonly people: PeopleService,
    private readonly sessions: SessionRepository,
    private readonly rooms: RoomsService,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
    @Inject(mailConfig.KEY) private readonly mail: ConfigType<typeof mailConfig>,
  ) {}

  /** A new secret feed URL; the previous one stops working. */
  async rotateFeedUrl(actor: Actor): Promise<string> {
    const token = await this.people.rotateCalendarFeedToken(actor);
    return `${this.app.publicUrl}/calendar/${token}.ics`;
  }

  /** The feed for a token, or null when no one has that token. */
  async renderFeed(token: string, now: Date): Promise<string | null> {
    const person = await this.people.findByCalendarFeedToken(token);
    if (!person) return null;
    const since = new Date(now.getTime() - FEED_HISTORY_DAYS * 86_400_000);
    const sessions = await this.sessions.findForCalendarFeed(person.id, since);
    const roomIds = [...new Set(sessions.map((session) => session.roomId).filter((id): id is string => id !== null))];
    const rooms = new Map((await this.rooms.findRooms(roomIds)).map((room) => [room.id, room]));
    const events: FeedEvent[] = sessions
      .filter((session) => session.status !== SessionStatus.PROPOSED)
      .map((session) => {
        const room = session.roomId ? rooms.get(session.roomId) : undefined;
        return {
          uid: sessionEventUid(session.id, this.mail.messageIdDomain),
          sequence: session.calendarSequence,
          title: session.title,
          description: session.description,
          location: room ? `${room.site} / ${room.name}` : session.onlineUrl,
          url: session.onlineUrl,
          startsAt: session.startsAt!,
          endsAt: session.endsAt!,
          cancelled: session.status === SessionStatus.CANCELLED,
        };
      });
    return renderCalendarFeed(`Kennis: ${person.name}`, events, now);
  }
}
