import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands resolver errors to Apollo untouched: formatGraphqlError decides what the client sees and logs
 * the unexpected ones, so Nest's default handler does not log every expected domain error as a failure.
 * Plain HTTP routes (health) keep Nest's default handling.
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return error;
    return super.catch(error, host);
  }
}
