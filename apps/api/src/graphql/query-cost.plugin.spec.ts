import type { GraphQLRequestListener } from '@apollo/server';
import { buildSchema, parse } from 'graphql';
import { queryCostPlugin } from './query-cost.plugin';

const schema = buildSchema(`
  type Session { title: String hosts: [Person] }
  type Person { name: String }
  type Query { sessions(first: Int!): [Session] }
`);
const document = parse('query List($first: Int!) { sessions(first: $first) { title hosts { name } } }');

async function costCheck(maximumCost: number) {
  const listener = (await queryCostPlugin(maximumCost).requestDidStart!({} as never)) as GraphQLRequestListener<object>;
  return (variables: Record<string, unknown>) =>
    listener.didResolveOperation!({ request: { variables, operationName: 'List' }, document, schema } as never);
}

describe('queryCostPlugin', () => {
  // sessions(first: n) { title hosts { name } } costs 1 + n * (1 + 1 + 10 * 1) = 1 + 12n.
  it('refuses by the variables of each request, also for a document it has costed before', async () => {
    const check = await costCheck(1_000);
    await expect(check({ first: 50 })).resolves.toBeUndefined();
    await expect(check({ first: 50 })).resolves.toBeUndefined();
    await expect(check({ first: 100 })).rejects.toThrow('This operation would cost 1201');
    await expect(check({ first: 100 })).rejects.toThrow('This operation would cost 1201');
    await expect(check({ first: 50 })).resolves.toBeUndefined();
  });

  it('leaves variables that do not fit the operation to execution', async () => {
    const check = await costCheck(1_000);
    await expect(check({ first: 'many' })).resolves.toBeUndefined();
  });
});
