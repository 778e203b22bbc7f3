/**
 * Two server instances on one database, as behind a load balancer: a publication or correction
 * made through one is seen through the other's cached public reads at once (its cache is dropped
 * on PostgreSQL's notification), and a session opened on one works, and ends, on both.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_USERS, seedFixture, type Fixture } from '../../src/testing/fixture.js';
import { startApi, type TestApi } from '../../src/testing/api.js';
import { startServerProcess, type ServerProcess } from '../../src/testing/server-process.js';
import { documentPath, trustedDocument } from '../support/documents.js';
import { get, outcomeOf, postGraphQL, signInCookie, sleep, type Probe } from '../support/http.js';

/** "At once": what a reader of the other instance may wait, at most. */
const VISIBLE_WITHIN_MS = 1000;
const ENV = { NODE_ENV: 'production', SESSION_SECRET: 'faults-'.repeat(8) };

let a: TestApi;
let b: ServerProcess;
let fx: Fixture;

beforeAll(async () => {
  a = await startApi(
    'faults_two_instances',
    async (prisma) => {
      fx = await seedFixture(prisma);
    },
    ENV,
  );
  b = await startServerProcess({ DATABASE_URL: a.databaseUrl, ...ENV });
});
afterAll(async () => {
  await b?.stop();
  await a?.stop();
});

/** A cached public read on instance B, primed until B answers it from its cache. */
async function primedOnB(path: string): Promise<Probe> {
  for (let i = 0; i < 50; i++) {
    const probe = await get(b.baseUrl, path);
    if (probe.headers?.get('x-cache') === 'HIT') return probe;
    await sleep(100);
  }
  throw new Error(`instance B never answered ${path} from its cache`);
}

/** Polls B's cached read until `seen` holds, and says how long after `since` that was. */
async function delayUntilSeenOnB(path: string, since: number, seen: (probe: Probe) => boolean): Promise<number> {
  for (;;) {
    const probe = await get(b.baseUrl, path);
    if (seen(probe)) return Date.now() - since;
    if (Date.now() - since > VISIBLE_WITHIN_MS) return Infinity;
    await sleep(10);
  }
}

const PUBLISHED_CYCLES = documentPath(trustedDocument('PublishedCycles'));
const RANKINGS_2023 = documentPath(trustedDocument('Rankings'), { cycleYear: 2023, first: 10 });
type PublishedCycles = { publishedCycles: { year: number; latestRevision: { revision: number } }[] };
type Rankings = { rankings: { nodes: { institution: { id: string }; score: number }[] } };

describe('two instances on one database', () => {
  it('shows a publication made on A through B’s cached reads at once', async () => {
    const before = (await primedOnB(PUBLISHED_CYCLES)).body?.data as PublishedCycles;
    expect(before.publishedCycles.map((c) => c.year)).toEqual([2023]);

    const cycleId = fx.cycles.clarification2024;
    const { version } = await a.prisma.cycle.update({ where: { id: cycleId }, data: { stage: 'DECISION', version: { increment: 1 } } });
    const admin = await signInCookie(a.baseUrl, FIXTURE_USERS.admin);
    const published = await postGraphQL(a.baseUrl, trustedDocument('PublishCycle').text, { input: { cycleId, expectedVersion: version } }, { cookie: admin });
    const answeredAt = Date.now();
    expect(outcomeOf(published)).toBe('ok');

    const delay = await delayUntilSeenOnB(PUBLISHED_CYCLES, answeredAt, (p) =>
      ((p.body?.data as PublishedCycles | undefined)?.publishedCycles ?? []).some((c) => c.year === 2024),
    );
    console.info(`publication on A seen through B's cache after ${delay} ms`);
    expect(delay).toBeLessThanOrEqual(VISIBLE_WITHIN_MS);
  });

  it('shows a correction made on A through B’s cached rankings at once', async () => {
    const scoreOf = (p: Probe, id: string) => (p.body?.data as Rankings | undefined)?.rankings.nodes.find((n) => n.institution.id === id)?.score;
    const kemenkes = fx.institutions.kemenkes;
    const before = scoreOf(await primedOnB(RANKINGS_2023), kemenkes);
    expect(before).toBeDefined();

    // The findings of one body change after publication (an accepted clarification would do this).
    const assessments = await a.prisma.assessment.findMany({ where: { cycleId: fx.cycles.published2023, unitId: { in: fx.units.kemenkes! } }, select: { id: true } });
    await a.prisma.assessmentAnswer.updateMany({ where: { assessmentId: { in: assessments.map((x) => x.id) }, value: { not: null } }, data: { value: 0 } });
    const admin = await signInCookie(a.baseUrl, FIXTURE_USERS.admin);
    const corrected = await postGraphQL(
      a.baseUrl,
      trustedDocument('PublishCorrection').text,
      { input: { cycleId: fx.cycles.published2023, reason: 'Temuan Kementerian Kesehatan dikoreksi setelah klarifikasi.' } },
      { cookie: admin },
    );
    const answeredAt = Date.now();
    expect(outcomeOf(corrected)).toBe('ok');

    const delay = await delayUntilSeenOnB(RANKINGS_2023, answeredAt, (p) => {
      const score = scoreOf(p, kemenkes);
      return score !== undefined && score !== before;
    });
    const after = scoreOf(await get(b.baseUrl, RANKINGS_2023), kemenkes);
    console.info(`correction on A (score ${before} → ${after}) seen through B's cached rankings after ${delay} ms`);
    expect(delay).toBeLessThanOrEqual(VISIBLE_WITHIN_MS);
    expect(after).toBeLessThan(before!);
  });

  it('keeps a session opened on A working on B, and a sign-out on B ends it on A', async () => {
    const cookie = await signInCookie(a.baseUrl, FIXTURE_USERS.regionalBanten);
    const me = '{ me { email role } }';
    const onB = await postGraphQL(b.baseUrl, me, {}, { cookie });
    expect(onB.body?.data).toEqual({ me: { email: FIXTURE_USERS.regionalBanten.email, role: 'REGIONAL_STAFF' } });

    expect(outcomeOf(await postGraphQL(b.baseUrl, 'mutation { signOut }', {}, { cookie }))).toBe('ok');
    expect((await postGraphQL(a.baseUrl, me, {}, { cookie })).body?.data).toEqual({ me: null });
    expect((await postGraphQL(b.baseUrl, me, {}, { cookie })).body?.data).toEqual({ me: null });
  });
});
