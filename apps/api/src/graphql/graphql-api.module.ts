import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { databaseConfig, graphqlConfig } from '@kennis/config';
import type { GraphqlContext } from '@kennis/auth';
import { formatGraphqlError } from './error-mapping';
import { DEFAULT_OPERATION_LIMITS } from './operation-limits';
import { queryCostPlugin } from './query-cost.plugin';
import { JitApolloDriver } from './jit-execution';
import { hardenDateTimeScalar } from './strict-date-time.scalar';
import { sqlStatementsPlugin } from './sql-statements.plugin';
import { tooManyRequestsPlugin } from './too-many-requests.plugin';

hardenDateTimeScalar();

/**
 * GraphQL over HTTP at /graphql: code-first schema. Introspection and the Apollo landing page follow
 * GRAPHQL_INTROSPECTION and GRAPHQL_LANDING_PAGE (on in development, off in production). The operation
 * limits run at the HTTP edge (http-hardening.ts); the cost estimate runs after validation.
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: JitApolloDriver,
      inject: [graphqlConfig.KEY, databaseConfig.KEY],
      useFactory: (graphql: ConfigType<typeof graphqlConfig>, database: ConfigType<typeof databaseConfig>) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        introspection: graphql.introspection,
        includeStacktraceInErrorResponses: false,
        // Nest would reset the status of a response with execution errors to 200; a rate limit must stay 429.
        preserveHttpStatusForExecutionErrors: false,
        parseOptions: { maxTokens: DEFAULT_OPERATION_LIMITS.maxTokens },
        plugins: [
          // Apollo installs cache control by default and wraps every field resolver for it; no type
          // or field sets a cache hint, so it only cost time (about a tenth of a session page).
          ApolloServerPluginCacheControlDisabled(),
          ApolloServerPluginLandingPageDisabled(),
          queryCostPlugin(graphql.maxCost),
          tooManyRequestsPlugin(),
          ...(database.logQueries ? [sqlStatementsPlugin()] : []),
        ],
        // The HTTP edge has authenticated the request already (edge-authentication.ts), except for introspection.
        context: ({ req }: { req: GraphqlContext['req'] & { actor?: GraphqlContext['actor'] } }): GraphqlContext => ({ req, actor: req.actor }),
        formatError: formatGraphqlError,
      }),
    }),
  ],
})
export class GraphqlApiModule {}
