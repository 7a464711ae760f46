import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  type GraphQLSchema,
  isCompositeType,
  type IntrospectionQuery,
} from 'graphql';
import { createPerson, createProposedSession, createRoom, type PersonFixture } from '@kennis/testing';
import { ApiHarness } from './support/api-harness';

/**
 * Thousands of random and malformed arguments to every query and mutation, as every role. Whatever is sent:
 * no INTERNAL_SERVER_ERROR, no stack trace or SQL in the answer, and a refused mutation changes nothing.
 * Sized for a 2-core machine: FUZZ_RUNS (default 500) calls in all.
 */
const HOSTILE_STRINGS = [
  "'; DROP TABLE session; --",
  "%' OR '1'='1",
  '\\',
  '\u0000',
  '\ud800',
  'Title\r\nBcc: everyone@example.com',
  'SUMMARY:x\r\nATTENDEE:mailto:evil@example.com',
  '<script>alert(1)</script>',
  '   ',
  '',
  '2031-02-30T10:00:00Z',
  '9999-12-31T23:59:59Z',
  '"quoted\r\n"@example.com',
  'x'.repeat(10_050),
  '${jndi:ldap://x}',
  '__proto__',
];

function stringArbitrary(): fc.Arbitrary<unknown> {
  return fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ maxLength: 12 }));
}

function valueArbitrary(type: GraphQLInputType, ids: string[], depth: number): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]), stringArbitrary());
  if (type instanceof GraphQLNonNull) return fc.oneof({ weight: 9, arbitrary: valueArbitrary(type.ofType, ids, depth) }, { weight: 1, arbitrary: wrong });
  const inner = (): fc.Arbitrary<unknown> => {
    if (type instanceof GraphQLList) return fc.array(valueArbitrary(type.ofType, ids, depth + 1), { maxLength: depth > 1 ? 1 : 4 });
    if (type instanceof GraphQLEnumType) return fc.oneof(fc.constantFrom(...type.getValues().map((value) => value.name)), stringArbitrary());
    if (type instanceof GraphQLInputObjectType) {
      if (depth > 3) return fc.constant({});
      const fields = Object.values(type.getFields());
      return fc.record(Object.fromEntries(fields.map((field) => [field.name, valueArbitrary(field.type, ids, depth + 1)])), {
        requiredKeys: fields.filter((field) => field.type instanceof GraphQLNonNull).map((field) => field.name),
      });
    }
    switch ((type as GraphQLScalarType).name) {
      case 'Int':
        return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 53), fc.double());
      case 'Float':
        return fc.oneof(fc.double(), fc.constantFrom(0, 0.5, 1, -1, 1e308));
      case 'Boolean':
        return fc.boolean();
      case 'ID':
        return fc.oneof(fc.constantFrom(...ids), fc.uuid(), stringArbitrary());
      case 'DateTime':
        return fc.oneof(
          fc.date({ min: new Date('1990-01-01'), max: new Date('2110-01-01'), noInvalidDate: true }).map((date) => date.toISOString()),
          stringArbitrary(),
        );
      default:
        return stringArbitrary();
    }
  };
  return fc.oneof({ weight: 9, arbitrary: inner() }, { weight: 1, arbitrary: wrong });
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `${kind}${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

const LEAKS = /node_modules|\.js:\d+|\bat [A-Za-z.]+ \(|QueryFailedError|violates|duplicate key|syntax error at|SELECT .* FROM|INSERT INTO|UPDATE .* SET|relation "/;

describe('fuzzing every operation as every role', () => {
  const api = new ApiHarness();
  let schema: GraphQLSchema;
  let people: (PersonFixture | null)[];
  const ids: string[] = [];

  const digest = async (): Promise<string> => {
    const tables = ['person', 'person_skill', 'room', 'facility_team', 'session', 'session_host', 'session_interest', 'registration',
      'session_facility_request', 'mentor_profile', 'mentoring_round', 'mentee_request', 'diversity_attribute', 'mentor_match', 'room_booking'];
    const union = tables.map((table) => `SELECT '${table}' || t::text AS row FROM ${table} t`).join(' UNION ALL ');
    const [{ md5 }] = await api.dataSource.query(`SELECT md5(coalesce(string_agg(row, '|' ORDER BY row), '')) AS md5 FROM (${union}) everything`);
    return md5;
  };

  beforeAll(async () => {
    await api.start();
    const admin = await createPerson(api.dataSource, { name: 'Ada Admin', roles: ['EMPLOYEE', 'ADMIN'] });
    const facility = await createPerson(api.dataSource, { name: 'Fay', roles: ['EMPLOYEE', 'FACILITY_MANAGER'] });
    const host = await createPerson(api.dataSource, { name: 'Hanna Host' });
    const employee = await createPerson(api.dataSource, { name: 'Emma' });
    people = [null, employee, host, facility, admin];
    const session = await createProposedSession(api.dataSource, host.id);
    const room = await createRoom(api.dataSource, {});
    ids.push(admin.id, host.id, employee.id, session.id, room.id);
    const introspection = await api.ok<IntrospectionQuery>(admin.id, getIntrospectionQuery());
    schema = buildClientSchema(introspection);
  });

  afterAll(() => api.stop());

  it('never answers INTERNAL_SERVER_ERROR, a stack trace or SQL, and a refused mutation changes nothing', async () => {
    const operations = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({ kind: 'query' as const, field })),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ({ kind: 'mutation' as const, field })),
    ];
    const calls = fc.oneof(
      ...operations.map(({ kind, field }) =>
        fc.record({
          kind: fc.constant(kind),
          name: fc.constant(field.name),
          query: fc.constant(operationFor(kind, field)),
          variables: fc.record(Object.fromEntries(field.args.map((arg) => [arg.name, valueArbitrary(arg.type, ids, 0)]))),
          caller: fc.integer({ min: 0, max: people.length - 1 }),
        }),
      ),
    );
    const runs = Number(process.env.FUZZ_RUNS ?? 500);
    const problems: string[] = [];
    let refusedMutations = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(calls, async (call) => {
        const person = people[call.caller];
        const before = call.kind === 'mutation' ? await digest() : null;
        const response = await fetch(api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(person ? { authorization: `Bearer ${api.tokenFor(person.id)}` } : {}) },
          body: JSON.stringify({ query: call.query, variables: call.variables }),
        });
        const text = await response.text();
        const body = JSON.parse(text);
        const codes: string[] = (body.errors ?? []).map((error: { extensions?: { code?: string } }) => error.extensions?.code);
        if (codes.includes('INTERNAL_SERVER_ERROR') || codes.includes(undefined as never)) problems.push(`${call.name}: ${text.slice(0, 300)} for ${JSON.stringify(call.variables).slice(0, 300)}`);
        if (LEAKS.test(text)) problems.push(`${call.name} leaks: ${text.slice(0, 300)}`);
        if (before !== null && body.errors?.length && !body.data?.[call.name]) {
          refusedMutations += 1;
          if ((await digest()) !== before) problems.push(`${call.name} was refused (${codes}) but changed the database`);
        }
        return problems.length === 0;
      }),
      { numRuns: runs, seed: Number(process.env.FUZZ_SEED ?? 20261201), endOnFailure: true },
    );
    console.log(`${runs} fuzzed calls over ${operations.length} operations (${refusedMutations} refused mutations) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    expect(problems).toEqual([]);
  });
});
