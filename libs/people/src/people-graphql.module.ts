import { Module } from '@nestjs/common';
import { PeopleLoaders } from './graphql/people.loaders';
import { PeopleResolver } from './graphql/people.resolver';
import { PeopleModule } from './people.module';

/** The people part of the GraphQL schema: imported by apps/api only. */
@Module({
  imports: [PeopleModule],
  providers: [PeopleResolver, PeopleLoaders],
  exports: [PeopleLoaders],
})
export class PeopleGraphqlModule {}
