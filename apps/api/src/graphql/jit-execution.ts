import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import type { GatewayExecutionResult, GatewayGraphQLRequestContext, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  getNamedType,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  isInputObjectType,
  type OperationDefinitionNode,
  printSchema,
  typeFromAST,
} from 'graphql';
import { compileQuery, type CompiledQuery, isCompiledQuery } from 'graphql-jit';

/**
 * How one operation of one parsed document runs (Apollo's document cache hands back the same
 * DocumentNode for the same text): on graphql-js for good, on graphql-js this once ('first-run'), or
 * compiled. Compiling costs several times one interpreted run, so an operation is compiled on its
 * second run: the app's and integrations' operations repeat, while a stream of one-off documents (a
 * fuzzer, or someone probing) never makes the API compile.
 */
type Execution = { kind: 'interpreted' } | { kind: 'first-run' } | { kind: 'compiled'; query: CompiledQuery };

/**
 * Runs each operation as JavaScript compiled for it by graphql-jit, instead of graphql-js walking the
 * document field by field for every result (a session page of 50 resolves some 400 fields). graphql-js
 * still does everything before execution: Apollo parses and validates, and the variables are coerced by
 * graphql-js's own getVariableValues, so a refused variable gets exactly graphql-js's error, which
 * Apollo turns into BAD_USER_INPUT and the error mapping reads. Errors thrown by resolvers keep their
 * originalError, so domain errors map to their codes as before.
 *
 * graphql-jit coerces the variables once more, by its own rules, and those differ for input objects:
 * it refuses an omitted non-null field that has a default, which graphql-js fills in. So an operation
 * with an input-object variable (most mutations: `input: …Input!`) runs on graphql-js, as does one
 * that graphql-jit cannot compile. Scalar and enum variables (ids, page sizes, dates) it coerces as
 * graphql-js does, after graphql-js has accepted them.
 *
 * Apollo Server takes a custom executor only through its gateway interface (GatewayInterface, public
 * and typed in @apollo/server-gateway-interface); this "gateway" serves the schema Nest built, unchanged.
 */
export function jitExecutionGateway(schema: GraphQLSchema): GatewayInterface {
  const { executor } = createJitExecutor(schema);
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load: async () => ({ executor }),
    stop: async () => undefined,
  };
}

export interface JitExecutor {
  executor: (request: GatewayGraphQLRequestContext) => Promise<GatewayExecutionResult>;
  /** How the operation runs now; undefined before its first run. */
  executionOf: (document: DocumentNode, operationName: string | null) => Execution['kind'] | undefined;
}

/** The executor behind jitExecutionGateway. */
export function createJitExecutor(schema: GraphQLSchema): JitExecutor {
  const executions = new WeakMap<DocumentNode, Map<string | null, Execution>>();

  const executionFor = (document: DocumentNode, operation: OperationDefinitionNode, operationName: string | null): Execution => {
    let byOperation = executions.get(document);
    if (!byOperation) {
      byOperation = new Map();
      executions.set(document, byOperation);
    }
    const known = byOperation.get(operationName);
    let execution: Execution;
    if (!known) {
      execution = hasInputObjectVariable(schema, operation) ? { kind: 'interpreted' } : { kind: 'first-run' };
    } else if (known.kind === 'first-run') {
      const query = compileQuery(schema, document, operationName ?? undefined);
      execution = isCompiledQuery(query) ? { kind: 'compiled', query } : { kind: 'interpreted' };
    } else {
      return known;
    }
    byOperation.set(operationName, execution);
    return execution;
  };

  const executor = async (request: GatewayGraphQLRequestContext): Promise<GatewayExecutionResult> => {
    const variables = request.request.variables ?? {};
    // Apollo leaves the operation undefined when the document has none it can pick (several without an
    // operationName, an unknown one) and answers the executor's error as OPERATION_RESOLUTION_FAILURE.
    // request.operationName is the picked operation's name, so the one asked for is read from the request.
    if (!request.operation) {
      return execute({ schema, document: request.document, operationName: request.request.operationName, contextValue: request.context, variableValues: variables });
    }
    const execution = executionFor(request.document, request.operation, request.operationName);
    // graphql-js's execute coerces the variables itself; before compiled code, graphql-js coerces them here.
    if (execution.kind !== 'compiled') {
      return execute({ schema, document: request.document, operationName: request.operationName, contextValue: request.context, variableValues: variables });
    }
    const coerced = getVariableValues(schema, request.operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    return withGraphqlJsErrors(await execution.query.query(undefined, request.context, variables));
  };

  return { executor, executionOf: (document, operationName) => executions.get(document)?.get(operationName)?.kind };
}

function hasInputObjectVariable(schema: GraphQLSchema, operation: OperationDefinitionNode): boolean {
  return (operation.variableDefinitions ?? []).some((definition) => {
    const type = typeFromAST(schema, definition.type);
    return type !== undefined && isInputObjectType(getNamedType(type));
  });
}

/**
 * graphql-jit's errors look like graphql-js's but are not built by its constructor: one without
 * extensions has none at all, where graphql-js gives {}, and Apollo reads extensions.code of every
 * error. Each becomes a graphql-js GraphQLError with the same message, path, locations, extensions
 * and originalError, as graphql-js's own locatedError would have made it. graphql-jit's own errors (a
 * null in a non-null field) have no originalError, where graphql-js's have an Error of the same message.
 */
function withGraphqlJsErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((error) => {
    const rebuilt = new GraphQLError(error.message, { path: error.path, originalError: error.originalError ?? new Error(error.message), extensions: error.extensions });
    (rebuilt as { locations: GraphQLError['locations'] }).locations = error.locations;
    return rebuilt;
  });
  return { ...result, errors };
}

/** Nest's Apollo driver, with the schema Nest generated executed by jitExecutionGateway. */
@Injectable()
export class JitApolloDriver extends ApolloDriver {
  override async start(options: ApolloDriverConfig): Promise<void> {
    if (!options.schema) throw new Error('JitApolloDriver: Nest passed no generated schema to the driver');
    await super.start({ ...options, gateway: jitExecutionGateway(options.schema) } as ApolloDriverConfig);
  }
}
