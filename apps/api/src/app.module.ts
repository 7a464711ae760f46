import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ActorLookup, AuthGuard, AuthModule } from '@kennis/auth';
import { KennisConfigModule } from '@kennis/config';
import { DatabaseModule } from '@kennis/database';
import { InboundGraphqlModule } from '@kennis/inbound';
import { MentoringGraphqlModule } from '@kennis/mentoring';
import { PeopleGraphqlModule, PeopleModule, PeopleService } from '@kennis/people';
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
    AuthModule,
    PeopleModule,
    GraphqlApiModule,
    PeopleGraphqlModule,
    RoomsGraphqlModule,
    SessionsGraphqlModule,
    MentoringGraphqlModule,
    InboundGraphqlModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: ActorLookup, useExisting: PeopleService },
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
  ],
})
export class ApiModule {}
