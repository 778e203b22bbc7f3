/**
 * Executes operations with graphql-jit instead of graphql-js.
 *
 * graphql-js interprets an operation field by field: a whole-cycle ranking is some 13,500 fields
 * per answer and cost ~8 ms of execution, and its answer is built of null-prototype objects,
 * which JSON.stringify turns into text several times slower than plain ones (~3 ms more).
 * graphql-jit compiles an operation once into a plain JavaScript function that builds plain
 * objects, so the same answer costs a fraction of that. Validation, plugins, errors and
 * formatting stay Apollo Server's; only the execution step is replaced.
 *
 * Compiling costs about as much as a few executions, so an operation is compiled on its second
 * execution (the policy Mercurius uses): the apps' fixed set of operations is compiled within
 * moments, a one-off query never is. Compiled operations live as long as Apollo Server keeps the
 * parsed document in its document store (a WeakMap keyed by that document), so they are bounded
 * by the store's own limit. Anything graphql-jit declines to compile runs on graphql-js.
 *
 * Apollo Server 5 takes a custom executor only through its `gateway` option (the `executor`
 * option was removed in version 4), so this is a gateway that serves one local schema.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, getVariableValues, GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Executions of a document before it is compiled. */
const COMPILE_ON_EXECUTION = 2;

interface DocumentEntry {
  executions: number;
  /** Per operation name ('' for an anonymous one); null when graphql-jit declined it. */
  compiled: Map<string, CompiledQuery | null>;
}

export function createCompiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  const documents = new WeakMap<DocumentNode, DocumentEntry>();

  const compiledFor = (document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    let entry = documents.get(document);
    if (entry === undefined) {
      entry = { executions: 0, compiled: new Map() };
      documents.set(document, entry);
    }
    entry.executions += 1;
    if (entry.executions < COMPILE_ON_EXECUTION) return null;
    const key = operationName ?? '';
    let compiled = entry.compiled.get(key);
    if (compiled === undefined) {
      const result = compileQuery(schema, document, operationName);
      // Not compiled (e.g. no such operation): graphql-js gives the error it always gave.
      compiled = isCompiledQuery(result) ? result : null;
      entry.compiled.set(key, compiled);
    }
    return compiled;
  };

  return async (requestContext) => {
    const { document, operation, operationName, context, request } = requestContext;
    const variables = request.variables ?? {};
    const compiled = operation ? compiledFor(document, operationName ?? undefined) : null;
    if (compiled === null || operation === undefined) {
      return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
    }
    // Bad variables are refused as graphql-js refuses them: graphql-jit's own messages name the
    // wrong variable and carry no AST nodes, by which Apollo Server recognises (and answers with
    // 400 BAD_USER_INPUT) a variable the caller got wrong.
    const checked = getVariableValues(schema, operation.variableDefinitions ?? [], variables, { maxErrors: 50 });
    if (checked.errors) return { errors: checked.errors } satisfies ExecutionResult;
    const result = await compiled.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asUpstreamError) } : result;
  };
}

/**
 * graphql-jit's errors are look-alikes with read-only properties, which plugins that rewrite
 * messages (graphql-armor's suggestion masking) fail on: each becomes a graphql-js error with
 * the same message, locations, path, extensions and original error.
 */
function asUpstreamError(error: GraphQLError): GraphQLError {
  const upstream = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  // Without the AST nodes graphql-js cannot work the locations out; they are the same ones.
  (upstream as { locations: GraphQLError['locations'] }).locations = error.locations;
  return upstream;
}

/** The `gateway` option of ApolloServer that serves `schema` with the compiled executor. */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return { executor: createCompiledExecutor(schema) };
    },
    async stop() {},
  };
}
