/**
 * Which bodies and units a cycle assesses. A sampled unit gets its (empty, DRAFT) assessment in
 * the same transaction, so every sampled unit always has one. The sample is fixed once data
 * collection starts: changes are allowed in DRAFT and PREPARATION only.
 *
 * Each change is audited once per body touched, with the body's sampled units before and after.
 */
import { AssessmentStatus, type Prisma } from '@patuh/db';
import { recordAudit } from '../../audit/audit.js';
import type { SignedIn } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import { badInput, forbidden, notFound, stageNotAllowed, type Bilingual } from '../../errors.js';
import { lockCycle } from '../cycle/cycle.service.js';
import { PLANNING_STAGES, STAGE_NAMES } from '../cycle/cycle.stages.js';
import type { Cycle } from '../cycle/cycle.type.js';
import { unitsToAdd, type CandidateUnit } from './sampling-rules.js';
import type { SamplingChange } from './sampling.type.js';

type Tx = Prisma.TransactionClient;

/** A national application of the rules writes a few thousand rows. */
const BULK_TRANSACTION = { timeout: 60_000 } as const;

const NO_CHANGE: SamplingChange = { institutionsAdded: 0, unitsAdded: 0, institutionsRemoved: 0, unitsRemoved: 0 };

// ---------------------------------------------------------------- scope

/** Admins act on every body; a regional office on the bodies of its own province only. */
export function inScope(viewer: SignedIn, institution: { provinceCode: string | null }): boolean {
  if (viewer.role === 'ADMIN') return true;
  return viewer.role === 'REGIONAL_STAFF' && institution.provinceCode !== null && institution.provinceCode === viewer.provinceCode;
}

export const outOfScope = (name: string) =>
  forbidden({
    id: `${name} berada di luar wilayah kerja Anda.`,
    en: `${name} is outside your office's area.`,
  });

export function signedIn(ctx: Context): SignedIn {
  if (ctx.viewer.kind !== 'user') throw new Error('@Access let an anonymous viewer through to a staff operation');
  return ctx.viewer;
}

async function lockPlanningCycle(tx: Tx, cycleId: string): Promise<Cycle> {
  const cycle = await lockCycle(tx, cycleId);
  if (!PLANNING_STAGES.has(cycle.stage)) {
    throw stageNotAllowed({
      id: `Sampel hanya dapat diubah pada tahap Draf dan Persiapan; siklus ${cycle.year} berada pada tahap ${STAGE_NAMES[cycle.stage].id}.`,
      en: `The sample can only change in Draft and Preparation; cycle ${cycle.year} is in ${STAGE_NAMES[cycle.stage].en}.`,
    });
  }
  return cycle;
}

const unknownAt = (field: string, what: Bilingual, id: string) =>
  badInput(field, { id: `${what.id} ${id} tidak ditemukan.`, en: `${what.en} ${id} not found.` });

const inactiveAt = (field: string, name: string) =>
  badInput(field, { id: `${name} tidak aktif dan tidak dapat dijadikan sampel.`, en: `${name} is inactive and cannot be sampled.` });

// ---------------------------------------------------------------- adding

export async function sampleInstitutions(ctx: Context, cycleId: string, institutionIds: readonly string[]): Promise<SamplingChange> {
  const viewer = signedIn(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const cycle = await lockPlanningCycle(tx, cycleId);
    const found = await tx.institution.findMany({ where: { id: { in: [...institutionIds] } }, select: { id: true, name: true, active: true, provinceCode: true } });
    institutionIds.forEach((id, i) => {
      const institution = found.find((f) => f.id === id);
      if (!institution) throw unknownAt(`institutionIds[${i}]`, { id: 'Instansi', en: 'Institution' }, id);
      if (!institution.active) throw inactiveAt(`institutionIds[${i}]`, institution.name);
      if (!inScope(viewer, institution)) throw outOfScope(institution.name);
    });
    return addToSample(tx, ctx, cycle.id, new Map(institutionIds.map((id) => [id, []])));
  });
}

export async function sampleUnits(ctx: Context, cycleId: string, unitIds: readonly string[]): Promise<SamplingChange> {
  const viewer = signedIn(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const cycle = await lockPlanningCycle(tx, cycleId);
    const found = await tx.unit.findMany({
      where: { id: { in: [...unitIds] } },
      select: { id: true, name: true, active: true, institution: { select: { id: true, name: true, active: true, provinceCode: true } } },
    });
    const wanted = new Map<string, string[]>();
    unitIds.forEach((id, i) => {
      const unit = found.find((f) => f.id === id);
      if (!unit) throw unknownAt(`unitIds[${i}]`, { id: 'Unit layanan', en: 'Service unit' }, id);
      if (!unit.active) throw inactiveAt(`unitIds[${i}]`, unit.name);
      if (!unit.institution.active) throw inactiveAt(`unitIds[${i}]`, unit.institution.name);
      if (!inScope(viewer, unit.institution)) throw outOfScope(unit.institution.name);
      wanted.set(unit.institution.id, [...(wanted.get(unit.institution.id) ?? []), unit.id]);
    });
    return addToSample(tx, ctx, cycle.id, wanted);
  });
}

/**
 * Samples every active body of the province (or, for an admin without a province, every active
 * body including ministries and agencies) and its units by the sampling rules. Idempotent.
 */
export async function applySamplingRules(ctx: Context, cycleId: string, provinceCode: string | null): Promise<SamplingChange> {
  const viewer = signedIn(ctx);
  const province = provinceCode ?? (viewer.role === 'ADMIN' ? null : viewer.provinceCode);
  if (viewer.role !== 'ADMIN' && province !== viewer.provinceCode) {
    throw forbidden({
      id: 'Kantor perwakilan hanya dapat menerapkan aturan sampel di provinsinya sendiri.',
      en: 'A regional office can only apply the sampling rules in its own province.',
    });
  }
  return ctx.prisma.$transaction(async (tx) => {
    const cycle = await lockPlanningCycle(tx, cycleId);
    if (province !== null && !(await tx.province.findUnique({ where: { code: province }, select: { code: true } }))) {
      throw badInput('provinceCode', { id: `Provinsi ${province} tidak dikenal.`, en: `Unknown province ${province}.` });
    }
    const bodies = await tx.institution.findMany({
      where: { active: true, ...(province !== null ? { provinceCode: province } : {}) },
      select: { id: true, type: true, units: { where: { active: true }, select: { id: true, kind: true, name: true } } },
    });
    const sampled = await sampledUnitsOf(tx, cycle.id, bodies.map((b) => b.id));
    const wanted = new Map(bodies.map((body) => [body.id, unitsToAdd(body.type, body.units, sampled.get(body.id) ?? [])]));
    return addToSample(tx, ctx, cycle.id, wanted);
  }, BULK_TRANSACTION);
}

async function sampledUnitsOf(tx: Tx, cycleId: string, institutionIds: readonly string[]): Promise<Map<string, CandidateUnit[]>> {
  const rows = await tx.sampling.findMany({
    where: { cycleId, institutionId: { in: [...institutionIds] } },
    select: { institutionId: true, unit: { select: { id: true, kind: true, name: true } } },
  });
  const byInstitution = new Map<string, CandidateUnit[]>();
  for (const row of rows) byInstitution.set(row.institutionId, [...(byInstitution.get(row.institutionId) ?? []), row.unit]);
  return byInstitution;
}

/**
 * Samples each body and the given units of it, with an empty assessment per new unit; what is
 * already sampled stays as it is.
 */
async function addToSample(tx: Tx, ctx: Context, cycleId: string, wanted: ReadonlyMap<string, readonly string[]>): Promise<SamplingChange> {
  const institutionIds = [...wanted.keys()];
  const [sampledBodies, sampledUnits] = await Promise.all([
    tx.sampledInstitution.findMany({ where: { cycleId, institutionId: { in: institutionIds } }, select: { institutionId: true } }),
    tx.sampling.findMany({ where: { cycleId, institutionId: { in: institutionIds } }, select: { institutionId: true, unitId: true } }),
  ]);
  const bodiesBefore = new Set(sampledBodies.map((b) => b.institutionId));
  const unitsBefore = groupUnits(sampledUnits);

  const newBodies = institutionIds.filter((id) => !bodiesBefore.has(id));
  const newUnits: { institutionId: string; unitId: string }[] = [];
  for (const [institutionId, unitIds] of wanted) {
    const already = new Set(unitsBefore.get(institutionId) ?? []);
    for (const unitId of new Set(unitIds)) if (!already.has(unitId)) newUnits.push({ institutionId, unitId });
  }
  if (newBodies.length === 0 && newUnits.length === 0) return NO_CHANGE;

  await tx.sampledInstitution.createMany({ data: newBodies.map((institutionId) => ({ cycleId, institutionId })) });
  await tx.sampling.createMany({ data: newUnits.map((u) => ({ cycleId, ...u })) });
  await tx.assessment.createMany({ data: newUnits.map(({ unitId }) => ({ cycleId, unitId, status: AssessmentStatus.DRAFT })) });

  const addedUnits = groupUnits(newUnits);
  for (const institutionId of institutionIds) {
    const added = addedUnits.get(institutionId) ?? [];
    if (bodiesBefore.has(institutionId) && added.length === 0) continue;
    const before = unitsBefore.get(institutionId) ?? [];
    await recordAudit(tx, ctx.viewer, ctx.requestId, {
      action: 'sampling.add',
      entityType: 'SampledInstitution',
      entityId: institutionId,
      cycleId,
      institutionId,
      before: { sampled: bodiesBefore.has(institutionId), unitIds: before },
      after: { sampled: true, unitIds: [...before, ...added] },
    });
  }
  return { ...NO_CHANGE, institutionsAdded: newBodies.length, unitsAdded: newUnits.length };
}

function groupUnits(rows: readonly { institutionId: string; unitId: string }[]): Map<string, string[]> {
  const byInstitution = new Map<string, string[]>();
  for (const row of rows) byInstitution.set(row.institutionId, [...(byInstitution.get(row.institutionId) ?? []), row.unitId]);
  return byInstitution;
}

// ---------------------------------------------------------------- removing

/**
 * Takes a unit out of the sample with its assessment and assignments (cascading in the database).
 * In DRAFT and PREPARATION an assessment holds no findings yet, so nothing of substance is lost;
 * the assignments removed are kept in the audit row.
 */
export async function unsampleUnit(ctx: Context, cycleId: string, unitId: string): Promise<SamplingChange> {
  const viewer = signedIn(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const cycle = await lockPlanningCycle(tx, cycleId);
    const sampling = await tx.sampling.findUnique({
      where: { cycleId_unitId: { cycleId: cycle.id, unitId } },
      select: { institutionId: true, unit: { select: { institution: { select: { name: true, provinceCode: true } } } } },
    });
    if (!sampling) throw notFound({ id: 'Unit sampel', en: 'Sampled unit' });
    if (!inScope(viewer, sampling.unit.institution)) throw outOfScope(sampling.unit.institution.name);
    const before = await sampleStateOf(tx, cycle.id, sampling.institutionId);
    await tx.sampling.delete({ where: { cycleId_unitId: { cycleId: cycle.id, unitId } } });
    await recordAudit(tx, ctx.viewer, ctx.requestId, {
      action: 'sampling.remove',
      entityType: 'SampledInstitution',
      entityId: sampling.institutionId,
      cycleId: cycle.id,
      institutionId: sampling.institutionId,
      before,
      after: { sampled: true, unitIds: before.unitIds.filter((id) => id !== unitId) },
    });
    return { ...NO_CHANGE, unitsRemoved: 1 };
  });
}

/** Takes a body out of the sample with all its units, their assessments and assignments. */
export async function unsampleInstitution(ctx: Context, cycleId: string, institutionId: string): Promise<SamplingChange> {
  const viewer = signedIn(ctx);
  return ctx.prisma.$transaction(async (tx) => {
    const cycle = await lockPlanningCycle(tx, cycleId);
    const sampled = await tx.sampledInstitution.findUnique({
      where: { cycleId_institutionId: { cycleId: cycle.id, institutionId } },
      select: { institution: { select: { name: true, provinceCode: true } } },
    });
    if (!sampled) throw notFound({ id: 'Instansi sampel', en: 'Sampled institution' });
    if (!inScope(viewer, sampled.institution)) throw outOfScope(sampled.institution.name);
    const before = await sampleStateOf(tx, cycle.id, institutionId);
    await tx.sampledInstitution.delete({ where: { cycleId_institutionId: { cycleId: cycle.id, institutionId } } });
    await recordAudit(tx, ctx.viewer, ctx.requestId, {
      action: 'sampling.remove',
      entityType: 'SampledInstitution',
      entityId: institutionId,
      cycleId: cycle.id,
      institutionId,
      before,
      after: { sampled: false, unitIds: [] },
    });
    return { ...NO_CHANGE, institutionsRemoved: 1, unitsRemoved: before.unitIds.length };
  });
}

interface SampleState {
  sampled: boolean;
  unitIds: string[];
  assignments: { unitId: string; userId: string; role: string }[];
}

async function sampleStateOf(tx: Tx, cycleId: string, institutionId: string): Promise<SampleState> {
  const units = await tx.sampling.findMany({
    where: { cycleId, institutionId },
    select: { unitId: true, assignments: { select: { userId: true, role: true } } },
    orderBy: { unitId: 'asc' },
  });
  return {
    sampled: true,
    unitIds: units.map((u) => u.unitId),
    assignments: units.flatMap((u) => u.assignments.map((a) => ({ unitId: u.unitId, userId: a.userId, role: a.role }))),
  };
}

