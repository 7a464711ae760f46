import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';

/**
 * Hands resolver errors to Apollo untouched: formatGraphqlError decides what the client sees and logs
 * the unexpected ones, so Nest's default handler does not log every expected domain error as a failure.
 */
@Catch()
export class GraphqlExceptionFilter implements GqlExceptionFilter {
  catch(error: unknown): unknown {
    return error;
  }
}
