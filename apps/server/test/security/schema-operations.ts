/**
 * Every root operation of the compiled schema (what the server runs), with the audience its
 * `@Access` declares, and the means to call it: a document selecting `__typename` (or the
 * scalar), and arguments of the right shape built from the argument types, so that a call gets
 * past GraphQL's validation and coercion and reaches the access check and the resolver.
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import type { GraphQLArgument, GraphQLField, GraphQLInputType, GraphQLSchema } from 'graphql';
import type { Audience } from '../../src/auth/access.js';

/**
 * The schema is built by type-graphql, which loads graphql's CommonJS build; its type objects
 * are only recognised by the predicates of that same build.
 */
export const graphqlOfTheSchema = createRequire(import.meta.url)('graphql') as typeof import('graphql');
const { getNamedType, isCompositeType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } = graphqlOfTheSchema;

export interface RootOperation {
  kind: 'query' | 'mutation';
  name: string;
  field: GraphQLField<unknown, unknown>;
  access: readonly Audience[];
}

export async function loadSchema(): Promise<GraphQLSchema> {
  const { buildPatuhSchema } = (await import('../../dist/schema/build-schema.js' as string)) as typeof import('../../src/schema/build-schema.js');
  return buildPatuhSchema();
}

export function rootOperations(schema: GraphQLSchema): RootOperation[] {
  const operations: RootOperation[] = [];
  for (const [kind, type] of [['query', schema.getQueryType()], ['mutation', schema.getMutationType()]] as const) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const access = field.extensions?.access as readonly Audience[] | undefined;
      if (!access?.length) throw new Error(`${kind} ${field.name} declares no audience`);
      operations.push({ kind, name: field.name, field, access });
    }
  }
  return operations;
}

/** `mutation Probe($a: T!, …) { name(a: $a, …) { __typename } }` over the given arguments. */
export function operationText(operation: RootOperation, args: readonly GraphQLArgument[] = requiredArgs(operation)): string {
  const variables = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = args.length ? `${operation.name}(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : operation.name;
  const selection = isCompositeType(getNamedType(operation.field.type)) ? ' { __typename }' : '';
  return `${operation.kind} Probe${variables ? `(${variables})` : ''} { ${call}${selection} }`;
}

export const requiredArgs = (operation: RootOperation) => operation.field.args.filter((a) => isNonNullType(a.type));

/** Plausible scalar values by argument or field name, where any value of the type would not do. */
function scalarFor(typeName: string, name: string, idFor: (name: string) => string): unknown {
  switch (typeName) {
    case 'ID':
      return idFor(name);
    case 'Int':
      return /year/i.test(name) ? 2023 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      // dryRun: true keeps imports from writing; elsewhere true is as good as false.
      return true;
    case 'DateTimeISO':
      return new Date().toISOString();
    case 'JSON':
      return {};
    case 'String':
      if (/email/i.test(name)) return 'probe@matrix.test';
      if (/password/i.test(name)) return 'Probe-Password-123';
      if (/code/i.test(name) && !/indicator/i.test(name)) return '36';
      return 'probe';
    default:
      throw new Error(`no value for scalar ${typeName}`);
  }
}

/**
 * The smallest value of `type` that GraphQL accepts: required fields of input objects, one item
 * per list, the first value of an enum. `idFor` chooses ids (an unknown one by default).
 */
export function minimalValue(type: GraphQLInputType, name: string, idFor: (name: string) => string = () => randomUUID()): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [minimalValue(inner.ofType, name, idFor)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isScalarType(inner)) return scalarFor(inner.name, name, idFor);
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, minimalValue(f.type, f.name, idFor)]),
    );
  }
  throw new Error(`no value for ${String(type)}`);
}

export function minimalVariables(operation: RootOperation, idFor?: (name: string) => string): Record<string, unknown> {
  return Object.fromEntries(requiredArgs(operation).map((a) => [a.name, minimalValue(a.type, a.name, idFor)]));
}
