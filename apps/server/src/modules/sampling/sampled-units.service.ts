/**
 * The sampled units of a cycle for the assignment screen: a keyset-paged list ordered by body
 * name and unit name, and per-request loaders for everything a row shows, so a page costs the
 * same few queries however long it is.
 */
import DataLoader from 'dataloader';
import type { AssessmentStatus, Prisma, PrismaClient } from '@patuh/db';
import type { Context } from '../../context.js';
import { badInput, forbidden, notFound } from '../../errors.js';
import { type ConnectionShape, decodeCursor, toConnection } from '../../graphql/connection.js';
import { byKeys, defineLoader, loaderOf } from '../../graphql/loaders.js';
import { CYCLE } from '../cycle/cycle.service.js';
import { signedIn } from './sampling.service.js';
import type { SampledUnit, SamplingInstitution, SamplingUnit, StaffAssignment, StaffMember } from './sampling.type.js';

export interface SampledUnitQuery {
  cycleId: string;
  provinceCode: string | null;
  institutionId: string | null;
  status: AssessmentStatus | null;
  assignedTo: string | null;
  size: number;
  after: string | null;
}

/** A page row, with the names its cursor is made of. */
interface SampledUnitRow extends SampledUnit {
  institutionName: string;
  unitName: string;
}

export const sampledUnitId = (cycleId: string, unitId: string) => `${cycleId}:${unitId}`;

export async function listSampledUnits(ctx: Context, query: SampledUnitQuery): Promise<ConnectionShape<SampledUnitRow>> {
  const viewer = signedIn(ctx);
  if (!(await ctx.prisma.cycle.findUnique({ where: { id: query.cycleId }, select: { id: true } }))) throw notFound(CYCLE);
  // A regional office works on its own province; headquarters and verifiers see the whole country.
  let provinceCode = query.provinceCode;
  if (viewer.role === 'REGIONAL_STAFF') {
    if (provinceCode !== null && provinceCode !== viewer.provinceCode) {
      throw forbidden({ id: 'Anda hanya dapat melihat unit di provinsi Anda.', en: 'You can only see the units of your own province.' });
    }
    provinceCode = viewer.provinceCode;
  }
  const where: Prisma.SamplingWhereInput = {
    cycleId: query.cycleId,
    ...(query.institutionId !== null ? { institutionId: query.institutionId } : {}),
    ...(provinceCode !== null ? { sampled: { institution: { provinceCode } } } : {}),
    ...(query.status !== null ? { assessment: { status: query.status } } : {}),
    ...(query.assignedTo !== null ? { assignments: { some: { userId: query.assignedTo } } } : {}),
  };
  const [rows, totalCount] = await Promise.all([
    ctx.prisma.sampling.findMany({
      where: { AND: [where, afterCursor(query.after)] },
      orderBy: [{ sampled: { institution: { name: 'asc' } } }, { institutionId: 'asc' }, { unit: { name: 'asc' } }],
      take: query.size + 1,
      select: { cycleId: true, unitId: true, institutionId: true, unit: { select: { name: true } }, sampled: { select: { institution: { select: { name: true } } } } },
    }),
    ctx.prisma.sampling.count({ where }),
  ]);
  const nodes = rows.map((row) => ({
    id: sampledUnitId(row.cycleId, row.unitId),
    cycleId: row.cycleId,
    unitId: row.unitId,
    institutionId: row.institutionId,
    institutionName: row.sampled.institution.name,
    unitName: row.unit.name,
  }));
  return toConnection(nodes, query.size, totalCount, (n) => [n.institutionName, n.institutionId, n.unitName]);
}

/** Rows after (body name, body id, unit name); a unit's name is unique within its body. */
function afterCursor(after: string | null): Prisma.SamplingWhereInput {
  const key = decodeCursor(after);
  if (key === undefined) return {};
  const [institutionName, institutionId, unitName] = key;
  if (typeof institutionName !== 'string' || typeof institutionId !== 'string' || typeof unitName !== 'string') {
    throw badInput('after', { id: 'Kursor halaman tidak dikenali.', en: 'Unknown page cursor.' });
  }
  return {
    OR: [
      { sampled: { institution: { name: { gt: institutionName } } } },
      { sampled: { institution: { name: institutionName } }, institutionId: { gt: institutionId } },
      { institutionId, unit: { name: { gt: unitName } } },
    ],
  };
}

/** The sampled units given, as rows of the list, in the order given. */
export async function sampledUnitsByIds(prisma: PrismaClient, cycleId: string, unitIds: readonly string[]): Promise<SampledUnit[]> {
  const rows = await prisma.sampling.findMany({ where: { cycleId, unitId: { in: [...unitIds] } }, select: { cycleId: true, unitId: true, institutionId: true } });
  return byKeys(unitIds, rows, (r) => r.unitId)
    .filter((row): row is NonNullable<typeof row> => row !== null)
    .map((row) => ({ ...row, id: sampledUnitId(row.cycleId, row.unitId) }));
}

// ---------------------------------------------------------------- loaders

const unitById = defineLoader(
  (prisma: PrismaClient) =>
    new DataLoader<string, SamplingUnit | null>(async (ids) =>
      byKeys(ids, await prisma.unit.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, kind: true } }), (u) => u.id),
    ),
);

const institutionById = defineLoader(
  (prisma: PrismaClient) =>
    new DataLoader<string, SamplingInstitution | null>(async (ids) =>
      byKeys(
        ids,
        await prisma.institution.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, type: true, provinceCode: true } }),
        (i) => i.id,
      ),
    ),
);

interface SampledUnitAssessment {
  id: string;
  status: AssessmentStatus;
}

/** Keys are sampledUnitId(cycleId, unitId). */
const assessmentBySampledUnit = defineLoader(
  (prisma: PrismaClient) =>
    new DataLoader<string, SampledUnitAssessment | null>(async (keys) => {
      const pairs = keys.map(splitKey);
      const rows = await prisma.assessment.findMany({
        where: { cycleId: { in: [...new Set(pairs.map((p) => p.cycleId))] }, unitId: { in: pairs.map((p) => p.unitId) } },
        select: { id: true, status: true, cycleId: true, unitId: true },
      });
      return byKeys(keys, rows, (r) => sampledUnitId(r.cycleId, r.unitId));
    }),
);

const assignmentsBySampledUnit = defineLoader(
  (prisma: PrismaClient) =>
    new DataLoader<string, StaffAssignment[]>(async (keys) => {
      const pairs = keys.map(splitKey);
      const rows = await prisma.assignment.findMany({
        where: { cycleId: { in: [...new Set(pairs.map((p) => p.cycleId))] }, unitId: { in: pairs.map((p) => p.unitId) } },
        select: { id: true, role: true, userId: true, cycleId: true, unitId: true },
        orderBy: [{ role: 'asc' }, { createdAt: 'asc' }],
      });
      return keys.map((key) =>
        rows.filter((r) => sampledUnitId(r.cycleId, r.unitId) === key).map(({ id, role, userId }) => ({ id, role, userId })),
      );
    }),
);

const staffById = defineLoader(
  (prisma: PrismaClient) =>
    new DataLoader<string, StaffMember | null>(async (ids) =>
      byKeys(
        ids,
        await prisma.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, email: true, role: true, provinceCode: true } }),
        (u) => u.id,
      ),
    ),
);

function splitKey(key: string): { cycleId: string; unitId: string } {
  const [cycleId = '', unitId = ''] = key.split(':');
  return { cycleId, unitId };
}

export const loadUnit = (ctx: Context, id: string) => loaderOf(ctx, unitById).load(id);
export const loadInstitution = (ctx: Context, id: string) => loaderOf(ctx, institutionById).load(id);
export const loadAssessment = (ctx: Context, row: SampledUnit) => loaderOf(ctx, assessmentBySampledUnit).load(row.id);
export const loadAssignments = (ctx: Context, row: SampledUnit) => loaderOf(ctx, assignmentsBySampledUnit).load(row.id);
export const loadStaffMember = (ctx: Context, id: string) => loaderOf(ctx, staffById).load(id);
