/**
 * PostgreSQL restarted in the middle of load: the server process lives on, requests during the
 * outage get a clean, retryable GraphQL error (SERVICE_UNAVAILABLE), and every kind of request
 * works again within 5 s of the database's return, without restarting the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations, createPrismaClient } from '@patuh/db';
import { FIXTURE_USERS, seedFixture } from '../../src/testing/fixture.js';
import { startServerProcess, type ServerProcess } from '../../src/testing/server-process.js';
import { startRestartableCluster, type RestartableCluster } from '../support/cluster.js';
import { documentPath, trustedDocument } from '../support/documents.js';
import { get, keepLoad, outcomeOf, postGraphQL, signInCookie, sleep, tally, type Probe } from '../support/http.js';

const RECOVERY_BOUND_MS = 5000;
const OUTAGE_MS = 3000;

let cluster: RestartableCluster;
let server: ServerProcess;
let adminCookie: string;

beforeAll(async () => {
  cluster = await startRestartableCluster();
  await applyMigrations(cluster.url);
  const prisma = createPrismaClient(cluster.url);
  await seedFixture(prisma);
  await prisma.$disconnect();
  server = await startServerProcess({ DATABASE_URL: cluster.url, NODE_ENV: 'production', SESSION_SECRET: 'faults-'.repeat(8) });
  adminCookie = await signInCookie(server.baseUrl, FIXTURE_USERS.admin);
});

afterAll(async () => {
  await server?.stop();
  await cluster?.destroy();
});

/** The kinds of request a publication-day crowd and staff send, each needing the database differently. */
function requestKinds(baseUrl: string, cookie: string): Record<string, () => Promise<Probe>> {
  const rankings = trustedDocument('Rankings');
  return {
    // Answered from memory while the cache can be trusted, from the database otherwise.
    cachedRankings: () => get(baseUrl, documentPath(rankings, { cycleYear: 2023, first: 20 }), { timeoutMs: 10_000 }),
    uncachedRankings: () => postGraphQL(baseUrl, rankings.text, { cycleYear: 2023, first: 20 }, { timeoutMs: 10_000 }),
    // The session is resolved from the database before anything runs.
    signedIn: () => postGraphQL(baseUrl, '{ me { id email role } cycles { id year stage } }', {}, { cookie, timeoutMs: 10_000 }),
  };
}

describe('PostgreSQL restarted under load', () => {
  it('keeps the server up, answers SERVICE_UNAVAILABLE during the outage, and recovers within 5 s', async () => {
    const kinds = requestKinds(server.baseUrl, adminCookie);
    const names = Object.keys(kinds);
    for (const name of names) expect(outcomeOf(await kinds[name]!()), name).toBe('ok');

    const byKind = new Map<Probe, string>();
    const load = keepLoad(6, async (worker, n) => {
      const name = names[(worker + n) % names.length]!;
      const probe = await kinds[name]!();
      byKind.set(probe, name);
      return probe;
    });
    await sleep(1000);
    const outageStartedAt = Date.now();
    await cluster.stop();
    await sleep(OUTAGE_MS);
    await cluster.start();
    const backAt = Date.now();
    await sleep(RECOVERY_BOUND_MS + 3000);
    const probes = await load.stop();

    const during = probes.filter((p) => p.startedAt >= outageStartedAt + 200 && p.startedAt + p.ms < backAt);
    const afterBound = probes.filter((p) => p.startedAt >= backAt + RECOVERY_BOUND_MS);
    const recoveredAfterMs = Object.fromEntries(
      names.map((name) => {
        const firstOk = probes.find((p) => byKind.get(p) === name && p.startedAt >= backAt && outcomeOf(p) === 'ok');
        return [name, firstOk ? firstOk.startedAt + firstOk.ms - backAt : Infinity];
      }),
    );
    console.info(
      `database restart: ${probes.length} requests; outage ${backAt - outageStartedAt} ms; ` +
        `during: ${JSON.stringify(tally(during))}; recovered after (ms): ${JSON.stringify(recoveredAfterMs)}; ` +
        `after the bound: ${JSON.stringify(tally(afterBound))}`,
    );

    // An unexpected error is logged by the server under its request id: show it when there is one.
    const unexpected = server.output().split('\n').filter((l) => l.includes('unexpected error'));
    if (unexpected.length) console.error(unexpected.slice(0, 3).join('\n'));
    expect(server.child.exitCode, 'the server process survives').toBeNull();
    // Every request got an answer from the server: complete, or a clean retryable error.
    expect(Object.keys(tally(probes)).filter((o) => o !== 'ok' && o !== 'SERVICE_UNAVAILABLE')).toEqual([]);
    expect(tally(during).SERVICE_UNAVAILABLE ?? 0).toBeGreaterThan(0);
    for (const p of probes.filter((p) => outcomeOf(p) === 'SERVICE_UNAVAILABLE')) {
      expect(p.body?.errors?.[0]?.extensions?.i18n?.en).toMatch(/database cannot be reached/);
      expect(JSON.stringify(p.body)).not.toMatch(/ECONNREFUSED|stack|at .*\.js:\d+/);
    }
    for (const name of names) expect(recoveredAfterMs[name], name).toBeLessThanOrEqual(RECOVERY_BOUND_MS);
    expect(tally(afterBound)).toEqual({ ok: afterBound.length });

    // Readiness follows the database too, and the public cache works again.
    expect((await get(server.baseUrl, '/readyz')).status).toBe(200);
    await kinds.cachedRankings!();
    expect((await kinds.cachedRankings!()).headers?.get('x-cache')).toBe('HIT');
  });
});
