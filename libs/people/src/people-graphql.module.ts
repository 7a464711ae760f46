import { Module } from '@nestjs/common';
import { AuditActorResolver } from './graphql/audit-actor.resolver';
import { PeopleLoaders } from './graphql/people.loaders';
import { PeopleResolver } from './graphql/people.resolver';
import { PeopleModule } from './people.module';

/** The people part of the GraphQL schema: imported by apps/api only. */
@Module({
  imports: [PeopleModule],
  providers: [PeopleResolver, PeopleLoaders, AuditActorResolver],
  exports: [PeopleLoaders],
})
export class PeopleGraphqlModule {}
