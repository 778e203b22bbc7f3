/**
 * What the results queries share: finding the published revision asked for, the methodology it
 * was scored with, and turning stored rows into the API's shapes.
 */
import type { PrismaClient } from '@patuh/db';
import { assertMethodology, fromHundredths, type Methodology as MethodologyDocument, type RankableInstitution } from '@patuh/scoring';
import { notFound } from '../../errors.js';
import { findPublishedRevision, type PublishedResult, type PublishedRevision } from './published.data.js';
import type { ResultInstitution, ResultRevisionInfo } from './results.type.js';

export const publishedResultsNotFound = (year: number, revision?: number | null) =>
  notFound(
    revision
      ? { id: `Revisi ${revision} hasil penilaian ${year}`, en: `Revision ${revision} of the ${year} results` }
      : { id: `Hasil penilaian ${year} yang dipublikasikan`, en: `Published results of ${year}` },
  );

/** The revision of a published cycle asked for (the latest by default), or NOT_FOUND. */
export async function requirePublishedRevision(prisma: PrismaClient, year: number, revision?: number | null): Promise<PublishedRevision> {
  const found = await findPublishedRevision(prisma, year, revision);
  if (found === null) throw publishedResultsNotFound(year, revision);
  return found;
}

/**
 * The methodology a revision was scored with: the version it names, or for a revision that names
 * none, the cycle's newest. Stored documents were validated when written; this checks again.
 */
export async function methodologyOfRevision(
  prisma: PrismaClient,
  revision: Pick<PublishedRevision, 'cycleId' | 'methodologyId'>,
): Promise<{ id: string; document: MethodologyDocument } | null> {
  const row =
    revision.methodologyId === null
      ? await prisma.methodology.findFirst({ where: { cycleId: revision.cycleId }, orderBy: { version: 'desc' }, select: { id: true, document: true } })
      : await prisma.methodology.findUnique({ where: { id: revision.methodologyId }, select: { id: true, document: true } });
  return row === null ? null : { id: row.id, document: assertMethodology(row.document) };
}

export const scoreOf = (hundredths: number): number => fromHundredths(hundredths);

type InstitutionColumns = Pick<PublishedResult, 'institutionId' | 'code' | 'name' | 'type' | 'provinceCode' | 'provinceName' | 'provinceIsoCode'>;

export function toResultInstitution(row: InstitutionColumns): ResultInstitution {
  return {
    id: row.institutionId,
    code: row.code,
    name: row.name,
    type: row.type,
    province:
      row.provinceCode === null ? null : { code: row.provinceCode, name: row.provinceName ?? row.provinceCode, isoCode: row.provinceIsoCode },
  };
}

export function toRevisionInfo(revision: PublishedRevision, institutionCount: number): ResultRevisionInfo {
  return {
    id: revision.id,
    year: revision.year,
    revision: revision.revision,
    corrected: revision.revision > 1,
    reason: revision.reason,
    publishedAt: revision.publishedAt,
    source: revision.source,
    synthetic: revision.synthetic,
    institutionCount,
  };
}

/** Stored results as the scoring package ranks them (exact hundredths, names to order equal scores). */
export function rankable(rows: readonly PublishedResult[]): RankableInstitution[] {
  return rows.map((row) => ({
    id: row.institutionId,
    name: row.name,
    type: row.type,
    provinceCode: row.provinceCode,
    score: null,
    scoreHundredths: row.scoreHundredths,
  }));
}
