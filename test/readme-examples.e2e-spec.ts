import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, type DocumentNode, Kind, parse, validate } from 'graphql';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The README's GraphQL to paste, one block at a time. */
function readmeGraphqlBlocks(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
}

// The schema file is the API's schema as it is now (test/web/schema.e2e-spec.ts checks that).
describe('the README GraphQL examples', () => {
  const schema = buildSchema(readFileSync(path.join(ROOT, 'apps/web/schema.graphql'), 'utf8'));
  const blocks = readmeGraphqlBlocks();

  it('are there to paste', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it('each parse and ask only for what the schema has, with arguments of the right shape', () => {
    const problems: string[] = [];
    for (const block of blocks) {
      let document: DocumentNode;
      try {
        document = parse(block);
      } catch (error) {
        problems.push(`${(error as Error).message} in:\n${block}`);
        continue;
      }
      // A block holds several operations to paste one by one: each is checked as its own document.
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        const single: DocumentNode = { kind: Kind.DOCUMENT, definitions: [definition] };
        for (const error of validate(schema, single)) problems.push(`${error.message} at line ${definition.loc?.startToken.line} of:\n${block}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
