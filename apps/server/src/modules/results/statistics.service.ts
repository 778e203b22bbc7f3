/**
 * Counts and means of a published cycle for the portal's charts and map: bodies per grade and
 * zone in a scope, and per province its bodies, mean score, grades and best body.
 */
import type { InstitutionType, PrismaClient } from '@patuh/db';
import { aggregateUnits, inScope, rankInstitutions, ZONES, type GradeBand } from '@patuh/scoring';
import { loadPublishedResults, type PublishedResult } from './published.data.js';
import { methodologyOfRevision, rankable, requirePublishedRevision, scoreOf, toResultInstitution } from './results.shared.js';
import type { GradeCount, GradeDistribution, ProvinceResultSummary, ZoneCount } from './results.type.js';

export interface DistributionScope {
  type: InstitutionType | null;
  provinceCode: string | null;
}

export async function gradeDistribution(
  prisma: PrismaClient,
  year: number,
  scope: DistributionScope,
  revisionNumber: number | null,
): Promise<GradeDistribution> {
  const revision = await requirePublishedRevision(prisma, year, revisionNumber);
  const [rows, methodology] = await Promise.all([loadPublishedResults(prisma, revision.id), methodologyOfRevision(prisma, revision)]);
  const scoped = rows.filter((row) =>
    inScope(row, { ...(scope.type ? { types: [scope.type] } : {}), ...(scope.provinceCode ? { provinceCode: scope.provinceCode } : {}) }),
  );
  return {
    year: revision.year,
    revision: revision.revision,
    total: scoped.length,
    grades: countGrades(methodology?.document.gradeBands ?? [], scoped),
    zones: countZones(scoped),
  };
}

export async function provinceSummaries(prisma: PrismaClient, year: number, revisionNumber: number | null): Promise<ProvinceResultSummary[]> {
  const revision = await requirePublishedRevision(prisma, year, revisionNumber);
  const [rows, methodology] = await Promise.all([loadPublishedResults(prisma, revision.id), methodologyOfRevision(prisma, revision)]);
  const bands = methodology?.document.gradeBands ?? [];
  const byProvince = new Map<string, PublishedResult[]>();
  for (const row of rows) {
    if (row.provinceCode === null) continue;
    byProvince.set(row.provinceCode, [...(byProvince.get(row.provinceCode) ?? []), row]);
  }
  return [...byProvince.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([code, own]) => summarizeProvince(code, own, bands));
}

function summarizeProvince(code: string, rows: PublishedResult[], bands: readonly GradeBand[]): ProvinceResultSummary {
  const first = rows[0]!;
  // The province's own ranking: the scoring package orders equal scores by name.
  const top = rankInstitutions(rankable(rows))[0]!;
  const best = rows.find((row) => row.institutionId === top.id)!;
  // A mean of scores for display; the scoring package's plain mean rounds it half-up once.
  const mean = aggregateUnits(
    'MEAN_OF_UNITS',
    rows.map((row) => ({ score: null, scoreHundredths: row.scoreHundredths })),
  ).hundredths!;
  return {
    province: { code, name: first.provinceName ?? code, isoCode: first.provinceIsoCode },
    institutionCount: rows.length,
    meanScore: scoreOf(mean),
    grades: countGrades(bands, rows),
    zones: countZones(rows),
    best: { institution: toResultInstitution(best), score: scoreOf(best.scoreHundredths), grade: best.grade, zone: best.zone, rank: top.rank },
  };
}

/** Every grade of the methodology, best first, with zero counts kept so charts keep their axis. */
export function countGrades(bands: readonly GradeBand[], rows: readonly { grade: string }[]): GradeCount[] {
  return bands.map((band) => ({
    code: band.code,
    label: band.label,
    zone: band.zone,
    colour: band.colour,
    min: band.min,
    max: band.max,
    count: rows.filter((row) => row.grade === band.code).length,
  }));
}

export function countZones(rows: readonly { zone: string }[]): ZoneCount[] {
  return ZONES.map((zone) => ({ zone, count: rows.filter((row) => row.zone === zone).length }));
}
