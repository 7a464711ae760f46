import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { buildSchema, type ExecutionResult, getOperationAST, GraphQLError, parse } from 'graphql';
import { ConflictError, NotFoundError } from '@kennis/errors';
import { createJitExecutor } from './jit-execution';

const schema = buildSchema(`
  type Session { id: ID! title: String! seats: Int! }
  input ProposeInput { title: String! tags: [String!]! = [] }
  type Query { session(id: ID!): Session sessions(first: Int = 2): [Session!]! missing: String! }
  type Mutation { propose(input: ProposeInput!): String! join(id: ID!): Session! }
`);

const sessions = [
  { id: 's1', title: 'Rust for TypeScript people', seats: 3 },
  { id: 's2', title: 'Postgres locks', seats: 0 },
  { id: 's3', title: 'Mentoring 101', seats: 8 },
];

// buildSchema has no resolvers: graphql-js and graphql-jit both read fields off the root value's
// functions, so the resolvers go on the fields.
const fields = (type: string) => (schema.getType(type) as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields();
fields('Query').session.resolve = (_: unknown, { id }: { id: string }) => {
  const found = sessions.find((session) => session.id === id);
  if (!found) throw new NotFoundError('Session', id);
  return found;
};
fields('Query').sessions.resolve = async (_: unknown, { first }: { first: number }) => sessions.slice(0, first);
fields('Query').missing.resolve = () => null;
fields('Mutation').propose.resolve = (_: unknown, { input }: { input: { title: string; tags: string[] } }) => `${input.title} [${input.tags.join(',')}]`;
fields('Mutation').join.resolve = async (_: unknown, { id }: { id: string }) => {
  throw new ConflictError(`Session ${id} is full.`, { sessionId: id });
};

function runner() {
  const jit = createJitExecutor(schema);
  const documents = new Map<string, ReturnType<typeof parse>>();
  return {
    jit,
    /** As Apollo calls the executor: the same DocumentNode for the same text (its document cache). */
    async run(text: string, variables: Record<string, unknown> = {}, operationName: string | null = null): Promise<ExecutionResult> {
      const document = documents.get(text) ?? parse(text);
      documents.set(text, document);
      // As Apollo builds it: request.operationName is what the client sent, operationName the picked operation's name.
      const operation = getOperationAST(document, operationName) ?? undefined;
      const request = { request: { query: text, variables, operationName }, document, operation, operationName: operation?.name?.value ?? null, context: {} };
      return jit.executor(request as unknown as GatewayGraphQLRequestContext);
    },
    kindOf(text: string) {
      return jit.executionOf(documents.get(text)!, null);
    },
  };
}

/** What a client could tell apart, and what the error mapping reads. */
function visible(result: ExecutionResult) {
  return {
    data: result.data,
    errors: result.errors?.map((error) => ({
      json: error.toJSON(),
      isGraphqlJsError: error instanceof GraphQLError,
      extensions: error.extensions,
      original: error.originalError?.constructor.name,
      originalMessage: error.originalError?.message,
    })),
  };
}

describe('operations compiled by graphql-jit', () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ['a query with a scalar variable', 'query($id: ID!) { session(id: $id) { id title seats } }', { id: 's1' }],
    ['a list with an argument default', '{ sessions { id title } }', {}],
    ['a domain error thrown in a resolver', 'query($id: ID!) { session(id: $id) { id } }', { id: 'nope' }],
    ['a domain error in a mutation', 'mutation($id: ID!) { join(id: $id) { id } }', { id: 's2' }],
    ['null in a non-null field', '{ missing }', {}],
    ['aliases, fragments and @include', 'query($yes: Boolean!) { a: session(id: "s3") { ...f } b: session(id: "s1") @include(if: $yes) { id } } fragment f on Session { title seats }', { yes: false }],
  ];

  it.each(cases)('answer %s on the compiled run exactly as graphql-js did on the first', async (_, text, variables) => {
    const { run, kindOf } = runner();
    const first = visible(await run(text, variables));
    expect(kindOf(text)).toBe('first-run');
    const second = visible(await run(text, variables));
    expect(kindOf(text)).toBe('compiled');
    const third = visible(await run(text, variables));
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it('keep the domain error as originalError, with path, locations and an extensions object', async () => {
    const { run } = runner();
    const text = 'mutation($id: ID!) { join(id: $id) { id } }';
    await run(text, { id: 's2' });
    const compiled = await run(text, { id: 's2' });
    const [error] = compiled.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.originalError).toBeInstanceOf(ConflictError);
    expect(error.path).toEqual(['join']);
    expect(error.locations).toEqual([{ line: 1, column: 22 }]);
    expect(error.extensions).toEqual({});
  });

  it('refuse a bad variable with graphql-js own error on every run', async () => {
    const { run } = runner();
    const text = 'query($id: ID!) { session(id: $id) { id } }';
    await run(text, { id: 's1' });
    const refused = await run(text, { id: { not: 'an id' } });
    expect(refused.data).toBeUndefined();
    expect(refused.errors!.map((error) => error.message)).toEqual(['Variable "$id" got invalid value { not: "an id" }; ID cannot represent value: { not: "an id" }']);
    expect(refused.errors![0].nodes?.[0].kind).toBe('VariableDefinition');
  });

  it('leave an operation with an input-object variable to graphql-js, which fills in a default field', async () => {
    const { run, kindOf } = runner();
    const text = 'mutation($input: ProposeInput!) { propose(input: $input) }';
    for (let run_ = 0; run_ < 3; run_ += 1) {
      expect(await run(text, { input: { title: 'Locks' } })).toEqual({ data: { propose: 'Locks []' } });
      expect(kindOf(text)).toBe('interpreted');
    }
  });

  it('answer a document whose operation cannot be picked with graphql-js own error, every time', async () => {
    const { run } = runner();
    const two = 'query A { sessions { id } } query B { session(id: "s1") { id } }';
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await run(two)).errors?.map((error) => error.message)).toEqual(['Must provide operation name if query contains multiple operations.']);
      expect((await run(two, {}, 'C')).errors?.map((error) => error.message)).toEqual(['Unknown operation named "C".']);
    }
    expect((await run(two, {}, 'B')).data).toEqual({ session: { id: 's1' } });
  });
});
