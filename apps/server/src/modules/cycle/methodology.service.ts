/**
 * A cycle's methodology: a JSON document validated by @patuh/scoring, one row per version. An edit
 * is a new version that names the version it was made from, and is possible only while the cycle
 * is being planned; from data collection on the method is fixed.
 */
import DataLoader from 'dataloader';
import { Prisma, type PrismaClient } from '@patuh/db';
import { describeMethodology, listPresets, validateMethodology, type Methodology as MethodologyDocument } from '@patuh/scoring';
import { recordAudit } from '../../audit/audit.js';
import type { Context } from '../../context.js';
import { badInput, conflict, stageNotAllowed } from '../../errors.js';
import { defineLoader, loaderOf } from '../../graphql/loaders.js';
import { lockCycle } from './cycle.service.js';
import { PLANNING_STAGES, STAGE_NAMES } from './cycle.stages.js';
import type { Methodology, MethodologyPreset, MethodologySummary } from './methodology.type.js';

const METHODOLOGY_FIELDS = { id: true, version: true, presetId: true, document: true, createdAt: true } as const;

export function methodologyPresets(): MethodologyPreset[] {
  return listPresets();
}

/** The newest version of each cycle's methodology, two queries for any number of cycles. */
const latestMethodologyByCycle = defineLoader(
  (prisma: PrismaClient) =>
    new DataLoader<string, Methodology | null>(async (cycleIds) => {
      const latest = await prisma.methodology.groupBy({ by: ['cycleId'], where: { cycleId: { in: [...cycleIds] } }, _max: { version: true } });
      const rows = latest.length
        ? await prisma.methodology.findMany({
            where: { OR: latest.map((l) => ({ cycleId: l.cycleId, version: l._max.version ?? 0 })) },
            select: { ...METHODOLOGY_FIELDS, cycleId: true },
          })
        : [];
      return cycleIds.map((cycleId) => rows.find((row) => row.cycleId === cycleId) ?? null);
    }),
);

export function latestMethodology(ctx: Context, cycleId: string): Promise<Methodology | null> {
  return loaderOf(ctx, latestMethodologyByCycle).load(cycleId);
}

export function methodologyVersions(ctx: Context, cycleId: string): Promise<Methodology[]> {
  return ctx.prisma.methodology.findMany({ where: { cycleId }, select: METHODOLOGY_FIELDS, orderBy: { version: 'desc' } });
}

/**
 * The document as the scoring package accepts it (a clean copy with only known fields), or
 * BAD_USER_INPUT naming the first issue's place in the document and listing every issue.
 */
export function parseMethodologyDocument(document: unknown): MethodologyDocument {
  const result = validateMethodology(document);
  if (result.ok) return result.methodology;
  const issues = result.issues.map((issue) => ({
    field: issue.path ? `document.${issue.path}` : 'document',
    code: issue.code,
    path: issue.path,
    message: issue.message,
  }));
  const first = issues[0]!;
  throw badInput(
    first.field,
    {
      id: `Metodologi tidak valid (${issues.length} masalah). Pertama, pada ${first.field}: ${first.message}`,
      en: `The methodology is invalid (${issues.length} issue(s)). First, at ${first.field}: ${first.message}`,
    },
    { issues },
  );
}

export interface MethodologyEdit {
  cycleId: string;
  expectedVersion: number;
  document: MethodologyDocument;
}

const staleMethodology = (current: { id: string; version: number } | null) =>
  conflict(
    {
      id: `Metodologi telah diubah oleh orang lain (kini versi ${current?.version ?? 0}). Muat ulang lalu coba lagi.`,
      en: `The methodology was changed by someone else (now version ${current?.version ?? 0}). Reload and try again.`,
    },
    current && { id: current.id, version: current.version },
  );

/** Adds the next version of a cycle's methodology. */
export async function updateMethodology(ctx: Context, edit: MethodologyEdit): Promise<Methodology> {
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const cycle = await lockCycle(tx, edit.cycleId);
      if (!PLANNING_STAGES.has(cycle.stage)) {
        throw stageNotAllowed({
          id: `Metodologi hanya dapat diubah pada tahap Draf dan Persiapan; siklus ${cycle.year} berada pada tahap ${STAGE_NAMES[cycle.stage].id}.`,
          en: `The methodology can only change in Draft and Preparation; cycle ${cycle.year} is in ${STAGE_NAMES[cycle.stage].en}.`,
        });
      }
      const current = await tx.methodology.findFirst({ where: { cycleId: cycle.id }, orderBy: { version: 'desc' }, select: METHODOLOGY_FIELDS });
      if ((current?.version ?? 0) !== edit.expectedVersion) throw staleMethodology(current);
      const created = await tx.methodology.create({
        data: {
          cycleId: cycle.id,
          version: edit.expectedVersion + 1,
          presetId: current?.presetId ?? null,
          document: edit.document as unknown as Prisma.InputJsonObject,
          createdById: ctx.viewer.kind === 'user' ? ctx.viewer.userId : null,
        },
        select: METHODOLOGY_FIELDS,
      });
      await recordAudit(tx, ctx.viewer, ctx.requestId, {
        action: 'methodology.update',
        entityType: 'Methodology',
        entityId: created.id,
        cycleId: cycle.id,
        before: current && { version: current.version, document: current.document },
        after: { version: created.version, document: created.document },
      });
      return created;
    });
  } catch (error) {
    // Two editors of the same version at once: the (cycle, version) unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const current = await ctx.prisma.methodology.findFirst({ where: { cycleId: edit.cycleId }, orderBy: { version: 'desc' }, select: { id: true, version: true } });
      throw staleMethodology(current);
    }
    throw error;
  }
}

/** The stored document laid out as tables; null when it does not validate (nothing can be scored with it). */
export function summarizeMethodology(document: unknown): MethodologySummary | null {
  const result = validateMethodology(document);
  if (!result.ok) return null;
  const described = describeMethodology(result.methodology);
  return {
    id: described.id,
    version: described.version,
    title: described.title,
    description: described.description,
    years: described.years,
    dimensions: described.dimensions,
    indicators: described.indicators.map((row) => ({
      dimensionCode: row.dimensionCode,
      variableCode: row.variableCode,
      code: row.code,
      title: row.title,
      weight: row.weight,
      maxPoints: row.maxPoints,
      scaleKind: row.scale.kind,
      source: row.source,
      allowNotApplicable: row.allowNotApplicable,
    })),
    gradeBands: described.gradeBands.map((band) => ({ ...band })),
    institutionAggregation: described.institutionAggregation,
    notes: described.notes,
  };
}

export function isValidMethodology(document: unknown): boolean {
  return validateMethodology(document).ok;
}
