/**
 * Writes the schema as SDL to packages/graphql/schema.graphql. The file is committed: clients
 * are generated from it, reviews see every API change, and CI fails when it is stale.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printSchema } from 'graphql';
import { repositoryRoot } from '@patuh/db';
import { buildPatuhSchema } from './build-schema.js';

export const sdlPath = path.join(repositoryRoot, 'packages', 'graphql', 'schema.graphql');

const header = '# The Patuh GraphQL API. Emitted from the server code by `npm run schema:emit`; do not edit.\n\n';
const schema = await buildPatuhSchema();
await writeFile(sdlPath, header + printSchema(schema) + '\n');
console.log(`Wrote ${path.relative(process.cwd(), sdlPath)}`);
