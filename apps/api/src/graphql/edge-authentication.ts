import { Logger } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DocumentNode, Kind } from 'graphql';
import type { Actor, RequestAuthenticator } from '@kennis/auth';
import { currentCorrelationId } from '@kennis/config';
import { DomainError, ErrorCode } from '@kennis/errors';

type Request = IncomingMessage & { actor?: Actor };
type NextFunction = (error?: unknown) => void;

const logger = new Logger('GraphQL');

/** Only __schema, __type and __typename at the root of every operation: the schema, which is public in development. */
export function isIntrospectionOnly(document: DocumentNode): boolean {
  return document.definitions.every(
    (definition) =>
      definition.kind !== Kind.OPERATION_DEFINITION ||
      definition.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__')),
  );
}

/**
 * Who is asking, decided before GraphQL validates anything: an anonymous caller with a literal of the
 * wrong type gets UNAUTHENTICATED, not a validation error that tells them what the schema expects. The
 * actor goes into the GraphQL context, so the guard does not look the person up a second time.
 */
export async function authenticateAtEdge(
  authenticator: RequestAuthenticator,
  request: Request,
  response: ServerResponse,
  document: DocumentNode,
  next: NextFunction,
  sendError: (response: ServerResponse, status: number, code: string, message: string) => void,
): Promise<void> {
  if (isIntrospectionOnly(document)) return next();
  try {
    request.actor = await authenticator.authenticate(request);
  } catch (error) {
    if (error instanceof DomainError && error.code === ErrorCode.Unauthenticated) {
      // 200 like an UNAUTHENTICATED answer from a resolver, so every client reads it the same way.
      return sendError(response, 200, ErrorCode.Unauthenticated, error.message);
    }
    const correlationId = currentCorrelationId() ?? 'none';
    logger.error(`Unexpected error ${correlationId} while authenticating: ${(error as Error)?.message}`, (error as Error)?.stack);
    return sendError(response, 500, 'INTERNAL_SERVER_ERROR', `Something went wrong on our side. Quote ${correlationId} if you report it.`);
  }
  next();
}
