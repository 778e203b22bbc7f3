/**
 * Who assesses and who verifies each sampled unit. An assessor is the regional office of the
 * unit's province (or headquarters, the only one for ministries and agencies); a verifier is a
 * verifier or an admin. Assignments change in bulk, one audit row per assignment made or undone.
 */
import { AssignmentRole, CycleStage, Role, type Prisma } from '@patuh/db';
import { recordAudit } from '../../audit/audit.js';
import type { Context } from '../../context.js';
import { badInput, stageNotAllowed } from '../../errors.js';
import { lockCycle } from '../cycle/cycle.service.js';
import { STAGE_NAMES } from '../cycle/cycle.stages.js';
import { sampledUnitsByIds } from './sampled-units.service.js';
import { inScope, outOfScope, signedIn } from './sampling.service.js';
import type { SampledUnit, StaffMember } from './sampling.type.js';

type Tx = Prisma.TransactionClient;

const STAFF_ROLES: readonly Role[] = [Role.ADMIN, Role.REGIONAL_STAFF, Role.VERIFIER];

export interface AssignmentChange {
  cycleId: string;
  unitIds: readonly string[];
  userId: string;
  role: AssignmentRole;
}

interface Assignee {
  id: string;
  name: string;
  role: Role;
  provinceCode: string | null;
}

interface TargetUnit {
  unitId: string;
  institutionId: string;
  name: string;
  provinceCode: string | null;
}

export async function assignStaff(ctx: Context, change: AssignmentChange): Promise<SampledUnit[]> {
  await ctx.prisma.$transaction(async (tx) => {
    const units = await lockAndCheck(tx, ctx, change);
    const assignee = await findAssignee(tx, change.userId);
    for (const unit of units) refuseIneligible(assignee, change.role, unit);
    const existing = await tx.assignment.findMany({
      where: { cycleId: change.cycleId, unitId: { in: units.map((u) => u.unitId) }, userId: assignee.id, role: change.role },
      select: { unitId: true },
    });
    const assigned = new Set(existing.map((e) => e.unitId));
    const created = await tx.assignment.createManyAndReturn({
      data: units.filter((u) => !assigned.has(u.unitId)).map((u) => ({ cycleId: change.cycleId, unitId: u.unitId, userId: assignee.id, role: change.role })),
      select: { id: true, unitId: true },
    });
    for (const row of created) {
      await recordAudit(tx, ctx.viewer, ctx.requestId, {
        action: 'assignment.add',
        entityType: 'Assignment',
        entityId: row.id,
        cycleId: change.cycleId,
        institutionId: units.find((u) => u.unitId === row.unitId)?.institutionId ?? null,
        after: { unitId: row.unitId, userId: assignee.id, role: change.role },
      });
    }
  });
  return sampledUnitsByIds(ctx.prisma, change.cycleId, change.unitIds);
}

export async function unassignStaff(ctx: Context, change: AssignmentChange): Promise<SampledUnit[]> {
  await ctx.prisma.$transaction(async (tx) => {
    const units = await lockAndCheck(tx, ctx, change);
    const existing = await tx.assignment.findMany({
      where: { cycleId: change.cycleId, unitId: { in: units.map((u) => u.unitId) }, userId: change.userId, role: change.role },
      select: { id: true, unitId: true },
    });
    await tx.assignment.deleteMany({ where: { id: { in: existing.map((e) => e.id) } } });
    for (const row of existing) {
      await recordAudit(tx, ctx.viewer, ctx.requestId, {
        action: 'assignment.remove',
        entityType: 'Assignment',
        entityId: row.id,
        cycleId: change.cycleId,
        institutionId: units.find((u) => u.unitId === row.unitId)?.institutionId ?? null,
        before: { unitId: row.unitId, userId: change.userId, role: change.role },
      });
    }
  });
  return sampledUnitsByIds(ctx.prisma, change.cycleId, change.unitIds);
}

/**
 * Locks the cycle, refuses once results are published, and checks every unit is sampled and in
 * the caller's area.
 */
async function lockAndCheck(tx: Tx, ctx: Context, change: AssignmentChange): Promise<TargetUnit[]> {
  const viewer = signedIn(ctx);
  const cycle = await lockCycle(tx, change.cycleId);
  if (cycle.stage === CycleStage.PUBLISHED || cycle.stage === CycleStage.ARCHIVED) {
    throw stageNotAllowed({
      id: `Penugasan tidak dapat diubah setelah hasil dipublikasikan; siklus ${cycle.year} berada pada tahap ${STAGE_NAMES[cycle.stage].id}.`,
      en: `Assignments cannot change once results are published; cycle ${cycle.year} is in ${STAGE_NAMES[cycle.stage].en}.`,
    });
  }
  const rows = await tx.sampling.findMany({
    where: { cycleId: cycle.id, unitId: { in: [...change.unitIds] } },
    select: { unitId: true, institutionId: true, unit: { select: { name: true, institution: { select: { name: true, provinceCode: true } } } } },
  });
  return change.unitIds.map((unitId, i) => {
    const row = rows.find((r) => r.unitId === unitId);
    if (!row) {
      throw badInput(`unitIds[${i}]`, {
        id: `Unit ${unitId} bukan sampel siklus ${cycle.year}.`,
        en: `Unit ${unitId} is not sampled in cycle ${cycle.year}.`,
      });
    }
    if (!inScope(viewer, row.unit.institution)) throw outOfScope(row.unit.institution.name);
    return { unitId, institutionId: row.institutionId, name: `${row.unit.name}, ${row.unit.institution.name}`, provinceCode: row.unit.institution.provinceCode };
  });
}

async function findAssignee(tx: Tx, userId: string): Promise<Assignee> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true, provinceCode: true, active: true } });
  if (!user || !user.active || !STAFF_ROLES.includes(user.role)) {
    throw badInput('userId', { id: 'Pengguna ini bukan staf aktif Ombudsman.', en: 'This user is not active Ombudsman staff.' });
  }
  return user;
}

/** Assessors: the regional office of the unit's province, or an admin. Verifiers: a verifier or an admin. */
function mayTakeRole(assignee: Pick<Assignee, 'role' | 'provinceCode'>, role: AssignmentRole, unit: Pick<TargetUnit, 'provinceCode'>): boolean {
  if (assignee.role === Role.ADMIN) return true;
  if (role === AssignmentRole.VERIFIER) return assignee.role === Role.VERIFIER;
  return assignee.role === Role.REGIONAL_STAFF && unit.provinceCode !== null && assignee.provinceCode === unit.provinceCode;
}

function refuseIneligible(assignee: Assignee, role: AssignmentRole, unit: TargetUnit): void {
  if (mayTakeRole(assignee, role, unit)) return;
  const as = role === AssignmentRole.ASSESSOR ? { id: 'penilai', en: 'assessor' } : { id: 'verifikator', en: 'verifier' };
  throw badInput('userId', {
    id: `${assignee.name} tidak dapat ditugaskan sebagai ${as.id} untuk ${unit.name}.`,
    en: `${assignee.name} cannot be assigned as ${as.en} of ${unit.name}.`,
  });
}

export interface StaffQuery {
  role: Role | null;
  provinceCode: string | null;
}

/** Active staff who can be assigned, by name. A bounded list (a few people per office), so not paged. */
export function listStaff(ctx: Context, query: StaffQuery): Promise<StaffMember[]> {
  if (query.role !== null && !STAFF_ROLES.includes(query.role)) {
    throw badInput('filter.role', { id: 'Peran ini bukan peran staf.', en: 'This is not a staff role.' });
  }
  return ctx.prisma.user.findMany({
    where: {
      active: true,
      role: query.role ?? { in: [...STAFF_ROLES] },
      ...(query.provinceCode !== null ? { provinceCode: query.provinceCode } : {}),
    },
    select: { id: true, name: true, email: true, role: true, provinceCode: true },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
  });
}
