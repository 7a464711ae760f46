import { Module } from '@nestjs/common';
import { PeopleGraphqlModule } from '@kennis/people';
import { RoomsModule } from '@kennis/rooms';
import { SessionLoaders } from './graphql/session.loaders';
import { SessionsResolver } from './graphql/sessions.resolver';
import { SessionsModule } from './sessions.module';

/** The sessions part of the GraphQL schema: imported by apps/api only. */
@Module({
  imports: [SessionsModule, RoomsModule, PeopleGraphqlModule],
  providers: [SessionsResolver, SessionLoaders],
})
export class SessionsGraphqlModule {}
