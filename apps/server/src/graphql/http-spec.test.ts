/**
 * The GraphQL-over-HTTP specification's MUST audits (graphql-http's serverAudits) against the
 * real server. Several audits query `__type`, so the server runs with introspection on (as it
 * does outside production); production differs only in refusing introspection.
 * GET audits go through a fetch that adds Apollo's CSRF preflight header, as any real client
 * of a non-cached GET must (cross-site GETs without it are refused on purpose).
 */
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../testing/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi('http_spec');
});
afterAll(async () => {
  await api?.stop();
});

const withPreflight: typeof fetch = (input, init = {}) =>
  fetch(input, { ...init, headers: { ...(init.headers as Record<string, string>), 'apollo-require-preflight': 'true' } });

describe('GraphQL over HTTP', () => {
  it('passes every MUST audit', async () => {
    const audits = serverAudits({ url: () => `${api.baseUrl}/graphql`, fetchFn: withPreflight }).filter((a) => a.name.startsWith('MUST'));
    expect(audits.length).toBeGreaterThan(5);
    const failures: string[] = [];
    for (const audit of audits) {
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});
