import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { AuditGraphqlModule, AuditModule, AuditSignInRecorder } from '@kennis/audit';
import { AuthGuard, AuthModule, RolesGuard } from '@kennis/auth';
import { KennisConfigModule } from '@kennis/config';
import { DatabaseModule } from '@kennis/database';
import { InboundGraphqlModule } from '@kennis/inbound';
import { MentoringGraphqlModule } from '@kennis/mentoring';
import { PeopleGraphqlModule, PeopleModule, PeopleScimModule, PeopleService, PersonSignInDirectory } from '@kennis/people';
import { QueuesModule } from '@kennis/queues';
import { MutationRateLimitGuard, RateLimiter, RateLimitModule } from '@kennis/rate-limit';
import { RoomsGraphqlModule } from '@kennis/rooms';
import { SessionsGraphqlModule } from '@kennis/sessions';
import { AuditInterceptor } from './graphql/audit.interceptor';
import { GraphqlApiModule } from './graphql/graphql-api.module';
import { GraphqlExceptionFilter } from './graphql/graphql-exception.filter';
import { HealthController } from './health/health.controller';
import { WebAppModule } from './web-app/web-app.module';

/** The GraphQL API: composes the domain libraries' GraphQL modules. No business logic here. */
@Module({
  imports: [
    KennisConfigModule,
    DatabaseModule.forRoot({ applicationName: 'kennis-api' }),
    QueuesModule.forRoot(),
    AuthModule.forRoot({
      imports: [PeopleModule, RateLimitModule, AuditModule],
      actorLookup: PeopleService,
      signInDirectory: PersonSignInDirectory,
      attemptLimiter: RateLimiter,
      signInRecorder: AuditSignInRecorder,
    }),
    RateLimitModule,
    PeopleModule,
    GraphqlApiModule,
    PeopleGraphqlModule,
    PeopleScimModule,
    RoomsGraphqlModule,
    SessionsGraphqlModule,
    MentoringGraphqlModule,
    AuditModule,
    AuditGraphqlModule,
    InboundGraphqlModule,
    // Last: the web app answers only what no API route did.
    WebAppModule,
  ],
  controllers: [HealthController],
  providers: [
    { provide: APP_GUARD, useClass: AuthGuard },
    // After authentication, before any argument is validated: see RequireRoles.
    { provide: APP_GUARD, useClass: RolesGuard },
    { provide: APP_GUARD, useExisting: MutationRateLimitGuard },
    { provide: APP_FILTER, useClass: GraphqlExceptionFilter },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
})
export class ApiModule {}
