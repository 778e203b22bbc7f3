/**
 * Improvement points of the report card (rapor). Staff write them for the bodies their office
 * covers, from planning until the cycle is archived. A point leaves the Ombudsman when its
 * `publishedAt` is set: publishing a cycle stamps every point written so far (in the publication's
 * transaction), and a point written once the cycle is published is stamped as it is written.
 * The body's officers then read the points in full; the public only learns how many there are.
 */
import { CycleStage, Prisma, type PrismaClient } from '@patuh/db';
import { assertMethodology } from '@patuh/scoring';
import { recordAudit } from '../../audit/audit.js';
import { notifyResultsChanged } from '../../cache/results-channel.js';
import type { Viewer } from '../../auth/viewer.js';
import type { Context } from '../../context.js';
import { badInput, conflict, notFound, stageNotAllowed, type Bilingual } from '../../errors.js';
import { assertMayReadBody, assertStaffCovers, isPublishedStage, type BodyScope } from '../results/results.scope.js';
import type { Feedback, FeedbackSummary } from './feedback.type.js';

type Tx = Prisma.TransactionClient;

const FEEDBACK: Bilingual = { id: 'Poin perbaikan', en: 'Improvement point' };
const CYCLE: Bilingual = { id: 'Siklus penilaian', en: 'Assessment cycle' };
const INSTITUTION: Bilingual = { id: 'Instansi', en: 'Institution' };

const FEEDBACK_FIELDS = {
  id: true,
  cycleId: true,
  institutionId: true,
  unitId: true,
  indicatorCode: true,
  body: true,
  priority: true,
  version: true,
  publishedAt: true,
  createdAt: true,
  updatedAt: true,
  unit: { select: { name: true } },
} as const satisfies Prisma.FeedbackSelect;

type FeedbackRow = Prisma.FeedbackGetPayload<{ select: typeof FEEDBACK_FIELDS }>;

function toFeedback({ unit, ...row }: FeedbackRow): Feedback {
  return { ...row, unitName: unit?.name ?? null };
}

/** Most urgent first, then in the order they were written. */
const REPORT_CARD_ORDER: Prisma.FeedbackOrderByWithRelationInput[] = [{ priority: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }];

async function findBody(db: PrismaClient | Tx, institutionId: string): Promise<BodyScope> {
  const body = await db.institution.findUnique({ where: { id: institutionId }, select: { id: true, provinceCode: true } });
  if (body === null) throw notFound(INSTITUTION);
  return body;
}

// ---------------------------------------------------------------- reading

/** Staff covering the body read every point; the body's officers read the published ones. */
export async function listFeedback(ctx: Context, cycleId: string, institutionId: string): Promise<Feedback[]> {
  const viewer = assertMayReadBody(ctx.viewer, await findBody(ctx.prisma, institutionId));
  const cycle = await ctx.prisma.cycle.findUnique({ where: { id: cycleId }, select: { id: true } });
  if (cycle === null) throw notFound(CYCLE);
  const rows = await ctx.prisma.feedback.findMany({
    where: { cycleId, institutionId, ...(viewer.role === 'INSTITUTION_OFFICER' ? { publishedAt: { not: null } } : {}) },
    select: FEEDBACK_FIELDS,
    orderBy: REPORT_CARD_ORDER,
  });
  return rows.map(toFeedback);
}

/** The published points of a body's report card, for the rapor (the caller has checked scope). */
export async function publishedFeedback(prisma: PrismaClient, cycleId: string, institutionId: string): Promise<Feedback[]> {
  const rows = await prisma.feedback.findMany({
    where: { cycleId, institutionId, publishedAt: { not: null } },
    select: FEEDBACK_FIELDS,
    orderBy: REPORT_CARD_ORDER,
  });
  return rows.map(toFeedback);
}

/** How many published points a body has in a published cycle; NOT_FOUND before publication. */
export async function feedbackSummary(prisma: PrismaClient, cycleId: string, institutionId: string): Promise<FeedbackSummary> {
  const cycle = await prisma.cycle.findUnique({ where: { id: cycleId }, select: { id: true, year: true, stage: true } });
  if (cycle === null || !isPublishedStage(cycle.stage)) throw notFound(CYCLE);
  await findBody(prisma, institutionId);
  const points = await prisma.feedback.findMany({
    where: { cycleId, institutionId, publishedAt: { not: null } },
    select: { priority: true, unitId: true },
  });
  const byPriority = (priority: number) => points.filter((p) => p.priority === priority).length;
  return {
    cycleId: cycle.id,
    year: cycle.year,
    total: points.length,
    urgent: byPriority(1),
    important: byPriority(2),
    advisable: byPriority(3),
    unitCount: new Set(points.flatMap((p) => (p.unitId === null ? [] : [p.unitId]))).size,
  };
}

// ---------------------------------------------------------------- writing

export interface NewFeedback {
  cycleId: string;
  institutionId: string;
  unitId: string | null;
  indicatorCode: string | null;
  body: string;
  priority: number;
}

export interface FeedbackEdit {
  id: string;
  expectedVersion: number;
  body: string;
  priority: number;
}

const ARCHIVED_REFUSAL = stageNotAllowed({
  id: 'Siklus ini sudah diarsipkan: poin perbaikannya tidak dapat diubah lagi.',
  en: 'This cycle is archived: its improvement points can no longer be changed.',
});

/**
 * Locks the cycle row against a concurrent publication (which locks it FOR UPDATE and stamps the
 * points), so a point written meanwhile is either stamped by it or sees the published stage.
 */
async function lockCycleForWriting(tx: Tx, cycleId: string): Promise<{ stage: CycleStage }> {
  const rows = await tx.$queryRaw<{ stage: CycleStage }[]>`SELECT stage FROM "cycle" WHERE id = ${cycleId}::uuid FOR SHARE`;
  const cycle = rows[0];
  if (cycle === undefined) throw notFound(CYCLE);
  if (cycle.stage === CycleStage.ARCHIVED) throw ARCHIVED_REFUSAL;
  return cycle;
}

async function assertAssessedInCycle(tx: Tx, input: NewFeedback): Promise<void> {
  const sampled = await tx.sampledInstitution.findUnique({
    where: { cycleId_institutionId: { cycleId: input.cycleId, institutionId: input.institutionId } },
    select: { cycleId: true },
  });
  if (sampled === null) {
    throw badInput('input.institutionId', {
      id: 'Instansi ini tidak dinilai pada siklus tersebut.',
      en: 'This institution is not assessed in that cycle.',
    });
  }
  if (input.unitId !== null) {
    const unit = await tx.unit.findUnique({ where: { id: input.unitId }, select: { institutionId: true } });
    if (unit?.institutionId !== input.institutionId) {
      throw badInput('input.unitId', { id: 'Unit ini bukan milik instansi tersebut.', en: 'This unit does not belong to that institution.' });
    }
  }
}

/** The indicator must be one of the cycle's methodology (its newest version). */
async function assertIndicatorOfCycle(tx: Tx, cycleId: string, indicatorCode: string): Promise<void> {
  const methodology = await tx.methodology.findFirst({ where: { cycleId }, orderBy: { version: 'desc' }, select: { document: true } });
  const codes = methodology === null ? [] : indicatorCodes(methodology.document);
  if (!codes.includes(indicatorCode)) {
    throw badInput('input.indicatorCode', {
      id: `Indikator ${indicatorCode} tidak ada dalam metodologi siklus ini.`,
      en: `Indicator ${indicatorCode} is not in this cycle's methodology.`,
    });
  }
}

function indicatorCodes(document: Prisma.JsonValue): string[] {
  const methodology = assertMethodology(document);
  return methodology.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators.map((i) => i.code)));
}

export async function createFeedback(ctx: Context, input: NewFeedback): Promise<Feedback> {
  const author = assertStaffCovers(ctx.viewer, await findBody(ctx.prisma, input.institutionId));
  return ctx.prisma.$transaction(async (tx) => {
    const cycle = await lockCycleForWriting(tx, input.cycleId);
    await assertAssessedInCycle(tx, input);
    if (input.indicatorCode !== null) await assertIndicatorOfCycle(tx, input.cycleId, input.indicatorCode);
    const created = await tx.feedback.create({
      data: { ...input, authorId: author.userId, publishedAt: isPublishedStage(cycle.stage) ? new Date() : null },
      select: FEEDBACK_FIELDS,
    });
    const feedback = toFeedback(created);
    await recordAudit(tx, ctx.viewer, ctx.requestId, {
      action: 'feedback.create',
      entityType: 'Feedback',
      entityId: feedback.id,
      cycleId: feedback.cycleId,
      institutionId: feedback.institutionId,
      after: feedback,
    });
    await notifyResultsChanged(tx, feedback.cycleId); // public profiles count published points
    return feedback;
  }).finally(() => ctx.resultsChanged());
}

/** The point with its body's scope, after checking the viewer may change it. */
async function findForWriting(tx: Tx, viewer: Viewer, id: string): Promise<Feedback> {
  const row = await tx.feedback.findUnique({ where: { id }, select: { ...FEEDBACK_FIELDS, institution: { select: { id: true, provinceCode: true } } } });
  if (row === null) throw notFound(FEEDBACK);
  const { institution, ...feedback } = row;
  assertStaffCovers(viewer, institution);
  return toFeedback(feedback);
}

export async function updateFeedback(ctx: Context, edit: FeedbackEdit): Promise<Feedback> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await findForWriting(tx, ctx.viewer, edit.id);
    await lockCycleForWriting(tx, before.cycleId);
    const { count } = await tx.feedback.updateMany({
      where: { id: edit.id, version: edit.expectedVersion },
      data: { body: edit.body, priority: edit.priority, version: { increment: 1 } },
    });
    if (count === 0) {
      throw conflict(
        {
          id: `Poin perbaikan ini telah diubah oleh orang lain (kini versi ${before.version}). Muat ulang lalu coba lagi.`,
          en: `This improvement point was changed by someone else (now version ${before.version}). Reload and try again.`,
        },
        before,
      );
    }
    const after = toFeedback(await tx.feedback.findUniqueOrThrow({ where: { id: edit.id }, select: FEEDBACK_FIELDS }));
    await recordAudit(tx, ctx.viewer, ctx.requestId, {
      action: 'feedback.update',
      entityType: 'Feedback',
      entityId: after.id,
      cycleId: after.cycleId,
      institutionId: after.institutionId,
      before: { body: before.body, priority: before.priority, version: before.version },
      after: { body: after.body, priority: after.priority, version: after.version },
    });
    await notifyResultsChanged(tx, after.cycleId);
    return after;
  }).finally(() => ctx.resultsChanged());
}

export async function deleteFeedback(ctx: Context, id: string): Promise<boolean> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await findForWriting(tx, ctx.viewer, id);
    await lockCycleForWriting(tx, before.cycleId);
    const { count } = await tx.feedback.deleteMany({ where: { id } });
    if (count === 0) throw notFound(FEEDBACK);
    await recordAudit(tx, ctx.viewer, ctx.requestId, {
      action: 'feedback.delete',
      entityType: 'Feedback',
      entityId: id,
      cycleId: before.cycleId,
      institutionId: before.institutionId,
      before,
    });
    await notifyResultsChanged(tx, before.cycleId);
    return true;
  }).finally(() => ctx.resultsChanged());
}
