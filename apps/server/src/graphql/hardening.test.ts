/** What the API refuses before doing any work: abusive shapes, batches, cross-site requests, oversized bodies. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../testing/api.js';
import { QUERY_LIMITS } from './protection.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi('hardening', undefined, { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) });
});
afterAll(async () => {
  await api?.stop();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${api.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

async function firstError(res: Response): Promise<{ message: string; extensions?: { code?: string } } | undefined> {
  const body = (await res.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return body.errors?.[0];
}

describe('the API refuses', () => {
  it('deep nesting', async () => {
    const deep = `{ ${'me { institution { id } } '.repeat(1)}}`;
    expect((await post({ query: deep })).status).toBe(200);
    let nested = 'id';
    for (let i = 0; i < QUERY_LIMITS.maxDepth + 2; i++) nested = `__typename a${i}: me { ${nested} }`;
    const res = await post({ query: `{ ${nested} }` });
    const err = await firstError(res);
    expect(err?.message).toMatch(/depth|Token|alias/i);
  });

  it('thousands of aliases', async () => {
    const aliases = Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(' ');
    const err = await firstError(await post({ query: `{ ${aliases} }` }));
    expect(err?.message).toMatch(/alias|token/i);
  });

  it('batched requests', async () => {
    const res = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(res.status).toBe(400);
  });

  it('a GET query without the preflight header (CSRF)', async () => {
    const res = await fetch(`${api.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF|preflight/i);
  });

  it('a form-encoded POST (a cross-site form cannot send JSON)', async () => {
    const res = await post('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBeGreaterThanOrEqual(400);
  });

  it('an oversized body', async () => {
    const res = await post({ query: '{ __typename }', variables: { blob: 'x'.repeat(2_000_000) } });
    expect(res.status).toBe(413);
    expect((await firstError(res))?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    const broken = await post('{"query": ', {});
    expect(broken.status).toBe(400);
    expect(await broken.text()).not.toMatch(/at .*\.js:\d+/);
  });

  it('introspection and field suggestions in production', async () => {
    expect((await firstError(await post({ query: '{ __schema { types { name } } }' })))?.message).toMatch(/introspection/i);
    const err = await firstError(await post({ query: '{ platfor { name } }' }));
    expect(err?.message).not.toMatch(/Did you mean/);
  });

  it('hides internals of unexpected errors in production', async () => {
    const res = await post({ query: '{ __typename }' });
    expect(((await res.json()) as { data: unknown }).data).toEqual({ __typename: 'Query' });
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
