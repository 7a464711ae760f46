import { getIntrospectionQuery, parse } from 'graphql';
import { DEFAULT_OPERATION_LIMITS, findLimitViolation, measureDocument } from './operation-limits';

const measure = (query: string) => measureDocument(parse(query))[0].summary;

describe('operation limits', () => {
  // A walk that expanded fragments would visit 2^61 fields and never return: the exact count proves memoisation.
  it('counts through fragments once per fragment: 60 doubling fragments', () => {
    const levels = 60;
    const fragments = Array.from({ length: levels }, (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`);
    const summary = measure(`{ ...F0 } ${fragments.join(' ')} fragment F${levels} on Query { a: me { id } }`);
    expect(summary.fields).toBe(2 ** 61);
    expect(summary.aliases).toBe(2 ** 60);
    expect(summary.depth).toBe(2);
  });

  it('measures depth, aliases and root fields through inline fragments and spreads', () => {
    const summary = measure(`query { a: me { ...P } b: me { id } } fragment P on Person { skills { skill { name } } ... on Person { id } }`);
    expect(summary).toMatchObject({ depth: 4, aliases: 2, topLevelFields: 2, fields: 7 });
  });

  it('lets the standard introspection query through and refuses circular introspection', () => {
    expect(findLimitViolation(parse(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true })), DEFAULT_OPERATION_LIMITS)).toBeNull();
    expect(findLimitViolation(parse('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }'), DEFAULT_OPERATION_LIMITS)).toMatch(
      /4 introspection lists/,
    );
  });

  it('holds mutations to fewer root fields than queries, and survives fragment cycles', () => {
    const limits = DEFAULT_OPERATION_LIMITS;
    const fields = (count: number) => Array.from({ length: count }, (_, index) => `f${index}`).join(' ');
    expect(findLimitViolation(parse(`mutation { ${fields(5)} }`), limits)).toBeNull();
    expect(findLimitViolation(parse(`mutation { ${fields(6)} }`), limits)).toMatch(/6 top-level mutation fields; the limit is 5/);
    expect(findLimitViolation(parse(`query { ${fields(20)} }`), limits)).toBeNull();
    expect(measure('{ ...A } fragment A on Query { x ...B } fragment B on Query { y ...A }').fields).toBe(2);
  });
});
