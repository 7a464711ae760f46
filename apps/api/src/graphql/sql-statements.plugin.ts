import type { ApolloServerPlugin } from '@apollo/server';
import { sqlStatementsSoFar } from '@kennis/config';

/**
 * With DATABASE_LOG_QUERIES on, every GraphQL answer says in `x-sql-statements` how many SQL statements
 * its request sent, sign-in check included: tests and benchmarks count them exactly, without reading logs.
 */
export function sqlStatementsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('x-sql-statements', String(sqlStatementsSoFar()));
        },
      };
    },
  };
}
