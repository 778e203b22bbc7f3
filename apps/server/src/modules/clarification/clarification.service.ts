/**
 * Clarifications: the factual-accuracy check before results are decided (after the CQC's
 * practice). A body flags one indicator of its draft findings with a message and evidence; staff
 * answer; an admin or verifier decides. An accepted request may correct the finding, and that is
 * the only way a finding changes during the clarification stage: audited, in the transaction of
 * the decision, moving the assessment's version on.
 */
import { ClarificationStatus, type Prisma } from '@patuh/db';
import { recordAudit } from '../../audit/audit.js';
import { badInput, conflict, notFound, stageNotAllowed, type Bilingual } from '../../errors.js';
import { pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import { refuseInvalidAnswers, sameAnswer, type AnswerState } from '../assessment/answers.js';
import { assertMayRead, assessmentListScope, signedIn } from '../assessment/assessment.scope.js';
import {
  idAfter,
  lockAssessment,
  methodologyFor,
  storedAnswers,
  writeAnswers,
  type ServiceContext,
} from '../assessment/assessment.service.js';
import {
  assertClarificationStage,
  assertUndecided,
  CLARIFICATION_SELECT,
  loadClarification,
  toClarificationRecord,
  UNDECIDED,
  type ClarificationRecord,
} from './clarification.scope.js';
import { ClarificationDecision } from './clarification.type.js';

const CYCLE: Bilingual = { id: 'Siklus', en: 'Cycle' };

function audit(tx: Prisma.TransactionClient, ctx: ServiceContext, clarification: ClarificationRecord, action: string, before: unknown, after: unknown) {
  return recordAudit(tx, ctx.viewer, ctx.requestId, {
    action,
    entityType: 'Clarification',
    entityId: clarification.id,
    cycleId: clarification.cycleId,
    institutionId: clarification.institutionId,
    before,
    after,
  });
}

/**
 * Moves the clarification to its next version if it is still at `expectedVersion`; of two people
 * deciding or answering at once, exactly one gets through.
 */
async function bumpClarification(
  tx: Prisma.TransactionClient,
  clarification: ClarificationRecord,
  expectedVersion: number,
  data: Prisma.ClarificationUncheckedUpdateManyInput,
): Promise<number> {
  const { count } = await tx.clarification.updateMany({
    where: { id: clarification.id, version: expectedVersion },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) {
    const current = await loadClarification(tx, clarification.id);
    throw conflict(
      { id: 'Klarifikasi ini telah diubah orang lain. Muat ulang lalu coba lagi.', en: 'Someone else changed this clarification. Reload and try again.' },
      { version: current.version, status: current.status },
    );
  }
  return expectedVersion + 1;
}

// ------------------------------------------------------------------ reading

export async function readClarification(ctx: ServiceContext, id: string): Promise<ClarificationRecord> {
  const clarification = await loadClarification(ctx.prisma, id);
  await assertMayRead(ctx.prisma, ctx.viewer, clarification);
  return clarification;
}

export interface ClarificationQuery {
  status?: ClarificationStatus | null;
  institutionId?: string | null;
  provinceCode?: string | null;
}

export async function listClarifications(
  ctx: ServiceContext,
  cycleId: string,
  query: ClarificationQuery,
  page: { first?: number | null; after?: string | null },
): Promise<ConnectionShape<ClarificationRecord>> {
  const viewer = signedIn(ctx.viewer);
  const size = pageSize(page.first);
  const after = idAfter(page.after);
  const cycle = await ctx.prisma.cycle.findUnique({ where: { id: cycleId }, select: { stage: true } });
  if (!cycle) throw notFound(CYCLE);
  const where: Prisma.ClarificationWhereInput = {
    AND: [
      { cycleId },
      // A clarification is in scope exactly when its assessment is.
      { assessment: assessmentListScope(viewer, cycle.stage, query) },
      query.status ? { status: query.status } : {},
      query.institutionId ? { institutionId: query.institutionId } : {},
      query.provinceCode ? { institution: { provinceCode: query.provinceCode } } : {},
    ],
  };
  const [rows, totalCount] = await Promise.all([
    ctx.prisma.clarification.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: 'asc' },
      take: size + 1,
      select: CLARIFICATION_SELECT,
    }),
    ctx.prisma.clarification.count({ where }),
  ]);
  return toConnection(rows.map(toClarificationRecord), size, totalCount, (c) => [c.id]);
}

// ------------------------------------------------------------------ the body's side

export interface RaiseInput {
  assessmentId: string;
  indicatorCode: string;
  message: string;
}

/** One undecided request per indicator: the assessment's row lock serialises two raised at once. */
export async function raiseClarification(ctx: ServiceContext, input: RaiseInput): Promise<ClarificationRecord> {
  const viewer = signedIn(ctx.viewer);
  return ctx.prisma.$transaction(async (tx) => {
    const assessment = await lockAssessment(tx, input.assessmentId);
    await assertMayRead(tx, viewer, assessment);
    assertClarificationStage(assessment.cycleStage);
    if (!(await methodologyFor(tx, assessment.cycleId)).indicatorIndex.has(input.indicatorCode)) {
      throw badInput('indicatorCode', {
        id: `Indikator ${input.indicatorCode} tidak ada dalam metodologi siklus ini.`,
        en: `Indicator ${input.indicatorCode} is not in this cycle’s methodology.`,
      });
    }
    const pending = await tx.clarification.findFirst({
      where: { assessmentId: assessment.id, indicatorCode: input.indicatorCode, status: { in: [...UNDECIDED] } },
      select: { id: true },
    });
    if (pending) {
      throw conflict(
        { id: 'Sudah ada klarifikasi terbuka untuk indikator ini.', en: 'There is already an open clarification for this indicator.' },
        { clarificationId: pending.id },
      );
    }
    const { id } = await tx.clarification.create({
      data: {
        cycleId: assessment.cycleId,
        assessmentId: assessment.id,
        institutionId: assessment.institutionId,
        indicatorCode: input.indicatorCode,
        raisedById: viewer.userId,
        messages: { create: { authorId: viewer.userId, body: input.message } },
      },
      select: { id: true },
    });
    const clarification = await loadClarification(tx, id);
    await audit(tx, ctx, clarification, 'clarification.raise', null, { assessmentId: assessment.id, indicatorCode: input.indicatorCode, message: input.message });
    return clarification;
  });
}

export async function withdrawClarification(ctx: ServiceContext, id: string, expectedVersion: number): Promise<ClarificationRecord> {
  return ctx.prisma.$transaction(async (tx) => {
    const clarification = await loadClarification(tx, id);
    await assertMayRead(tx, ctx.viewer, clarification);
    assertUndecided(clarification);
    const version = await bumpClarification(tx, clarification, expectedVersion, { status: ClarificationStatus.WITHDRAWN });
    await audit(tx, ctx, clarification, 'clarification.withdraw', { status: clarification.status, version: expectedVersion }, { status: ClarificationStatus.WITHDRAWN, version });
    return loadClarification(tx, id);
  });
}

/** Either side adds to the conversation while the request is undecided. */
export async function addClarificationMessage(ctx: ServiceContext, id: string, message: string): Promise<ClarificationRecord> {
  const viewer = signedIn(ctx.viewer);
  return ctx.prisma.$transaction(async (tx) => {
    const clarification = await loadClarification(tx, id);
    await assertMayRead(tx, viewer, clarification);
    assertUndecided(clarification);
    const created = await tx.clarificationMessage.create({ data: { clarificationId: id, authorId: viewer.userId, body: message }, select: { id: true } });
    await audit(tx, ctx, clarification, 'clarification.message', null, { messageId: created.id, body: message });
    return clarification;
  });
}

// ------------------------------------------------------------------ the Ombudsman's side

export async function answerClarification(ctx: ServiceContext, id: string, expectedVersion: number, message: string): Promise<ClarificationRecord> {
  const viewer = signedIn(ctx.viewer);
  return ctx.prisma.$transaction(async (tx) => {
    const clarification = await loadClarification(tx, id);
    await assertMayRead(tx, viewer, clarification);
    assertClarificationStage(clarification.cycleStage);
    if (clarification.status !== ClarificationStatus.OPEN) {
      throw stageNotAllowed(
        { id: `Hanya klarifikasi OPEN yang dapat dijawab; yang ini ${clarification.status}.`, en: `Only OPEN clarifications can be answered; this one is ${clarification.status}.` },
      );
    }
    const version = await bumpClarification(tx, clarification, expectedVersion, { status: ClarificationStatus.ANSWERED });
    await tx.clarificationMessage.create({ data: { clarificationId: id, authorId: viewer.userId, body: message } });
    await audit(tx, ctx, clarification, 'clarification.answer', { status: clarification.status, version: expectedVersion }, { status: ClarificationStatus.ANSWERED, version, message });
    return loadClarification(tx, id);
  });
}

export interface DecideInput {
  id: string;
  expectedVersion: number;
  decision: ClarificationDecision;
  reason: string;
  /** Only with ACCEPTED: the corrected finding. */
  newAnswer: AnswerState | null;
}

/**
 * Decides a request. With ACCEPTED and a new answer, the finding is corrected in the same
 * transaction: the assessment's row is locked, its version moves on (so an editor holding the old
 * version gets a conflict), and the change is audited on the assessment as a correction.
 */
export async function decideClarification(ctx: ServiceContext, input: DecideInput): Promise<ClarificationRecord> {
  const viewer = signedIn(ctx.viewer);
  return ctx.prisma.$transaction(async (tx) => {
    const clarification = await loadClarification(tx, input.id);
    await assertMayRead(tx, viewer, clarification);
    assertUndecided(clarification);
    const correction = input.decision === ClarificationDecision.ACCEPTED ? input.newAnswer : null;
    if (correction) {
      const methodology = await methodologyFor(tx, clarification.cycleId);
      refuseInvalidAnswers(methodology, [{ indicatorCode: clarification.indicatorCode, ...correction }], (_i, key) => `newAnswer.${key}`);
    }
    const status = input.decision === ClarificationDecision.ACCEPTED ? ClarificationStatus.ACCEPTED : ClarificationStatus.REJECTED;
    const version = await bumpClarification(tx, clarification, input.expectedVersion, {
      status,
      decidedById: viewer.userId,
      decisionReason: input.reason,
      decidedAt: new Date(),
    });
    const answerChanged = correction !== null && (await correctFinding(tx, ctx, clarification, correction));
    await audit(
      tx,
      ctx,
      clarification,
      'clarification.decide',
      { status: clarification.status, version: input.expectedVersion },
      { status, version, reason: input.reason, newAnswer: correction, answerChanged },
    );
    return loadClarification(tx, input.id);
  });
}

/** Puts the accepted answer in place; false when it equals the stored one (nothing to correct). */
async function correctFinding(tx: Prisma.TransactionClient, ctx: ServiceContext, clarification: ClarificationRecord, answer: AnswerState): Promise<boolean> {
  const assessment = await lockAssessment(tx, clarification.assessmentId);
  const stored = (await storedAnswers(tx, assessment.id, [clarification.indicatorCode])).get(clarification.indicatorCode) ?? null;
  if (sameAnswer(stored, answer)) return false;
  await tx.assessment.update({ where: { id: assessment.id }, data: { version: { increment: 1 } } });
  await writeAnswers(tx, ctx, {
    assessment,
    answers: [{ indicatorCode: clarification.indicatorCode, ...answer }],
    versions: { from: assessment.version, to: assessment.version + 1 },
    action: 'assessment.answers.correct',
    cause: { clarificationId: clarification.id },
  });
  return true;
}
