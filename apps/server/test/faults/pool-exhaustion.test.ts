/**
 * Every pooled connection taken by slow queries: requests beyond the pool wait for a connection
 * no longer than the pool's connection timeout (2 s) and fail with a clear, retryable error
 * instead of hanging; the slow ones finish once unblocked, and service carries on.
 *
 * The slow queries are real: a second connection holds an ACCESS EXCLUSIVE lock on the registry's
 * institution table, so each registry search holds its pooled connection while it waits. Nothing
 * in the server knows it is being tested.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_USERS, seedFixture } from '../../src/testing/fixture.js';
import { startApi, type TestApi } from '../../src/testing/api.js';
import { trustedDocument } from '../support/documents.js';
import { outcomeOf, postGraphQL, signInCookie, sleep, tally, type Probe } from '../support/http.js';

const POOL_SIZE = 2;
/** prisma/src/client.ts: how long a request waits for a pooled connection. */
const CONNECTION_TIMEOUT_MS = 2000;
/** What a refused request may take beyond that wait: parsing, the error's formatting, loopback. */
const ANSWER_MARGIN_MS = 400;

let api: TestApi;
beforeAll(async () => {
  api = await startApi('faults_pool', seedFixture, {
    PATUH_DB_POOL_SIZE: String(POOL_SIZE),
    NODE_ENV: 'production',
    SESSION_SECRET: 'faults-'.repeat(8),
  });
});
afterAll(async () => {
  await api?.stop();
});

/** Server connections waiting on a lock, as PostgreSQL sees them. */
async function waitingOnLocks(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
  );
  return rows[0]!.n;
}

describe('a connection pool exhausted by slow queries', () => {
  it('fails the requests beyond it within the connection timeout, with SERVICE_UNAVAILABLE, and recovers', async () => {
    const search = trustedDocument('RegistrySearch');
    const slowRead = () => postGraphQL(api.baseUrl, search.text, { search: 'Tangerang', first: 5 }, { timeoutMs: 40_000 });
    expect(outcomeOf(await slowRead())).toBe('ok');
    const cookie = await signInCookie(api.baseUrl, FIXTURE_USERS.verifier);

    const blocker = new pg.Client({ connectionString: api.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE institution IN ACCESS EXCLUSIVE MODE');
      const slow = Array.from({ length: POOL_SIZE }, () => slowRead());
      for (let i = 0; i < 100 && (await waitingOnLocks(blocker)) < POOL_SIZE; i++) await sleep(50);
      expect(await waitingOnLocks(blocker)).toBe(POOL_SIZE);

      // Reads that need the database at all, public and signed in, while no connection is free.
      const beyond: Probe[] = await Promise.all([
        postGraphQL(api.baseUrl, '{ cycles { id year } }'),
        postGraphQL(api.baseUrl, '{ me { id } }', {}, { cookie }),
        postGraphQL(api.baseUrl, 'mutation { signIn(input: { email: "admin@fixture.test", password: "Fixture-Password-1" }) { id } }'),
      ]);
      const slowest = Math.max(...beyond.map((p) => p.ms));
      console.info(`pool of ${POOL_SIZE} exhausted: ${beyond.length} requests beyond it answered ${JSON.stringify(tally(beyond))} in ${beyond.map((p) => p.ms).join(', ')} ms`);
      for (const probe of beyond) {
        expect(outcomeOf(probe)).toBe('SERVICE_UNAVAILABLE');
        expect(probe.body?.errors?.[0]?.extensions?.i18n?.en).toMatch(/database cannot be reached/);
      }
      expect(slowest).toBeLessThanOrEqual(CONNECTION_TIMEOUT_MS + ANSWER_MARGIN_MS);

      await blocker.query('ROLLBACK');
      // A search reads its page and its count side by side: the statement that found no free
      // connection failed like any other, the ones holding a connection finish.
      const finished = (await Promise.all(slow)).map(outcomeOf);
      console.info(`the slow searches, unblocked: ${finished.join(', ')}`);
      expect(finished.every((o) => o === 'ok' || o === 'SERVICE_UNAVAILABLE')).toBe(true);
      expect(finished).toContain('ok');
    } finally {
      await blocker.end();
    }
    expect(outcomeOf(await postGraphQL(api.baseUrl, '{ cycles { id year } }'))).toBe('ok');
    expect(api.server.child.exitCode).toBeNull();
  });
});
