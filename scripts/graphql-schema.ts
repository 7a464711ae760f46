import { type INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';

/** Where the web app keeps the API's schema; GraphQL Code Generator types the app's operations from it. */
export const WEB_SCHEMA_FILE = 'apps/web/schema.graphql';

/**
 * The SDL of the API's real schema (built by Nest from the resolvers), sorted. The script that writes
 * WEB_SCHEMA_FILE and the test that checks it is current both print through here.
 */
export function printApiSchema(app: INestApplication): string {
  return `${printSchema(lexicographicSortSchema(app.get(GraphQLSchemaHost).schema))}\n`;
}
