/**
 * The server killed hard (SIGKILL) in the middle of publishing a cycle: nothing of the
 * publication is committed (no revision, no result rows, the cycle still in DECISION at its
 * version, no audit event, improvement points still held back), the public sees no results, and
 * the publication run again on a new server gives exactly the results of an uninterrupted run.
 *
 * The publication is stalled at its last write: a second connection holds a lock on the audit
 * table, so the revision and every result row are written in the open transaction when the
 * process dies.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { applyMigrations, createPrismaClient, type PrismaClient } from '@patuh/db';
import { createTestDatabase } from '@patuh/db/testing';
import { publishCycle } from '../../src/modules/publication/publication.service.js';
import { FIXTURE_USERS, seedFixture, type Fixture } from '../../src/testing/fixture.js';
import { startApi, type TestApi } from '../../src/testing/api.js';
import { startServerProcess, type ServerProcess } from '../../src/testing/server-process.js';
import { documentPath, trustedDocument } from '../support/documents.js';
import { get, outcomeOf, postGraphQL, signInCookie } from '../support/http.js';
import { lockTable } from '../support/table-lock.js';

const PUBLISH = trustedDocument('PublishCycle');

let api: TestApi;
let fx: Fixture;
let restarted: ServerProcess | undefined;
let reference: { prisma: PrismaClient; drop(): Promise<void> } | undefined;

/** The 2024 cycle of the fixture, decided: ready to publish. */
async function decide2024(prisma: PrismaClient, cycleId: string): Promise<number> {
  const cycle = await prisma.cycle.update({ where: { id: cycleId }, data: { stage: 'DECISION', version: { increment: 1 } } });
  return cycle.version;
}

/** A cycle's published results keyed by names, which do not depend on generated ids. */
async function publishedResults(prisma: PrismaClient, cycleId: string) {
  const revisions = await prisma.resultRevision.findMany({
    where: { cycleId },
    include: {
      institutionResults: { include: { institution: { select: { name: true } } } },
      unitResults: { include: { unit: { select: { name: true, institution: { select: { name: true } } } } } },
    },
  });
  return revisions.map((r) => ({
    revision: r.revision,
    institutions: r.institutionResults
      .map((i) => `${i.institution.name}: ${String(i.score)} ${i.grade} ${i.zone} #${i.rankNational}/${i.rankType}/${i.rankProvince ?? '-'} (${i.unitCount} units)`)
      .sort(),
    units: r.unitResults.map((u) => `${u.unit.institution.name} / ${u.unit.name}: ${String(u.score)} ${u.grade} ${JSON.stringify(u.breakdown)}`).sort(),
  }));
}

beforeAll(async () => {
  api = await startApi(
    'faults_publication',
    async (prisma) => {
      fx = await seedFixture(prisma);
    },
    { NODE_ENV: 'production', SESSION_SECRET: 'faults-'.repeat(8) },
  );
});
afterAll(async () => {
  await restarted?.stop();
  await api?.stop();
  await reference?.prisma.$disconnect();
  await reference?.drop();
});

describe('the server killed in the middle of a publication', () => {
  it('leaves no half-published cycle, and publishing again gives the results of an uninterrupted run', async () => {
    const cycleId = fx.cycles.clarification2024;
    const version = await decide2024(api.prisma, cycleId);
    const cookie = await signInCookie(api.baseUrl, FIXTURE_USERS.admin);
    const feedbackHeldBack = await api.prisma.feedback.count({ where: { cycleId, publishedAt: null } });

    const lock = await lockTable(api.databaseUrl, 'audit_event');
    try {
      const publishing = postGraphQL(api.baseUrl, PUBLISH.text, { input: { cycleId, expectedVersion: version } }, { cookie, timeoutMs: 60_000 });
      // Everything but the audit event is written in the open transaction: the worst moment to die.
      const [publishingPid] = await lock.waitForWaiters(1, '%audit_event%', 30_000);
      api.server.child.kill('SIGKILL');
      expect((await publishing).network).toBeDefined();
      await lock.release();
      // PostgreSQL rolls the orphaned transaction back once it finds its client gone.
      await lock.waitForBackendGone(publishingPid!);
    } finally {
      await lock.close();
    }

    expect(await api.prisma.resultRevision.count({ where: { cycleId } })).toBe(0);
    expect(await api.prisma.institutionResult.count({ where: { revision: { cycleId } } })).toBe(0);
    expect(await api.prisma.unitResult.count({ where: { revision: { cycleId } } })).toBe(0);
    expect(await api.prisma.cycle.findUniqueOrThrow({ where: { id: cycleId }, select: { stage: true, version: true } })).toEqual({ stage: 'DECISION', version });
    expect(await api.prisma.auditEvent.count({ where: { cycleId, action: 'cycle.publish' } })).toBe(0);
    expect(await api.prisma.feedback.count({ where: { cycleId, publishedAt: null } })).toBe(feedbackHeldBack);

    restarted = await startServerProcess({ DATABASE_URL: api.databaseUrl, NODE_ENV: 'production', SESSION_SECRET: 'faults-'.repeat(8) });
    const rankings2024 = documentPath(trustedDocument('Rankings'), { cycleYear: 2024, first: 50 });
    expect(outcomeOf(await get(restarted.baseUrl, rankings2024))).not.toBe('ok');

    const again = await postGraphQL(restarted.baseUrl, PUBLISH.text, { input: { cycleId, expectedVersion: version } }, { cookie });
    expect(outcomeOf(again)).toBe('ok');
    expect(again.body?.data).toMatchObject({ publishCycle: { cycle: { stage: 'PUBLISHED' }, revision: { revision: 1 } } });
    expect(outcomeOf(await get(restarted.baseUrl, rankings2024))).toBe('ok');

    // The reference: the same world published once, without interruption.
    const db = await createTestDatabase(inject('adminDatabaseUrl'), 'faults_publication_ref');
    await applyMigrations(db.url);
    const prisma = createPrismaClient(db.url);
    reference = { prisma, drop: db.drop };
    const referenceFixture = await seedFixture(prisma);
    await decide2024(prisma, referenceFixture.cycles.clarification2024);
    await publishCycle(prisma, { cycleId: referenceFixture.cycles.clarification2024, actorId: referenceFixture.users.admin });

    const republished = await publishedResults(api.prisma, cycleId);
    const expected = await publishedResults(prisma, referenceFixture.cycles.clarification2024);
    expect(republished[0]!.institutions).toHaveLength(5);
    expect(republished[0]!.units).toHaveLength(10);
    expect(republished).toEqual(expected);
    console.info(`killed mid-publication: nothing committed; republished revision 1 equals the reference (${republished[0]!.institutions.length} bodies, ${republished[0]!.units.length} units)`);
  });
});
