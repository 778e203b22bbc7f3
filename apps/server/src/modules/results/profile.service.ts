/**
 * A body's published record: its result in every published cycle (each cycle's latest revision),
 * its units' results in the latest one, and how many improvement points its report card has.
 */
import type { Prisma, PrismaClient } from '@patuh/db';
import type { GradeBand, Methodology as MethodologyDocument } from '@patuh/scoring';
import { isStaff, type Viewer } from '../../auth/viewer.js';
import { notFound, type Bilingual } from '../../errors.js';
import { feedbackSummary } from '../feedback/feedback.service.js';
import { listPublishedRevisions, type ListedRevision } from './published.data.js';
import { methodologyOfRevision, toResultInstitution } from './results.shared.js';
import type { DimensionResult, InstitutionProfile, InstitutionYearResult, PublishedUnitResult, ResultInstitution } from './results.type.js';

const INSTITUTION: Bilingual = { id: 'Instansi', en: 'Institution' };

/** A year's result with where it comes from, for callers that read more of that revision. */
export interface YearResult extends InstitutionYearResult {
  cycleId: string;
  revisionId: string;
  methodologyId: string | null;
}

export interface BodyRecord {
  institution: ResultInstitution;
  active: boolean;
}

export async function findBodyRecord(prisma: PrismaClient, id: string): Promise<BodyRecord> {
  const row = await prisma.institution.findUnique({
    where: { id },
    select: { id: true, code: true, name: true, type: true, provinceCode: true, active: true, province: { select: { name: true, isoCode: true } } },
  });
  if (row === null) throw notFound(INSTITUTION);
  const institution = toResultInstitution({
    institutionId: row.id,
    code: row.code,
    name: row.name,
    type: row.type,
    provinceCode: row.provinceCode,
    provinceName: row.province?.name ?? null,
    provinceIsoCode: row.province?.isoCode ?? null,
  });
  return { institution, active: row.active };
}

/** The body's result in the latest revision of every published cycle, oldest first. */
export async function resultsAcrossCycles(prisma: PrismaClient, institutionId: string): Promise<YearResult[]> {
  const latestOfCycle = new Map<string, ListedRevision>();
  for (const revision of await listPublishedRevisions(prisma)) {
    if (!latestOfCycle.has(revision.cycleId)) latestOfCycle.set(revision.cycleId, revision);
  }
  const revisions = [...latestOfCycle.values()];
  const methodologyIds = revisions.flatMap((r) => (r.methodologyId === null ? [] : [r.methodologyId]));
  const [results, bandRows] = await Promise.all([
    prisma.institutionResult.findMany({
      where: { institutionId, revisionId: { in: revisions.map((r) => r.id) } },
      select: { revisionId: true, score: true, grade: true, zone: true, label: true, rankNational: true, rankType: true, rankProvince: true, unitCount: true },
    }),
    methodologyIds.length === 0
      ? Promise.resolve([])
      : prisma.$queryRaw<{ id: string; gradeBands: GradeBand[] }[]>`
          SELECT id, document->'gradeBands' AS "gradeBands" FROM methodology WHERE id = ANY(${methodologyIds}::uuid[])`,
  ]);
  const bandsOf = new Map(bandRows.map((row) => [row.id, row.gradeBands]));
  const resultOf = new Map(results.map((row) => [row.revisionId, row]));
  return revisions
    .flatMap((revision) => {
      const result = resultOf.get(revision.id);
      if (result === undefined) return [];
      return [
        {
          year: revision.year,
          cycleId: revision.cycleId,
          revisionId: revision.id,
          methodologyId: revision.methodologyId,
          score: result.score.toNumber(),
          grade: result.grade,
          zone: result.zone,
          label: result.label,
          rankNational: result.rankNational,
          rankType: result.rankType,
          rankProvince: result.rankProvince,
          unitCount: result.unitCount,
          gradeBands: [...((revision.methodologyId && bandsOf.get(revision.methodologyId)) || [])],
          revision: revision.revision,
          corrected: revision.revision > 1,
          publishedAt: revision.publishedAt,
          source: revision.source,
          synthetic: revision.synthetic,
        },
      ];
    })
    .sort((a, b) => a.year - b.year);
}

/**
 * A body's public page. A deactivated body without any published result is unknown to the
 * public, as it is in the registry.
 */
export async function institutionProfile(prisma: PrismaClient, viewer: Viewer, id: string): Promise<InstitutionProfile> {
  const { institution, active } = await findBodyRecord(prisma, id);
  const results = await resultsAcrossCycles(prisma, id);
  if (!active && results.length === 0 && !isStaff(viewer)) throw notFound(INSTITUTION);
  const latest = results.at(-1);
  if (latest === undefined) return { institution, results, latestYear: null, latestUnits: [], feedbackSummary: null };
  const [latestUnits, summary] = await Promise.all([
    publishedUnitResults(prisma, latest, id),
    feedbackSummary(prisma, latest.cycleId, id),
  ]);
  return { institution, results, latestYear: latest.year, latestUnits, feedbackSummary: summary };
}

/** The body's units in a revision, by name, with the dimension breakdown stored at publication. */
export async function publishedUnitResults(prisma: PrismaClient, result: YearResult, institutionId: string): Promise<PublishedUnitResult[]> {
  const [rows, methodology] = await Promise.all([
    prisma.unitResult.findMany({
      where: { revisionId: result.revisionId, institutionId },
      select: { score: true, grade: true, zone: true, breakdown: true, unit: { select: { id: true, name: true, kind: true } } },
      orderBy: { unit: { name: 'asc' } },
    }),
    methodologyOfRevision(prisma, result),
  ]);
  return rows.map((row) => ({
    unit: row.unit,
    score: row.score.toNumber(),
    grade: row.grade,
    zone: row.zone,
    dimensions: dimensionsOf(row.breakdown, methodology?.document ?? null),
  }));
}

interface StoredDimension {
  code: string;
  weight: number;
  score: number | null;
  maxPoints: number;
  points: number;
  lostPoints: number;
}

function isStoredDimension(value: unknown): value is StoredDimension {
  const d = value as Partial<StoredDimension> | null;
  return (
    typeof d?.code === 'string' &&
    typeof d.weight === 'number' &&
    (d.score === null || typeof d.score === 'number') &&
    typeof d.maxPoints === 'number' &&
    typeof d.points === 'number' &&
    typeof d.lostPoints === 'number'
  );
}

/** The stored breakdown (see publication.service), with each dimension's title from the methodology. */
function dimensionsOf(breakdown: Prisma.JsonValue, methodology: MethodologyDocument | null): DimensionResult[] {
  const stored = (breakdown as { dimensions?: unknown } | null)?.dimensions;
  if (!Array.isArray(stored)) return [];
  return stored.filter(isStoredDimension).map((d) => ({
    code: d.code,
    title: methodology?.dimensions.find((m) => m.code === d.code)?.title ?? null,
    weight: d.weight,
    score: d.score,
    maxPoints: d.maxPoints,
    points: d.points,
    lostPoints: d.lostPoints,
  }));
}
