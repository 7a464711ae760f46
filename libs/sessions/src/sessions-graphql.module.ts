import { Module } from '@nestjs/common';
import { PeopleGraphqlModule, PeopleModule } from '@kennis/people';
import { RoomsModule } from '@kennis/rooms';
import { CalendarFeedController } from './http/calendar-feed.controller';
import { SessionLoaders } from './graphql/session.loaders';
import { CalendarFeedService } from './services/calendar-feed.service';
import { SessionFacilitiesResolver } from './graphql/session-facilities.resolver';
import { SessionMessagesResolver } from './graphql/session-messages.resolver';
import { SessionsResolver } from './graphql/sessions.resolver';
import { SessionsModule } from './sessions.module';

/** The sessions part of the GraphQL schema and the calendar feed over HTTP: imported by apps/api only. */
@Module({
  imports: [SessionsModule, RoomsModule, PeopleModule, PeopleGraphqlModule],
  controllers: [CalendarFeedController],
  providers: [SessionsResolver, SessionFacilitiesResolver, SessionMessagesResolver, SessionLoaders, CalendarFeedService],
})
export class SessionsGraphqlModule {}
