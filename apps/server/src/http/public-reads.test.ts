/** Public reads by document hash: answered from the cache, revalidated by ETag, dropped at publication. */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../testing/api.js';
import { FIXTURE_USERS, seedFixture, type Fixture } from '../testing/fixture.js';

const require = createRequire(import.meta.url);
const manifest = JSON.parse(readFileSync(require.resolve('@patuh/graphql/persisted-documents.json'), 'utf8')) as Record<string, string>;
const idOf = (operation: string) => Object.entries(manifest).find(([, text]) => new RegExp(`\\b${operation}\\b`).test(text))![0];

let api: TestApi;
let fx: Fixture;
beforeAll(async () => {
  api = await startApi('public_reads', async (p) => {
    fx = await seedFixture(p);
  });
});
afterAll(async () => {
  await api?.stop();
});

const getPath = (documentId: string, variables: unknown) =>
  `/graphql?documentId=${encodeURIComponent(documentId)}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
const get = (documentId: string, variables: unknown, headers: Record<string, string> = {}) => fetch(`${api.baseUrl}${getPath(documentId, variables)}`, { headers });

/** A GET whose body comes back as sent (fetch would decompress it). */
function rawGet(path: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(`${api.baseUrl}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

describe('public reads by document hash', () => {
  const rankings = idOf('query Rankings');

  it('are answered from the cache the second time, with ETag and Cache-Control', async () => {
    const first = await get(rankings, { cycleYear: 2023, first: 50 });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache')).toBe('MISS');
    const body = (await first.json()) as { data: { rankings: { totalCount: number } } };
    expect(body.data.rankings.totalCount).toBe(5);
    const second = await get(rankings, { first: 50, cycleYear: 2023 }); // same variables, other order
    expect(second.headers.get('x-cache')).toBe('HIT');
    // The exact URL again: answered before Express, with the same answer.
    const third = await get(rankings, { first: 50, cycleYear: 2023 });
    expect(third.headers.get('x-cache')).toBe('HIT');
    expect(third.headers.get('etag')).toBe(second.headers.get('etag'));
    expect(await third.json()).toEqual(body);
    expect(second.headers.get('cache-control')).toMatch(/public/);
    const etag = second.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await get(rankings, { cycleYear: 2023, first: 50 }, { 'if-none-match': etag })).status).toBe(304);
  });

  it('are sent compressed to clients that accept it, the same answer once decompressed', async () => {
    const variables = { cycleYear: 2023, first: 50 };
    const plain = await get(rankings, variables, { 'accept-encoding': 'identity' });
    const json = await plain.text();
    expect(plain.headers.get('vary')).toBe('Accept-Encoding');
    for (const coding of ['gzip', 'br'] as const) {
      const reply = await rawGet(getPath(rankings, variables), { 'accept-encoding': coding });
      expect(reply.headers['x-cache']).toBe('HIT');
      expect(reply.headers['content-encoding']).toBe(coding);
      expect(reply.headers.vary).toBe('Accept-Encoding');
      expect(reply.headers.etag).not.toBe(plain.headers.get('etag'));
      expect((coding === 'gzip' ? gunzipSync(reply.body) : brotliDecompressSync(reply.body)).toString()).toBe(json);
    }
  });

  it('are never cached when they fail', async () => {
    const res = await get(rankings, { cycleYear: 2031, first: 50 });
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toMatch(/NOT_FOUND|BAD_USER_INPUT/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await get(rankings, { cycleYear: 2031, first: 50 })).headers.get('x-cache')).toBe('MISS');
  });

  it('are dropped when a correction is published, and show the new revision at once', async () => {
    const revisions = idOf('query ResultRevisions');
    const before = (await (await get(revisions, { cycleYear: 2023 })).json()) as { data: { resultRevisions: unknown[] } };
    expect((await get(revisions, { cycleYear: 2023 })).headers.get('x-cache')).toBe('HIT');
    const admin = await api.signIn(FIXTURE_USERS.admin);
    await admin.data(`mutation C($input: PublishCorrectionInput!) { publishCorrection(input: $input) { revision { revision } } }`, {
      input: { cycleId: fx.cycles.published2023, reason: 'Koreksi data satu unit' },
    });
    const after = await get(revisions, { cycleYear: 2023 });
    expect(after.headers.get('x-cache')).toBe('MISS');
    const body = (await after.json()) as { data: { resultRevisions: unknown[] } };
    expect(body.data.resultRevisions.length).toBe(before.data.resultRevisions.length + 1);
  });

  /** A GET as Apollo Client sends a read by hash: operation name, variables and extensions. */
  const asApolloClientSends = (documentId: string, operationName: string, variables: unknown) =>
    `${api.baseUrl}/graphql?operationName=${operationName}&variables=${encodeURIComponent(JSON.stringify(variables))}` +
    `&extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: documentId.slice('sha256:'.length) } }))}`;

  it('are taken by hash in extensions, as Apollo Client sends them, and answered with __typename', async () => {
    const url = asApolloClientSends(rankings, 'Rankings', { cycleYear: 2023, first: 5 });
    const first = await fetch(url);
    expect(first.status).toBe(200);
    const body = (await first.json()) as { data: { __typename?: string; rankings: { __typename: string; nodes: { __typename: string; institution: { __typename: string } }[] } } };
    expect(body.data.rankings.__typename).toBe('InstitutionRankingConnection');
    expect(body.data.rankings.nodes[0]?.__typename).toBe('InstitutionRanking');
    expect(body.data.rankings.nodes[0]?.institution.__typename).toBe('ResultInstitution');
    expect(body.data.__typename).toBeUndefined(); // none at the root, as Apollo Client asks
    expect((await fetch(url)).headers.get('x-cache')).toBe('HIT');
  });

  it('answer personal documents by hash through Apollo Server, never into shared caches', async () => {
    const url = asApolloClientSends(idOf('query PortalViewer'), 'PortalViewer', {});
    expect((await fetch(url)).status).toBe(400); // without the preflight header (CSRF)
    const officer = await api.signIn(FIXTURE_USERS.officerTangsel);
    const res = await fetch(url, { headers: { 'apollo-require-preflight': 'true', cookie: officer.sessionCookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const body = (await res.json()) as { data: { me: { __typename: string; email: string } } };
    expect(body.data.me).toMatchObject({ __typename: 'Me', email: FIXTURE_USERS.officerTangsel.email });
  });

  it('refuse bad variables and leave personal documents to the CSRF rules', async () => {
    expect((await fetch(`${api.baseUrl}/graphql?documentId=${encodeURIComponent(rankings)}&variables=%7Bnot-json`)).status).toBe(400);
    const me = Object.entries(manifest).find(([, text]) => /^query \w+ \{ me /.test(text) || text.startsWith('query Me'));
    if (me) expect((await get(me[0], {})).status).toBe(400); // a GET without the preflight header
    const unknown = await get('sha256:0000', {});
    expect(unknown.status).toBe(400);
  });
});
