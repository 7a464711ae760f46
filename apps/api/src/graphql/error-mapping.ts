import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { type ASTNode, GraphQLError, type GraphQLFormattedError, Kind, parse, visit } from 'graphql';
import { currentCorrelationId } from '@kennis/config';
import { DomainError } from '@kennis/errors';

const logger = new Logger('GraphQL');

/** Errors that GraphQL itself raises for a malformed operation; safe to show as they are. */
const GRAPHQL_CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED', 'OPERATION_RESOLUTION_FAILURE']);

/** How graphql-js words a literal its type refuses: an enum or input object, or a built-in scalar. */
const WRONG_LITERAL = /^(Expected value of type|(Int|Float|String|Boolean|ID) cannot represent)/;

/** graphql-js names the refused variable and the path inside it: Variable "$input" got invalid value … at "input.startsAt". */
function fieldOfCoercionError(message: string): string | undefined {
  const path = /^Variable "\$\w+" got invalid value .*? at "([^"]+)"/s.exec(message)?.[1];
  return path ?? /^Variable "\$(\w+)"/.exec(message)?.[1];
}

/**
 * A literal in the operation that GraphQL refused (startsAt: "2031-02-30T10:00:00Z") names no field in
 * its message: the path of arguments and input fields down to it (input.startsAt) is read off the
 * operation at the error's position, so a literal names its field as a variable does. Error path only.
 */
function fieldOfLiteral(error: unknown): string | undefined {
  if (!(error instanceof GraphQLError) || !error.source || !error.positions?.length) return undefined;
  const position = error.positions[0];
  let names: string[] | undefined;
  try {
    visit(parse(error.source), {
      enter(node, _key, parent, _path, ancestors) {
        if (names || node.loc?.start !== position) return;
        names = [...ancestors, parent, node]
          .filter((ancestor): ancestor is ASTNode & { kind: Kind.ARGUMENT | Kind.OBJECT_FIELD; name: { value: string } } => {
            const kind = (ancestor as ASTNode).kind;
            return kind === Kind.ARGUMENT || kind === Kind.OBJECT_FIELD;
          })
          .map((field) => field.name.value);
      },
    });
  } catch {
    return undefined;
  }
  return names?.length ? names.join('.') : undefined;
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
  if (code === 'GRAPHQL_VALIDATION_FAILED' && (WRONG_LITERAL.test(formatted.message) || formatted.extensions?.badUserInput)) {
    code = 'BAD_USER_INPUT';
  }
  if (typeof code === 'string' && GRAPHQL_CLIENT_CODES.has(code)) {
    const field = code === 'BAD_USER_INPUT' ? (fieldOfCoercionError(formatted.message) ?? fieldOfLiteral(error)) : undefined;
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

