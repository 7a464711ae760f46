import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What one request may ask for at once. Checked on the parsed document before GraphQL validates or runs it. */
export interface OperationLimits {
  /** Lexical tokens in the whole document (graphql-js stops parsing past this). */
  maxTokens: number;
  /** Nesting of fields, through fragments; introspection is measured apart. */
  maxDepth: number;
  /** Fields after expanding every fragment spread (counted, never expanded). */
  maxFields: number;
  /** Aliased fields after expanding fragments. */
  maxAliases: number;
  maxQueryRootFields: number;
  maxMutationRootFields: number;
  /** Nesting inside __schema / __type; the standard introspection query needs about 13. */
  maxIntrospectionDepth: number;
  /** Nested introspection lists (types > fields > args is 3); more is the circular-introspection attack. */
  maxIntrospectionListNesting: number;
}

export const DEFAULT_OPERATION_LIMITS: OperationLimits = {
  maxTokens: 5_000,
  maxDepth: 10,
  maxFields: 1_500,
  maxAliases: 30,
  maxQueryRootFields: 20,
  maxMutationRootFields: 5,
  maxIntrospectionDepth: 20,
  maxIntrospectionListNesting: 3,
};

/** The measures of one selection set, independent of where it is used, so each fragment is measured once. */
interface SelectionSummary {
  depth: number;
  fields: number;
  aliases: number;
  /** Fields at the top level of this selection set, through spreads and inline fragments. */
  topLevelFields: number;
  introspectionDepth: number;
  introspectionListNesting: number;
  /** Nesting of fields with introspection list names; only meaningful below __schema / __type. */
  listNesting: number;
}

const EMPTY: SelectionSummary = {
  depth: 0,
  fields: 0,
  aliases: 0,
  topLevelFields: 0,
  introspectionDepth: 0,
  introspectionListNesting: 0,
  listNesting: 0,
};

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);
const INTROSPECTION_LISTS = new Set(['types', 'fields', 'inputFields', 'interfaces', 'possibleTypes', 'enumValues', 'args', 'directives']);

export interface OperationMeasure {
  operation: OperationDefinitionNode;
  summary: SelectionSummary;
}

/**
 * Measures every operation of a document in time linear in its size: a fragment's measures are computed
 * once and reused at each spread, so fragments that spread the next one twice cost n steps, not 2^n.
 */
export function measureDocument(document: DocumentNode): OperationMeasure[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, SelectionSummary>();
  const inProgress = new Set<string>();

  const fragmentSummary = (name: string): SelectionSummary => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    // Unknown fragments and cycles are refused by GraphQL validation; here they count as nothing.
    if (!fragment || inProgress.has(name)) return EMPTY;
    inProgress.add(name);
    const summary = summarise(fragment.selectionSet);
    inProgress.delete(name);
    memo.set(name, summary);
    return summary;
  };

  const summarise = (selectionSet: SelectionSetNode): SelectionSummary => {
    const total = { ...EMPTY };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const child = selection.selectionSet ? summarise(selection.selectionSet) : EMPTY;
        const name = selection.name.value;
        total.fields += 1 + child.fields;
        total.aliases += (selection.alias ? 1 : 0) + child.aliases;
        total.topLevelFields += 1;
        total.listNesting = Math.max(total.listNesting, (INTROSPECTION_LISTS.has(name) ? 1 : 0) + child.listNesting);
        if (INTROSPECTION_ROOTS.has(name)) {
          total.depth = Math.max(total.depth, 1);
          total.introspectionDepth = Math.max(total.introspectionDepth, 1 + child.depth, child.introspectionDepth);
          total.introspectionListNesting = Math.max(total.introspectionListNesting, child.listNesting);
        } else {
          total.depth = Math.max(total.depth, 1 + child.depth);
          total.introspectionDepth = Math.max(total.introspectionDepth, child.introspectionDepth);
          total.introspectionListNesting = Math.max(total.introspectionListNesting, child.introspectionListNesting);
        }
      } else {
        const child =
          selection.kind === Kind.INLINE_FRAGMENT ? summarise(selection.selectionSet) : fragmentSummary(selection.name.value);
        total.fields += child.fields;
        total.aliases += child.aliases;
        total.topLevelFields += child.topLevelFields;
        total.depth = Math.max(total.depth, child.depth);
        total.listNesting = Math.max(total.listNesting, child.listNesting);
        total.introspectionDepth = Math.max(total.introspectionDepth, child.introspectionDepth);
        total.introspectionListNesting = Math.max(total.introspectionListNesting, child.introspectionListNesting);
      }
    }
    return total;
  };

  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [{ operation: definition, summary: summarise(definition.selectionSet) }] : [],
  );
}

/** The first limit the document breaks, as a message that says what to change; null when it fits. */
export function findLimitViolation(document: DocumentNode, limits: OperationLimits): string | null {
  for (const { operation, summary } of measureDocument(document)) {
    const name = operation.name ? `Operation "${operation.name.value}"` : 'This operation';
    const rootLimit = operation.operation === 'mutation' ? limits.maxMutationRootFields : limits.maxQueryRootFields;
    if (summary.depth > limits.maxDepth) {
      return `${name} is nested ${summary.depth} levels deep; the limit is ${limits.maxDepth}. Ask for less at once.`;
    }
    if (summary.fields > limits.maxFields) {
      return `${name} asks for ${formatCount(summary.fields)} fields once its fragments are expanded; the limit is ${limits.maxFields}.`;
    }
    if (summary.aliases > limits.maxAliases) {
      return `${name} uses ${formatCount(summary.aliases)} aliases; the limit is ${limits.maxAliases}. Send fewer at once.`;
    }
    if (summary.topLevelFields > rootLimit) {
      return `${name} has ${formatCount(summary.topLevelFields)} top-level ${operation.operation} fields; the limit is ${rootLimit}. Split it into several requests.`;
    }
    if (summary.introspectionDepth > limits.maxIntrospectionDepth) {
      return `${name} nests introspection ${summary.introspectionDepth} levels deep; the limit is ${limits.maxIntrospectionDepth}.`;
    }
    if (summary.introspectionListNesting > limits.maxIntrospectionListNesting) {
      return `${name} nests ${summary.introspectionListNesting} introspection lists; the limit is ${limits.maxIntrospectionListNesting} (types > fields > args).`;
    }
  }
  return null;
}

function formatCount(count: number): string {
  return Number.isFinite(count) && count < 1e15 ? String(count) : 'more than 10^15';
}
