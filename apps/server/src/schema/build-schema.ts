import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { assertEveryRootFieldDeclaresAccess } from '../auth/access.js';
import { resolvers } from './resolvers.js';

export async function buildPatuhSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false });
  assertEveryRootFieldDeclaresAccess(schema);
  return schema;
}
