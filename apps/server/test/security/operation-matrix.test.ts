/**
 * Every operation × every audience (the public and the four roles), derived from the compiled
 * schema rather than listed by hand, so a new operation is covered the day it is added. Each call
 * carries arguments of the right shape, so it reaches the access check: the audiences `@Access`
 * leaves out get exactly UNAUTHENTICATED (the public) or FORBIDDEN (a signed-in role), with no
 * data and no change; the ones it lets in are never refused as unauthenticated and never meet an
 * internal error, whatever the (unknown) ids they name.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Audience } from '../../src/auth/access.js';
import { FIXTURE_USERS, seedFixture } from '../../src/testing/fixture.js';
import { startApi, type TestApi } from '../../src/testing/api.js';
import type { ApiClient, Reply } from '../../src/testing/api-client.js';
import { fingerprinter, type Fingerprinter } from '../support/fingerprint.js';
import { loadSchema, minimalVariables, operationText, rootOperations, type RootOperation } from './schema-operations.js';

const AUDIENCES = {
  anonymous: undefined,
  ADMIN: FIXTURE_USERS.admin,
  REGIONAL_STAFF: FIXTURE_USERS.regionalBanten,
  VERIFIER: FIXTURE_USERS.verifier,
  INSTITUTION_OFFICER: FIXTURE_USERS.officerTangsel,
} as const;
type AudienceName = keyof typeof AUDIENCES;

/** What no call may ever meet: these would mean the call never reached the resolver, or broke it. */
const NEVER = new Set(['INTERNAL_SERVER_ERROR', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']);
/**
 * Operations that end the caller's session(s): called last (signing out everywhere ends the
 * shared sessions too), each on a session of its own.
 */
const ENDS_SESSION = new Set(['signOut', 'signOutEverywhere']);

let api: TestApi;
let operations: RootOperation[];
let clients: Record<AudienceName, ApiClient>;
let fingerprints: Fingerprinter;

beforeAll(async () => {
  api = await startApi('security_matrix', seedFixture, { NODE_ENV: 'production', SESSION_SECRET: 'security-'.repeat(5) });
  operations = rootOperations(await loadSchema()).sort((a, b) => Number(ENDS_SESSION.has(a.name)) - Number(ENDS_SESSION.has(b.name)));
  clients = {} as Record<AudienceName, ApiClient>;
  for (const [name, user] of Object.entries(AUDIENCES) as [AudienceName, (typeof AUDIENCES)[AudienceName]][]) {
    clients[name] = user ? await api.signIn(user) : api.anonymous();
  }
  fingerprints = await fingerprinter(api.databaseUrl);
});
afterAll(async () => {
  await fingerprints?.close();
  await api?.stop();
});

function admits(access: readonly Audience[], audience: AudienceName): boolean {
  if (access.includes('PUBLIC')) return true;
  if (audience === 'anonymous') return false;
  return access.includes('SIGNED_IN') || access.includes(audience);
}

async function clientFor(audience: AudienceName, operation: RootOperation): Promise<ApiClient> {
  const user = AUDIENCES[audience];
  return user && ENDS_SESSION.has(operation.name) ? api.signIn(user) : clients[audience];
}

const codeOf = (reply: Reply<unknown>) => reply.errors?.[0]?.extensions?.code ?? (reply.status === 200 ? 'ok' : `http:${reply.status}`);

describe('every operation × every audience', () => {
  it('covers the whole schema the apps are built against', () => {
    const sdl = buildSchema(readFileSync(fileURLToPath(import.meta.resolve('@patuh/graphql/schema.graphql')), 'utf8'));
    const published = [...Object.keys(sdl.getQueryType()!.getFields()), ...Object.keys(sdl.getMutationType()!.getFields())].sort();
    expect(operations.map((o) => o.name).sort()).toEqual(published);
    console.info(`${operations.length} operations (${operations.filter((o) => o.kind === 'mutation').length} mutations) × ${Object.keys(AUDIENCES).length} audiences`);
  });

  it('refuses every audience @Access leaves out, with UNAUTHENTICATED or FORBIDDEN, and changes nothing', async () => {
    const before = await fingerprints.take();
    const wrong: string[] = [];
    let refusals = 0;
    for (const operation of operations) {
      for (const audience of Object.keys(AUDIENCES) as AudienceName[]) {
        if (admits(operation.access, audience)) continue;
        const reply = await clients[audience].request(operationText(operation), minimalVariables(operation));
        const expected = audience === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
        refusals++;
        if (codeOf(reply) !== expected || reply.data?.[operation.name as never] != null) {
          wrong.push(`${operation.name} as ${audience}: ${codeOf(reply)} (expected ${expected})`);
        }
      }
    }
    const after = await fingerprints.take();
    console.info(`${refusals} refused calls checked`);
    expect(wrong).toEqual([]);
    expect(fingerprints.changedTables(before, after)).toEqual([]);
    expect(after.auditCount).toBe(before.auditCount);
  });

  it('lets every audience @Access names reach the operation, never refused as unauthenticated, never an internal error', async () => {
    const wrong: string[] = [];
    const outcomes: Record<string, number> = {};
    for (const operation of operations) {
      for (const audience of Object.keys(AUDIENCES) as AudienceName[]) {
        if (!admits(operation.access, audience)) continue;
        const reply = await (await clientFor(audience, operation)).request(operationText(operation), minimalVariables(operation));
        const code = codeOf(reply);
        outcomes[code] = (outcomes[code] ?? 0) + 1;
        // A public operation may answer UNAUTHENTICATED itself (wrong credentials); the access check never does.
        const refusedAsStranger = code === 'UNAUTHENTICATED' && audience !== 'anonymous' && !operation.access.includes('PUBLIC');
        if (NEVER.has(code) || refusedAsStranger) wrong.push(`${operation.name} as ${audience}: ${code} ${reply.errors?.[0]?.message ?? ''}`);
      }
    }
    console.info(`admitted calls by outcome: ${JSON.stringify(outcomes)}`);
    expect(wrong).toEqual([]);
  });
});
