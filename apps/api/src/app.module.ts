import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuthGuard, AuthModule } from '@kennis/auth';
import { KennisConfigModule } from '@kennis/config';
import { DatabaseModule } from '@kennis/database';
import { MentoringGraphqlModule } from '@kennis/mentoring';
import { PeopleGraphqlModule, PeopleModule, PeopleScimModule, PeopleService, PersonSignInDirectory } from '@kennis/people';
import { QueuesModule } from '@kennis/queues';
import { RoomsGraphqlModule } from '@kennis/rooms';
import { SessionsGraphqlModule } from '@kennis/sessions';
import { GraphqlApiModule } from './graphql/graphql-api.module';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter';
import { HealthController } from './health/health.controller';

/** The GraphQL API: composes the domain libraries' GraphQL modules. No business logic here. */
@Module({
  imports: [
    KennisConfigModule,
    DatabaseModule.forRoot({ applicationName: 'kennis-api' }),
    QueuesModule.forRoot(),
    AuthModule.forRoot({ imports: [PeopleModule], actorLookup: PeopleService, signInDirectory: PersonSignInDirectory }),
    PeopleModule,
    GraphqlApiModule,
    PeopleGraphqlModule,
    PeopleScimModule,
    RoomsGraphqlModule,
    SessionsGraphqlModule,
    MentoringGraphqlModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
  ],
})
export class ApiModule {}
