import { Module } from '@nestjs/common';
import { PeopleGraphqlModule, PeopleModule } from '@kennis/people';
import { RoomsModule } from '@kennis/rooms';
import { CalendarFeedController } from './http/calendar-feed.controller';
import { SessionLoaders } from './graphql/session.loaders';
import { CalendarFeedService } from './services/calendar-feed.service';
import { SessionFacilitiesResolver } from './graphql/session-facilities.resolver';
import { SessionMessagesResolver } from './graphql/session-messages.resolver';
import { CalendarFeedResolver } from './graphql/calendar-feed.resolver';
import { SessionEnrolmentResolver } from './graphql/session-enrolment.resolver';
import { SessionFieldsResolver } from './graphql/session-fields.resolver';
import { SessionProposalsResolver } from './graphql/session-proposals.resolver';
import { SessionQueriesResolver } from './graphql/session-queries.resolver';
import { SessionSchedulingResolver } from './graphql/session-scheduling.resolver';
import { SessionsModule } from './sessions.module';

/** The sessions part of the GraphQL schema and the calendar feed over HTTP: imported by apps/api only. */
@Module({
  imports: [SessionsModule, RoomsModule, PeopleModule, PeopleGraphqlModule],
  controllers: [CalendarFeedController],
  providers: [
    SessionQueriesResolver,
    SessionProposalsResolver,
    SessionSchedulingResolver,
    SessionEnrolmentResolver,
    SessionFacilitiesResolver,
    SessionMessagesResolver,
    SessionFieldsResolver,
    CalendarFeedResolver,
    SessionLoaders,
    CalendarFeedService,
  ],
})
export class SessionsGraphqlModule {}
