import type { ApolloServerPlugin } from '@apollo/server';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { type DocumentNode, GraphQLError, getNullableType, isListType } from 'graphql';

/** Lists without a first/limit argument (hosts, skills, a person's sessions) are assumed this long. */
const ASSUMED_LIST_LENGTH = 10;
/** A mutation writes and may send mail: it costs more than reading a field. */
const MUTATION_FIELD_COST = 25;

/**
 * One unit per field; a field with `first` or `limit` multiplies what is below it by that number, a
 * list without them by ASSUMED_LIST_LENGTH. The edges of a connection are already counted by its `first`.
 * Introspection costs nothing here: its size is bounded by the operation limits.
 */
const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (field.name.startsWith('__')) return 0;
  const own = type.name === 'Mutation' ? MUTATION_FIELD_COST : 1;
  const pageSize = typeof args.first === 'number' ? args.first : typeof args.limit === 'number' ? args.limit : null;
  if (pageSize !== null) return own + Math.max(pageSize, 1) * childComplexity;
  const insideConnection = type.name.endsWith('Connection');
  if (isListType(getNullableType(field.type)) && !insideConnection) return own + ASSUMED_LIST_LENGTH * childComplexity;
  return own + childComplexity;
};

/** Costs remembered per parsed document; past this many variable sets a document's memo starts over. */
const COSTS_PER_DOCUMENT = 64;
/** Longer variables (a mutation's text) are not worth remembering: such operations are not repeated. */
const MAX_REMEMBERED_KEY_LENGTH = 1_000;

/**
 * Refuses an operation whose estimated cost is over `maximumCost`, after validation and before any
 * resolver runs. Validation has already bounded the document (operation limits), so this walk is cheap.
 * Apollo's document cache hands the same document object to every request with the same text, so a
 * cost is walked once per document, operation name and variables, not on every request (the session
 * list asks the same thing again and again): the cost depends on nothing else.
 */
export function queryCostPlugin(maximumCost: number): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const key = JSON.stringify([request.operationName ?? null, request.variables ?? {}]);
          let known = costs.get(document);
          let cost = known?.get(key);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                variables: request.variables ?? {},
                operationName: request.operationName ?? undefined,
                estimators: [listAwareEstimator],
              });
            } catch {
              // Variables that do not fit the operation: execution refuses them with BAD_USER_INPUT naming the variable.
              return;
            }
            if (key.length <= MAX_REMEMBERED_KEY_LENGTH) {
              if (!known || known.size >= COSTS_PER_DOCUMENT) costs.set(document, (known = new Map()));
              known.set(key, cost);
            }
          }
          if (cost > maximumCost) {
            throw new GraphQLError(
              `This operation would cost ${cost} (each field 1, lists times their first/limit); the limit is ${maximumCost}. Ask for fewer items or fields.`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maximumCost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
