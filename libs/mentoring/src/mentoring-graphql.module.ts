import { Module } from '@nestjs/common';
import { PeopleGraphqlModule, PeopleModule } from '@kennis/people';
import { RoomsModule } from '@kennis/rooms';
import { MentorMatchesResolver } from './graphql/mentor-matches.resolver';
import { MentoringProfileResolver } from './graphql/mentoring.resolver';
import { MentoringRoundsResolver } from './graphql/mentoring-rounds.resolver';
import { MentoringViews } from './graphql/mentoring.views';
import { MentoringModule } from './mentoring.module';

/** The mentoring part of the GraphQL schema: imported by apps/api only. */
@Module({
  imports: [MentoringModule, PeopleModule, PeopleGraphqlModule, RoomsModule],
  providers: [MentoringViews, MentoringProfileResolver, MentoringRoundsResolver, MentorMatchesResolver],
})
export class MentoringGraphqlModule {}
