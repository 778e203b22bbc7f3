/**
 * The published cycles: which years have results, their revisions (corrections shown as such),
 * and the method each year was scored with.
 */
import type { PrismaClient } from '@patuh/db';
import type { Methodology } from '../cycle/methodology.type.js';
import { listPublishedRevisions, type ListedRevision } from './published.data.js';
import { publishedResultsNotFound, toRevisionInfo } from './results.shared.js';
import type { CycleMethodology, PublishedCycle, ResultRevisionInfo } from './results.type.js';

/** Every published year, the latest first, with its latest revision and the method it used. */
export async function publishedCycles(prisma: PrismaClient): Promise<PublishedCycle[]> {
  const byCycle = new Map<string, ListedRevision[]>();
  for (const revision of await listPublishedRevisions(prisma)) {
    byCycle.set(revision.cycleId, [...(byCycle.get(revision.cycleId) ?? []), revision]);
  }
  return [...byCycle.values()].map((own) => {
    const latest = own[0]!;
    return {
      cycleId: latest.cycleId,
      year: latest.year,
      stage: latest.stage,
      synthetic: latest.synthetic,
      methodologyId: latest.methodId,
      methodologyVersion: latest.methodVersion,
      latestRevision: toRevisionInfo(latest, latest.institutionCount),
      revisionCount: own.length,
      firstPublishedAt: own.at(-1)!.publishedAt,
    };
  });
}

/** A published year's revisions, the latest first. */
export async function resultRevisions(prisma: PrismaClient, year: number): Promise<ResultRevisionInfo[]> {
  const revisions = await listPublishedRevisions(prisma, year);
  if (revisions.length === 0) throw publishedResultsNotFound(year);
  return revisions.map((r) => toRevisionInfo(r, r.institutionCount));
}

/** The methodology version a published year's latest revision was scored with. */
export async function cycleMethodology(prisma: PrismaClient, year: number): Promise<CycleMethodology> {
  const [latest] = await listPublishedRevisions(prisma, year);
  if (latest === undefined) throw publishedResultsNotFound(year);
  const select = { id: true, version: true, presetId: true, document: true, createdAt: true } as const;
  const methodology: Methodology | null =
    latest.methodologyId === null
      ? await prisma.methodology.findFirst({ where: { cycleId: latest.cycleId }, orderBy: { version: 'desc' }, select })
      : await prisma.methodology.findUnique({ where: { id: latest.methodologyId }, select });
  if (methodology === null) throw publishedResultsNotFound(year);
  return { year, methodology };
}
