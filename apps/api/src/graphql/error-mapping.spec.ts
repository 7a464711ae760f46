import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { runWithCorrelationId } from '@kennis/config';
import {
  BadUserInputError,
  ConflictError,
  DomainError,
  ErrorCode,
  ForbiddenError,
  NotFoundError,
  TooManyRequestsError,
  UnauthenticatedError,
} from '@kennis/errors';
import { formatGraphqlError } from './error-mapping';

/** What Apollo hands formatError for an error thrown in a resolver at session.title. */
function thrownInResolver(error: Error): { formatted: GraphQLFormattedError; error: GraphQLError } {
  const graphqlError = new GraphQLError(error.message, { path: ['session', 'title'], originalError: error });
  return { formatted: { ...graphqlError.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error: graphqlError };
}

function map(error: Error): GraphQLFormattedError {
  const { formatted, error: graphqlError } = thrownInResolver(error);
  return formatGraphqlError(formatted, graphqlError);
}

/** An error GraphQL itself raised (parse, validation, variable coercion), as Apollo formats it. */
function graphqlRaised(message: string, code: string, extra: Record<string, unknown> = {}): GraphQLFormattedError {
  const error = new GraphQLError(message, { extensions: { code, ...extra } });
  return formatGraphqlError({ message, locations: [{ line: 1, column: 9 }], extensions: { code, ...extra } }, error);
}

class RoomTakenError extends ConflictError {
  constructor() {
    super('Room Turing is booked from 10:00 to 11:00 by "Rust for TypeScript people".', { clashStartsAt: '2031-03-01T10:00:00.000Z' });
  }
}

describe('the mapping of errors to what a GraphQL client sees', () => {
  let logged: string[];

  // A logger of our own (Nest's overrideLogger) that keeps the lines, to see what goes to the log only.
  beforeEach(() => {
    logged = [];
    const keep = (message: unknown) => void logged.push(String(message));
    Logger.overrideLogger({ log: () => undefined, warn: () => undefined, error: keep });
  });

  afterAll(() => Logger.overrideLogger(false));

  it.each([
    [new BadUserInputError('title', 'Give the session a title.'), { code: 'BAD_USER_INPUT', field: 'title' }],
    [new UnauthenticatedError('Sign in first.'), { code: 'UNAUTHENTICATED' }],
    [new ForbiddenError('Only hosts change a session.'), { code: 'FORBIDDEN' }],
    [new NotFoundError('Session', 'abc'), { code: 'NOT_FOUND', id: 'abc' }],
    [new RoomTakenError(), { code: 'CONFLICT', clashStartsAt: '2031-03-01T10:00:00.000Z' }],
    [new TooManyRequestsError('changes', 30), { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 30 }],
  ])('keeps a domain error\'s message and code, with its details: %p', (error, extensions) => {
    const mapped = map(error);
    expect(mapped).toEqual({ message: error.message, path: ['session', 'title'], extensions });
    expect(logged).toEqual([]);
  });

  it('finds a domain error wrapped by GraphQL or Nest a few levels down', () => {
    const inner = new ForbiddenError('Only admins erase people.');
    const wrapped = Object.assign(new Error('wrapped'), { originalError: inner });
    expect(map(wrapped).extensions).toEqual({ code: 'FORBIDDEN' });
    expect(map(wrapped).message).toBe('Only admins erase people.');
  });

  it('covers every error code a library can throw', () => {
    for (const code of Object.values(ErrorCode)) {
      expect(map(new DomainError(code, `a ${code}`)).extensions?.code).toBe(code);
    }
  });

  it('turns anything unexpected into INTERNAL_SERVER_ERROR with the correlation id, and logs the detail only', () => {
    const sql = new QueryFailedError('UPDATE person SET roles = $1', ['{ADMIN}'], new Error('deadlock detected'));
    const mapped = runWithCorrelationId('corr-1234567', () => map(sql));
    expect(mapped).toEqual({
      message: 'Something went wrong on our side. Quote corr-1234567 if you report it.',
      path: ['session', 'title'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: 'corr-1234567' },
    });
    expect(JSON.stringify(mapped)).not.toMatch(/UPDATE|deadlock|ADMIN|stack/);
    expect(logged).toEqual([expect.stringContaining('corr-1234567')]);
    expect(logged[0]).toContain('deadlock detected');
  });

  it('makes up a correlation id outside a request', () => {
    const mapped = map(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(mapped.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(mapped.message).not.toContain('Cannot read');
  });

  it('reports a literal of the wrong type as BAD_USER_INPUT, not as a malformed operation', () => {
    expect(graphqlRaised('Expected value of type "Int!", found "many".', 'GRAPHQL_VALIDATION_FAILED').extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('names the field of a variable that did not coerce, down to the path inside it', () => {
    const nested = graphqlRaised('Variable "$input" got invalid value "x" at "input.capacity"; Int cannot represent non-integer value: "x"', 'BAD_USER_INPUT');
    expect(nested.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.capacity' });
    const whole = graphqlRaised('Variable "$id" of required type "ID!" was not provided.', 'BAD_USER_INPUT');
    expect(whole.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it.each(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE'])(
    'passes %s from GraphQL itself through as it is, with its location',
    (code) => {
      const mapped = graphqlRaised('Cannot query field "nope" on type "Query".', code);
      expect(mapped).toEqual({ message: 'Cannot query field "nope" on type "Query".', locations: [{ line: 1, column: 9 }], extensions: { code } });
    },
  );

  it('never passes on an unknown code from GraphQL or a plugin, nor the extensions that came with it', () => {
    const mapped = graphqlRaised('Something odd', 'SOME_PLUGIN_CODE', { stacktrace: ['at secret.ts:1'] });
    expect(mapped.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) });
    expect(JSON.stringify(mapped)).not.toContain('secret.ts');
  });
});
