import { Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '@kennis/auth';
import { CalendarFeedService } from '../services/calendar-feed.service';

/** Your private calendar feed of the sessions you host or attend (served over HTTP by CalendarFeedController). */
@Resolver()
export class CalendarFeedResolver {
  constructor(private readonly feeds: CalendarFeedService) {}

  @Mutation(() => String, {
    description: 'A new private calendar feed URL with the sessions you host or attend; the previous URL stops working.',
  })
  rotateMyCalendarFeed(@CurrentActor() actor: Actor): Promise<string> {
    return this.feeds.rotateFeedUrl(actor);
  }
}
