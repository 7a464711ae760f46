import { Module } from '@nestjs/common';
import { PeopleGraphqlModule, PeopleModule } from '@kennis/people';
import { RoomsModule } from '@kennis/rooms';
import { CalendarFeedController } from './graphql/calendar-feed.controller';
import { SessionLoaders } from './graphql/session.loaders';
import { CalendarFeedService } from './services/calendar-feed.service';
import { SessionsResolver } from './graphql/sessions.resolver';
import { SessionsModule } from './sessions.module';

/** The sessions part of the GraphQL schema: imported by apps/api only. */
@Module({
  imports: [SessionsModule, RoomsModule, PeopleModule, PeopleGraphqlModule],
  controllers: [CalendarFeedController],
  providers: [SessionsResolver, SessionLoaders, CalendarFeedService],
})
export class SessionsGraphqlModule {}
