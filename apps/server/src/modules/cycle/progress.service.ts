/**
 * How far a cycle has come, for staff: one grouped query gives the totals and every province's
 * row (GROUPING SETS), however many provinces and units there are.
 */
import type { PrismaClient } from '@patuh/db';
import type { AssessmentStatusCounts, CycleProgress, ProvinceProgress } from './cycle.type.js';

interface ProgressRow {
  isTotal: boolean;
  provinceCode: string | null;
  provinceName: string | null;
  institutionCount: number;
  unitCount: number;
  draft: number;
  submitted: number;
  returned: number;
  verified: number;
}

export async function cycleProgress(prisma: PrismaClient, cycleId: string): Promise<CycleProgress> {
  // Sampled institutions drive the rows, so a body sampled before any of its units still counts.
  const rows = await prisma.$queryRaw<ProgressRow[]>`
    SELECT GROUPING(i.province_code) = 1                              AS "isTotal",
           i.province_code                                            AS "provinceCode",
           p.name                                                     AS "provinceName",
           COUNT(DISTINCT si.institution_id)::int                     AS "institutionCount",
           COUNT(s.unit_id)::int                                      AS "unitCount",
           COUNT(a.id) FILTER (WHERE a.status = 'DRAFT')::int         AS "draft",
           COUNT(a.id) FILTER (WHERE a.status = 'SUBMITTED')::int     AS "submitted",
           COUNT(a.id) FILTER (WHERE a.status = 'RETURNED')::int      AS "returned",
           COUNT(a.id) FILTER (WHERE a.status = 'VERIFIED')::int      AS "verified"
      FROM "sampled_institution" si
      JOIN "institution" i ON i.id = si.institution_id
      LEFT JOIN "province" p ON p.code = i.province_code
      LEFT JOIN "sampling" s ON s.cycle_id = si.cycle_id AND s.institution_id = si.institution_id
      LEFT JOIN "assessment" a ON a.cycle_id = s.cycle_id AND a.unit_id = s.unit_id
     WHERE si.cycle_id = ${cycleId}::uuid
     GROUP BY GROUPING SETS ((i.province_code, p.name), ())
     ORDER BY "isTotal", i.province_code NULLS LAST`;

  const total = rows.find((row) => row.isTotal);
  return {
    institutionCount: total?.institutionCount ?? 0,
    unitCount: total?.unitCount ?? 0,
    assessments: statusCounts(total),
    byProvince: rows.filter((row) => !row.isTotal).map(toProvinceProgress),
  };
}

function toProvinceProgress(row: ProgressRow): ProvinceProgress {
  return {
    provinceCode: row.provinceCode,
    provinceName: row.provinceName,
    institutionCount: row.institutionCount,
    unitCount: row.unitCount,
    assessments: statusCounts(row),
  };
}

function statusCounts(row: ProgressRow | undefined): AssessmentStatusCounts {
  const draft = row?.draft ?? 0;
  const submitted = row?.submitted ?? 0;
  const returned = row?.returned ?? 0;
  const verified = row?.verified ?? 0;
  return { draft, submitted, returned, verified, total: draft + submitted + returned + verified };
}
