import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { GraphQLModule } from '@nestjs/graphql';
import { appConfig } from '@kennis/config';
import type { GraphqlContext } from '@kennis/auth';
import { depthLimitRule } from './depth-limit.rule';
import { formatGraphqlError } from './error-mapping';

const MAX_DEPTH = 10;

/** GraphQL over HTTP at /graphql: code-first schema, Apollo landing page in development. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [appConfig.KEY],
      useFactory: (app: ConfigType<typeof appConfig>) => ({
        path: '/graphql',
        autoSchemaFile: true,
        sortSchema: true,
        playground: false,
        introspection: true,
        includeStacktraceInErrorResponses: false,
        plugins: [
          // Apollo installs cache control by default and wraps every field resolver for it; no type
          // or field sets a cache hint, so it only cost time (about a tenth of a session page).
          ApolloServerPluginCacheControlDisabled(),
          app.environment === 'production'
            ? ApolloServerPluginLandingPageDisabled()
            : ApolloServerPluginLandingPageLocalDefault({ embed: true }),
        ],
        validationRules: [depthLimitRule(MAX_DEPTH)],
        context: ({ req }: { req: GraphqlContext['req'] }): GraphqlContext => ({ req }),
        formatError: formatGraphqlError,
      }),
    }),
  ],
})
export class GraphqlApiModule {}
