import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { currentCorrelationId } from '@kennis/config';
import { DomainError } from '@kennis/errors';

const logger = new Logger('GraphQL');

/** Errors that GraphQL itself raises for a malformed operation; safe to show as they are. */
const GRAPHQL_CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/** graphql-js names the refused variable and the path inside it: Variable "$input" got invalid value … at "input.startsAt". */
function fieldOfCoercionError(message: string): string | undefined {
  const path = /^Variable "\$\w+" got invalid value .*? at "([^"]+)"/s.exec(message)?.[1];
  return path ?? /^Variable "\$(\w+)"/.exec(message)?.[1];
}

function findDomainError(error: unknown): DomainError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof DomainError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

/**
 * The one place where errors become what a client sees. Domain errors keep their message and code;
 * anything unexpected becomes INTERNAL_SERVER_ERROR with a correlation id, and its detail goes to the log only.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domainError = findDomainError(error);
  if (domainError) {
    return {
      message: domainError.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: domainError.code, ...domainError.details },
    };
  }
  let code = formatted.extensions?.code;
  // A literal argument of the wrong shape is bad input like a wrong variable, not a malformed operation.
  if (code === 'GRAPHQL_VALIDATION_FAILED' && (formatted.message.startsWith('Expected value of type') || formatted.extensions?.badUserInput)) {
    code = 'BAD_USER_INPUT';
  }
  if (typeof code === 'string' && GRAPHQL_CLIENT_CODES.has(code)) {
    const field = code === 'BAD_USER_INPUT' ? fieldOfCoercionError(formatted.message) : undefined;
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: field ? { code, field } : { code },
    };
  }
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const correlationId = currentCorrelationId() ?? randomUUID();
  logger.error(
    `Unexpected error ${correlationId} at ${formatted.path?.join('.') ?? 'operation'}: ${(original as Error)?.message}`,
    (original as Error)?.stack,
  );
  return {
    message: `Something went wrong on our side. Quote ${correlationId} if you report it.`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId },
  };
}

