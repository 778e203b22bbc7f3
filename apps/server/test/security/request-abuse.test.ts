/**
 * Abusive requests the per-module hardening tests (src/graphql/hardening.test.ts: deep nesting,
 * aliases, batches, a CSRF GET, a form POST, an oversized body) leave out: multipart and plain
 * text POSTs without the preflight header, fragment bombs, floods of directives and operations,
 * huge lists and page sizes in variables. Each is refused with a clear error, fast, without
 * changing anything, and the battery leaves the server's memory where it was.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_USERS, seedCollectionCycle, seedFixture, type CollectionCycle, type Fixture } from '../../src/testing/fixture.js';
import { startApi, type TestApi } from '../../src/testing/api.js';
import { fingerprinter, type Fingerprinter } from '../support/fingerprint.js';
import { outcomeOf, postGraphQL, type Probe } from '../support/http.js';

/** A refusal must cost the server next to nothing. */
const REFUSAL_BOUND_MS = 2000;

let api: TestApi;
let fx: Fixture;
let collection: CollectionCycle;
let adminCookie: string;
let fingerprints: Fingerprinter;
const refusals: { what: string; ms: number; code: string }[] = [];

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

beforeAll(async () => {
  api = await startApi(
    'security_abuse',
    async (prisma) => {
      fx = await seedFixture(prisma);
      collection = await seedCollectionCycle(prisma, fx);
    },
    { NODE_ENV: 'production', SESSION_SECRET: 'security-'.repeat(5) },
  );
  adminCookie = (await api.signIn(FIXTURE_USERS.admin)).sessionCookie!;
  fingerprints = await fingerprinter(api.databaseUrl);
});
afterAll(async () => {
  await fingerprints?.close();
  await api?.stop();
});

/**
 * Sends a request and records how it was refused: by HTTP (400) before GraphQL runs, or by the
 * operation with BAD_USER_INPUT (200, as GraphQL answers an operation's own errors); never 5xx.
 */
async function refused(what: string, send: () => Promise<{ status: number; code: string; ms: number; text: string }>) {
  const reply = await send();
  refusals.push({ what, ms: reply.ms, code: reply.code });
  expect(reply.status === 400 || (reply.status === 200 && reply.code === 'BAD_USER_INPUT'), `${what}: HTTP ${reply.status} ${reply.code}`).toBe(true);
  expect(reply.ms, what).toBeLessThan(REFUSAL_BOUND_MS);
  expect(reply.text, what).not.toMatch(/at .*\.js:\d+|stacktrace/);
  return reply;
}

async function raw(body: string | FormData, headers: Record<string, string>, cookie = adminCookie) {
  const started = Date.now();
  const res = await fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { cookie, ...headers }, body });
  const text = await res.text();
  let code = `http:${res.status}`;
  try {
    code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? code;
  } catch {
    /* not JSON: the status speaks */
  }
  return { status: res.status, code, ms: Date.now() - started, text };
}

const asRaw = (probe: Probe) => ({ status: probe.status, code: outcomeOf(probe), ms: probe.ms, text: JSON.stringify(probe.body) });
const signedIn = (query: string, variables?: Record<string, unknown>) => postGraphQL(api.baseUrl, query, variables, { cookie: adminCookie });

describe('cross-site requests (CSRF)', () => {
  it('refuses a multipart POST without the preflight header, even with a session cookie', async () => {
    const form = new FormData();
    form.set('operations', JSON.stringify({ query: 'mutation { signOutEverywhere }' }));
    form.set('map', '{}');
    const reply = await refused('multipart POST', () => raw(form, {}));
    expect(reply.text).toMatch(/CSRF|preflight/i);
    expect((await postGraphQL(api.baseUrl, '{ me { email } }', {}, { cookie: adminCookie })).body?.data).toEqual({ me: { email: FIXTURE_USERS.admin.email } });
  });

  it('refuses a text/plain POST, the other body a cross-site form can send', async () => {
    const reply = await refused('text/plain POST', () => raw(JSON.stringify({ query: 'mutation { signOutEverywhere }' }), { 'content-type': 'text/plain' }));
    expect(reply.text).toMatch(/CSRF|preflight/i);
  });
});

describe('query abuse beyond depth and aliases', () => {
  it('refuses a fragment bomb (each fragment spreading the next twice)', async () => {
    const levels = 20;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on Query { platform { name } }` : `fragment F${i} on Query { ...F${i + 1} a${i}: platform { name } ...F${i + 1} }`,
    ).join('\n');
    const reply = await refused('fragment bomb', async () => asRaw(await signedIn(`query { ...F0 }\n${fragments}`)));
    expect(reply.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_REQUEST/);
  });

  it('refuses a flood of directives and of operations in one document', async () => {
    const directives = Array.from({ length: 200 }, () => '@include(if: true)').join(' ');
    await refused('directive flood', async () => asRaw(await signedIn(`{ platform ${directives} { name } }`)));
    const operations = Array.from({ length: 1000 }, (_, i) => `query Q${i} { __typename }`).join('\n');
    await refused('1000 operations', async () => asRaw(await signedIn(operations)));
  });

  it('refuses introspection in production, however deep', async () => {
    let type = 'name';
    for (let i = 0; i < 30; i++) type = `ofType { ${type} }`;
    await refused('deep introspection', async () => asRaw(await signedIn(`{ __schema { types { fields { type { ${type} } } } } }`)));
  });
});

describe('huge lists and pages in variables', () => {
  it('refuses lists far beyond what the apps send, changing nothing', async () => {
    const before = await fingerprints.take();
    const ids = Array.from({ length: 15_000 }, () => fx.units.tangsel![0]!);
    await refused('15,000 unit ids to sample', async () =>
      asRaw(await signedIn('mutation($c: ID!, $u: [ID!]!) { sampleUnits(cycleId: $c, unitIds: $u) { __typename } }', { c: collection.cycleId, u: ids })),
    );
    const answers = Array.from({ length: 10_000 }, () => ({ indicatorCode: collection.unansweredCode, value: 1 }));
    const assessmentId = collection.assessments[fx.units.tangsel![0]!]!;
    await refused('10,000 answers in one save', async () =>
      asRaw(await signedIn('mutation($a: ID!, $x: [AnswerInput!]!) { saveAnswers(assessmentId: $a, expectedVersion: 1, answers: $x) { id } }', { a: assessmentId, x: answers })),
    );
    await refused('a page of a million', async () => asRaw(await signedIn('{ institutions(first: 1000000) { totalCount } }')));
    await refused('a negative page', async () => asRaw(await signedIn('{ institutions(first: -5) { totalCount } }')));
    // Written out by hand: JSON.stringify itself would overflow the stack.
    const deep = `${'{"search":'.repeat(20_000)}"x"${'}'.repeat(20_000)}`;
    const query = JSON.stringify('query($f: InstitutionFilter) { institutions(filter: $f) { totalCount } }');
    await refused('variables nested 20,000 deep', () => raw(`{"query":${query},"variables":{"f":${deep}}}`, { 'content-type': 'application/json' }));
    expect(fingerprints.changedTables(before, await fingerprints.take())).toEqual([]);
  });
});

describe('the whole battery', () => {
  it('leaves the server answering, its memory where it was', async () => {
    const pid = api.server.child.pid!;
    const before = rssMb(pid);
    // The battery once more, ten times over, for its memory cost.
    const ids = Array.from({ length: 15_000 }, () => fx.units.tangsel![0]!);
    for (let i = 0; i < 10; i++) {
      await signedIn('mutation($c: ID!, $u: [ID!]!) { sampleUnits(cycleId: $c, unitIds: $u) { __typename } }', { c: collection.cycleId, u: ids });
      await signedIn(Array.from({ length: 1000 }, (_, n) => `query Q${n} { __typename }`).join('\n'));
    }
    const after = rssMb(pid);
    console.info(
      `refusals: ${refusals.map((r) => `${r.what} → ${r.code} in ${r.ms} ms`).join('; ')}; server RSS ${before.toFixed(0)} → ${after.toFixed(0)} MB over 20 more abusive requests`,
    );
    expect(outcomeOf(await signedIn('{ platform { name } }'))).toBe('ok');
    expect(after - before).toBeLessThan(64);
  });
});
