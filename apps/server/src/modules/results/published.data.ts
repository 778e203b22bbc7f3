/**
 * Reading published results. Each function is one SQL statement, whatever the size of a cycle:
 * a national cycle's ~590 results come with their bodies and provinces in one join, so a full
 * ranking costs the same three statements as a page of five.
 *
 * A cycle's results are public once the cycle is PUBLISHED (or later ARCHIVED); its latest revision
 * is what it says now, earlier revisions stay readable as the record of its corrections.
 */
import type { CycleStage, InstitutionType, PrismaClient, ResultSource, Zone } from '@patuh/db';

export interface PublishedRevision {
  id: string;
  cycleId: string;
  year: number;
  revision: number;
  source: ResultSource;
  reason: string | null;
  publishedAt: Date;
  /** The revision or its whole cycle is synthetic demo data. */
  synthetic: boolean;
  methodologyId: string | null;
}

/** A body's result in a revision, with the body and its province. */
export interface PublishedResult {
  institutionId: string;
  code: string | null;
  name: string;
  type: InstitutionType;
  provinceCode: string | null;
  provinceName: string | null;
  provinceIsoCode: string | null;
  /** The two-decimal score in hundredths, exact. */
  scoreHundredths: number;
  grade: string;
  zone: Zone;
  label: string | null;
  rankNational: number;
  rankType: number;
  rankProvince: number | null;
  unitCount: number;
}

export interface PreviousResult {
  institutionId: string;
  year: number;
  scoreHundredths: number;
  grade: string;
  zone: Zone;
}

/** A published cycle's latest revision, or the revision asked for; null when there is none. */
export async function findPublishedRevision(prisma: PrismaClient, year: number, revision?: number | null): Promise<PublishedRevision | null> {
  const rows = await prisma.$queryRaw<PublishedRevision[]>`
    SELECT r.id, r.cycle_id AS "cycleId", c.year, r.revision, r.source::text AS source, r.reason,
           r.published_at AS "publishedAt", (r.synthetic OR c.synthetic) AS synthetic, r.methodology_id AS "methodologyId"
      FROM result_revision r
      JOIN cycle c ON c.id = r.cycle_id
     WHERE c.year = ${year} AND c.stage IN ('PUBLISHED', 'ARCHIVED')
       AND (${revision ?? null}::int IS NULL OR r.revision = ${revision ?? null}::int)
     ORDER BY r.revision DESC
     LIMIT 1`;
  return rows[0] ?? null;
}

/** A revision in the list of every published cycle's revisions. */
export interface ListedRevision extends PublishedRevision {
  stage: CycleStage;
  institutionCount: number;
  /** The method's own id and version, e.g. METHOD_2022 and 2023.1, from the methodology document. */
  methodId: string | null;
  methodVersion: string | null;
}

/** Every revision of every published cycle (or of one year), the latest year first and each year's latest revision first. */
export async function listPublishedRevisions(prisma: PrismaClient, year?: number): Promise<ListedRevision[]> {
  return prisma.$queryRaw<ListedRevision[]>`
    SELECT r.id, r.cycle_id AS "cycleId", c.year, r.revision, r.source::text AS source, r.reason,
           r.published_at AS "publishedAt", (r.synthetic OR c.synthetic) AS synthetic, r.methodology_id AS "methodologyId",
           c.stage::text AS stage, m.document->>'id' AS "methodId", m.document->>'version' AS "methodVersion",
           (SELECT count(*)::int FROM institution_result ir WHERE ir.revision_id = r.id) AS "institutionCount"
      FROM result_revision r
      JOIN cycle c ON c.id = r.cycle_id
      LEFT JOIN methodology m ON m.id = r.methodology_id
     WHERE c.stage IN ('PUBLISHED', 'ARCHIVED') AND (${year ?? null}::int IS NULL OR c.year = ${year ?? null}::int)
     ORDER BY c.year DESC, r.revision DESC`;
}

/** Every body's result in a revision, best first. */
export function loadPublishedResults(prisma: PrismaClient, revisionId: string): Promise<PublishedResult[]> {
  return prisma.$queryRaw<PublishedResult[]>`
    SELECT ir.institution_id AS "institutionId", i.code, i.name, i.type::text AS type,
           i.province_code AS "provinceCode", p.name AS "provinceName", p.iso_code AS "provinceIsoCode",
           (ir.score * 100)::int AS "scoreHundredths", ir.grade, ir.zone::text AS zone, ir.label,
           ir.rank_national AS "rankNational", ir.rank_type AS "rankType", ir.rank_province AS "rankProvince",
           ir.unit_count AS "unitCount"
      FROM institution_result ir
      JOIN institution i ON i.id = ir.institution_id
      LEFT JOIN province p ON p.code = i.province_code
     WHERE ir.revision_id = ${revisionId}::uuid
     ORDER BY ir.rank_national, i.name, ir.institution_id`;
}

/** The results of the published cycle before `year` (its latest revision), for year-over-year change. */
export function loadPreviousCycleResults(prisma: PrismaClient, year: number): Promise<PreviousResult[]> {
  return prisma.$queryRaw<PreviousResult[]>`
    WITH previous AS (
      SELECT r.id, c.year
        FROM result_revision r
        JOIN cycle c ON c.id = r.cycle_id
       WHERE c.year < ${year} AND c.stage IN ('PUBLISHED', 'ARCHIVED')
       ORDER BY c.year DESC, r.revision DESC
       LIMIT 1
    )
    SELECT ir.institution_id AS "institutionId", previous.year, (ir.score * 100)::int AS "scoreHundredths",
           ir.grade, ir.zone::text AS zone
      FROM previous
      JOIN institution_result ir ON ir.revision_id = previous.id`;
}
