/** Public reads by document hash: answered from the cache, revalidated by ETag, dropped at publication. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const get = (documentId: string, variables: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.baseUrl}/graphql?documentId=${encodeURIComponent(documentId)}&variables=${encodeURIComponent(JSON.stringify(variables))}`, { headers });

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
    expect(second.headers.get('cache-control')).toMatch(/public/);
    const etag = second.headers.get('etag')!;
    expect(etag).toBeTruthy();
    expect((await get(rankings, { cycleYear: 2023, first: 50 }, { 'if-none-match': etag })).status).toBe(304);
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

  it('refuse bad variables and leave personal documents to the CSRF rules', async () => {
    expect((await fetch(`${api.baseUrl}/graphql?documentId=${encodeURIComponent(rankings)}&variables=%7Bnot-json`)).status).toBe(400);
    const me = Object.entries(manifest).find(([, text]) => /^query \w+ \{ me /.test(text) || text.startsWith('query Me'));
    if (me) expect((await get(me[0], {})).status).toBe(400); // a GET without the preflight header
    const unknown = await get('sha256:0000', {});
    expect(unknown.status).toBe(400);
  });
});
