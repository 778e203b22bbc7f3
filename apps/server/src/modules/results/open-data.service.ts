/**
 * Open data: a published year's results as one file, CSV or JSON, for anyone to reuse. Each row
 * is a body's result in the year's latest revision; the revision, its source and whether the
 * figures are synthetic demo data travel with every row (CSV) or once (JSON).
 */
import type { PrismaClient } from '@patuh/db';
import { formatHundredths } from '@patuh/scoring';
import { toCsv, type CsvValue } from './csv.js';
import { findPublishedRevision, loadPublishedResults, type PublishedResult, type PublishedRevision } from './published.data.js';
import { scoreOf } from './results.shared.js';

export interface OpenDataset {
  revision: PublishedRevision;
  results: PublishedResult[];
}

/** The year's latest published revision: its id tells whether a client's copy is current. */
export function openDataRevision(prisma: PrismaClient, year: number): Promise<PublishedRevision | null> {
  return findPublishedRevision(prisma, year);
}

export async function openDataset(prisma: PrismaClient, revision: PublishedRevision): Promise<OpenDataset> {
  return { revision, results: await loadPublishedResults(prisma, revision.id) };
}

const COLUMNS = [
  'year',
  'institution_code',
  'institution_name',
  'institution_type',
  'province_code',
  'province_name',
  'score',
  'grade',
  'zone',
  'rank_national',
  'rank_type',
  'rank_province',
  'revision',
  'source',
  'synthetic',
] as const;

/** UTF-8 with a byte-order mark, so spreadsheet apps read the names' accents right. */
export function openDataCsv({ revision, results }: OpenDataset): string {
  const rows = results.map((r): CsvValue[] => [
    revision.year,
    r.code,
    r.name,
    r.type,
    r.provinceCode,
    r.provinceName,
    formatHundredths(r.scoreHundredths),
    r.grade,
    r.zone,
    r.rankNational,
    r.rankType,
    r.rankProvince,
    revision.revision,
    revision.source,
    revision.synthetic,
  ]);
  return '\uFEFF' + toCsv([COLUMNS, ...rows]);
}

export function openDataJson({ revision, results }: OpenDataset) {
  return {
    year: revision.year,
    revision: revision.revision,
    revisionId: revision.id,
    publishedAt: revision.publishedAt.toISOString(),
    corrected: revision.revision > 1,
    reason: revision.reason,
    source: revision.source,
    synthetic: revision.synthetic,
    institutions: results.map((r) => ({
      code: r.code,
      name: r.name,
      type: r.type,
      provinceCode: r.provinceCode,
      provinceName: r.provinceName,
      score: scoreOf(r.scoreHundredths),
      grade: r.grade,
      zone: r.zone,
      rankNational: r.rankNational,
      rankType: r.rankType,
      rankProvince: r.rankProvince,
    })),
  };
}
