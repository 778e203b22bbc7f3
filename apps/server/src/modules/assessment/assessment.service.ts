/**
 * Assessments: reading them within scope, the work queues, recording findings, and the workflow
 * DRAFT → SUBMITTED → VERIFIED (or RETURNED and back). Every change names the version it read,
 * runs in one transaction and leaves one audit event.
 */
import { AssessmentStatus, CommentKind, CycleStage, type Prisma, type PrismaClient } from '@patuh/db';
import type { CompiledMethodology } from '@patuh/scoring';
import { scoreUnit } from '@patuh/scoring';
import { recordAudit } from '../../audit/audit.js';
import type { Viewer } from '../../auth/viewer.js';
import { badInput, conflict, notFound, stageNotAllowed, type Bilingual } from '../../errors.js';
import { decodeCursor, pageSize, toConnection, type ConnectionShape } from '../../graphql/connection.js';
import { refuseInvalidAnswers, sameAnswer, scoringAnswers, stateOfRow, type AnswerRow, type AnswerState } from './answers.js';
import { ANSWER_SELECT, COMMENT_SELECT, latestMethodology, toApiAnswer } from './assessment.loaders.js';
import { assertMayRead, assertMayRecord, assessmentListScope, signedIn, type AssessmentScope, type Db } from './assessment.scope.js';
import type { Assessment, AssessmentComment, AnswerChange } from './assessment.type.js';

/** What services need of a request: GraphQL's context and the evidence routes both provide it. */
export interface ServiceContext {
  prisma: PrismaClient;
  viewer: Viewer;
  requestId: string;
}

export type AssessmentRecord = Assessment & AssessmentScope;

const ASSESSMENT: Bilingual = { id: 'Penilaian', en: 'Assessment' };
const CYCLE: Bilingual = { id: 'Siklus', en: 'Cycle' };

/** Audited actions whose before/after carry `{ version, answers: { [code]: AnswerState | null } }`. */
export const ANSWER_ACTIONS = ['assessment.answers.save', 'assessment.answers.correct'] as const;

const ASSESSMENT_SELECT = {
  id: true,
  cycleId: true,
  unitId: true,
  status: true,
  version: true,
  submittedAt: true,
  verifiedAt: true,
  updatedAt: true,
  cycle: { select: { stage: true } },
  sampling: { select: { institutionId: true, unit: { select: { institution: { select: { provinceCode: true } } } } } },
} satisfies Prisma.AssessmentSelect;

function toRecord(row: Prisma.AssessmentGetPayload<{ select: typeof ASSESSMENT_SELECT }>): AssessmentRecord {
  const { cycle, sampling, ...rest } = row;
  return { ...rest, cycleStage: cycle.stage, institutionId: sampling.institutionId, provinceCode: sampling.unit.institution.provinceCode };
}

export async function loadAssessment(db: Db, id: string): Promise<AssessmentRecord> {
  const row = await db.assessment.findUnique({ where: { id }, select: ASSESSMENT_SELECT });
  if (!row) throw notFound(ASSESSMENT);
  return toRecord(row);
}

/** Loads an assessment and holds its row lock to the end of the transaction. */
export async function lockAssessment(tx: Prisma.TransactionClient, id: string): Promise<AssessmentRecord> {
  await tx.$queryRaw`SELECT id FROM "assessment" WHERE id = ${id}::uuid FOR UPDATE`;
  return loadAssessment(tx, id);
}

// ------------------------------------------------------------------ reading

export async function readAssessment(ctx: ServiceContext, id: string): Promise<AssessmentRecord> {
  const assessment = await loadAssessment(ctx.prisma, id);
  await assertMayRead(ctx.prisma, ctx.viewer, assessment);
  return assessment;
}

export async function readAssessmentOf(ctx: ServiceContext, cycleId: string, unitId: string): Promise<AssessmentRecord> {
  const row = await ctx.prisma.assessment.findUnique({ where: { cycleId_unitId: { cycleId, unitId } }, select: ASSESSMENT_SELECT });
  if (!row) throw notFound(ASSESSMENT);
  const assessment = toRecord(row);
  await assertMayRead(ctx.prisma, ctx.viewer, assessment);
  return assessment;
}

export interface AssessmentQuery {
  status?: AssessmentStatus | null;
  provinceCode?: string | null;
  institutionId?: string | null;
  assignedToMe?: boolean | null;
}

/** A cursor is the id of the last row: ids are UUIDv7, so id order is creation order. */
export function idAfter(after: string | null | undefined): string | undefined {
  const key = decodeCursor(after);
  if (key === undefined) return undefined;
  const [id] = key;
  if (typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) {
    throw badInput('after', { id: 'Kursor halaman tidak dikenali.', en: 'Unknown page cursor.' });
  }
  return id;
}

export async function listAssessments(
  ctx: ServiceContext,
  cycleId: string,
  query: AssessmentQuery,
  page: { first?: number | null; after?: string | null },
): Promise<ConnectionShape<AssessmentRecord>> {
  const viewer = signedIn(ctx.viewer);
  const size = pageSize(page.first);
  const after = idAfter(page.after);
  const cycle = await ctx.prisma.cycle.findUnique({ where: { id: cycleId }, select: { stage: true } });
  if (!cycle) throw notFound(CYCLE);
  const where: Prisma.AssessmentWhereInput = {
    AND: [
      { cycleId },
      assessmentListScope(viewer, cycle.stage, query),
      query.status ? { status: query.status } : {},
      query.provinceCode ? { sampling: { unit: { institution: { provinceCode: query.provinceCode } } } } : {},
      query.institutionId ? { sampling: { institutionId: query.institutionId } } : {},
      query.assignedToMe ? { sampling: { assignments: { some: { userId: viewer.userId } } } } : {},
    ],
  };
  const [rows, totalCount] = await Promise.all([
    ctx.prisma.assessment.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: 'asc' },
      take: size + 1,
      select: ASSESSMENT_SELECT,
    }),
    ctx.prisma.assessment.count({ where }),
  ]);
  return toConnection(rows.map(toRecord), size, totalCount, (r) => [r.id]);
}

type AnswersSnapshot = Record<string, AnswerState | null>;

function isAnswersSnapshot(value: unknown): value is { answers: AnswersSnapshot } {
  return typeof value === 'object' && value !== null && typeof (value as { answers?: unknown }).answers === 'object';
}

/**
 * How answers changed after `since`, read from the audit trail: per indicator, the state before
 * the first change and after the last one; indicators that ended where they started are left out.
 */
export async function answerChanges(ctx: ServiceContext, id: string, since: Date): Promise<AnswerChange[]> {
  await readAssessment(ctx, id);
  const events = await ctx.prisma.auditEvent.findMany({
    where: { entityType: 'Assessment', entityId: id, action: { in: [...ANSWER_ACTIONS] }, at: { gt: since } },
    orderBy: { id: 'asc' },
    select: { at: true, action: true, before: true, after: true, actor: { select: { id: true, name: true } } },
  });
  const changes = new Map<string, AnswerChange>();
  for (const event of events) {
    if (!isAnswersSnapshot(event.before) || !isAnswersSnapshot(event.after)) continue;
    for (const [code, after] of Object.entries(event.after.answers)) {
      const first = changes.get(code);
      changes.set(code, {
        indicatorCode: code,
        before: first ? first.before : (event.before.answers[code] ?? null),
        after: after ?? null,
        changedAt: event.at,
        changedBy: event.actor,
        action: event.action,
      });
    }
  }
  return [...changes.values()]
    .filter((c) => !sameAnswer(c.before, c.after))
    .sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode));
}

// ------------------------------------------------------------------ findings

const FINDINGS_CLOSED: Bilingual = {
  id: 'Temuan penilaian ini tidak dapat diubah pada tahap ini.',
  en: 'The findings of this assessment cannot be changed at this stage.',
};

/** Findings change while collecting (drafts and returned ones), and during verification only when returned. */
export function assertFindingsOpen(assessment: AssessmentRecord): void {
  const { cycleStage: stage, status } = assessment;
  const open =
    (stage === CycleStage.COLLECTION && (status === AssessmentStatus.DRAFT || status === AssessmentStatus.RETURNED)) ||
    (stage === CycleStage.VERIFICATION && status === AssessmentStatus.RETURNED);
  if (!open) {
    throw stageNotAllowed(FINDINGS_CLOSED, [
      { id: `Tahap siklus: ${stage}; status penilaian: ${status}.`, en: `Cycle stage: ${stage}; assessment status: ${status}.` },
      {
        id: 'Temuan dapat diubah pada tahap COLLECTION (DRAFT atau RETURNED), atau VERIFICATION bila RETURNED.',
        en: 'Findings change in COLLECTION (DRAFT or RETURNED), or in VERIFICATION when RETURNED.',
      },
    ]);
  }
}

export async function methodologyFor(db: Db, cycleId: string): Promise<CompiledMethodology> {
  const methodology = await latestMethodology(db, cycleId);
  if (!methodology) {
    throw stageNotAllowed({ id: 'Siklus ini belum memiliki metodologi.', en: 'This cycle has no methodology yet.' });
  }
  return methodology;
}

const STALE_ANSWERS: Bilingual = {
  id: 'Penilaian ini telah diubah orang lain sejak Anda membukanya. Periksa jawaban terkini lalu simpan kembali.',
  en: 'Someone else changed this assessment since you opened it. Review the current answers and save again.',
};

/** The conflict answer of a save: the current version and every current answer, so nothing typed is lost. */
async function answersConflict(db: Db, assessmentId: string) {
  const current = await db.assessment.findUniqueOrThrow({
    where: { id: assessmentId },
    select: { version: true, answers: { orderBy: { indicatorCode: 'asc' }, select: ANSWER_SELECT } },
  });
  return conflict(STALE_ANSWERS, { version: current.version, answers: current.answers.map(toApiAnswer) });
}

/**
 * Moves the assessment to its next version if it is still at `expectedVersion`. The UPDATE takes
 * the row lock, so of two writers who read the same version exactly one gets through; the other
 * finds the version moved on once the first commits.
 */
async function bumpVersion(
  tx: Prisma.TransactionClient,
  id: string,
  expectedVersion: number,
  data: Prisma.AssessmentUpdateManyMutationInput,
  onConflict: () => Promise<Error>,
): Promise<number> {
  const { count } = await tx.assessment.updateMany({ where: { id, version: expectedVersion }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw await onConflict();
  return expectedVersion + 1;
}

/** Stored answers of the given indicators. */
export async function storedAnswers(db: Db, assessmentId: string, codes: readonly string[]): Promise<Map<string, AnswerState>> {
  const rows = await db.assessmentAnswer.findMany({
    where: { assessmentId, indicatorCode: { in: [...codes] } },
    select: { indicatorCode: true, value: true, notApplicable: true, note: true },
  });
  return new Map(rows.map((r) => [r.indicatorCode, stateOfRow(r)]));
}

export interface AnswerWrite {
  assessment: AssessmentRecord;
  /** The answers as they will be; only those that differ from what is stored are written. */
  answers: readonly AnswerRow[];
  versions: { from: number; to: number };
  action: (typeof ANSWER_ACTIONS)[number];
  /** Why, when the change is not an assessor's own (e.g. the clarification that decided it). */
  cause?: Record<string, unknown>;
}

/**
 * Writes answers and the one audit event that records them with the state before. The caller has
 * moved the assessment's version on in the same transaction, which serialises every writer of
 * answers, so the state read here is the state being replaced.
 */
export async function writeAnswers(tx: Prisma.TransactionClient, ctx: ServiceContext, write: AnswerWrite): Promise<void> {
  const { assessment } = write;
  const stored = await storedAnswers(tx, assessment.id, write.answers.map((a) => a.indicatorCode));
  const before: AnswersSnapshot = {};
  const after: AnswersSnapshot = {};
  const updatedById = ctx.viewer.kind === 'user' ? ctx.viewer.userId : null;
  for (const { indicatorCode, ...state } of write.answers) {
    const previous = stored.get(indicatorCode) ?? null;
    if (sameAnswer(previous, state)) continue;
    before[indicatorCode] = previous;
    after[indicatorCode] = state;
    await tx.assessmentAnswer.upsert({
      where: { assessmentId_indicatorCode: { assessmentId: assessment.id, indicatorCode } },
      create: { assessmentId: assessment.id, indicatorCode, ...state, updatedById },
      update: { ...state, updatedById },
    });
  }
  await recordAudit(tx, ctx.viewer, ctx.requestId, {
    action: write.action,
    entityType: 'Assessment',
    entityId: assessment.id,
    cycleId: assessment.cycleId,
    institutionId: assessment.institutionId,
    before: { version: write.versions.from, answers: before },
    after: { version: write.versions.to, answers: after, ...write.cause },
  });
}

export interface SaveAnswersInput {
  assessmentId: string;
  expectedVersion: number;
  answers: readonly AnswerRow[];
}

/**
 * Records findings. Every answer is checked against the cycle's methodology first; a save that
 * changes nothing writes nothing (an autosave of unchanged answers leaves no trace in the audit).
 */
export async function saveAnswers(ctx: ServiceContext, input: SaveAnswersInput): Promise<AssessmentRecord> {
  return ctx.prisma.$transaction(async (tx) => {
    const assessment = await loadAssessment(tx, input.assessmentId);
    await assertMayRecord(tx, ctx.viewer, assessment);
    assertFindingsOpen(assessment);
    refuseInvalidAnswers(await methodologyFor(tx, assessment.cycleId), input.answers, (i, key) => `answers[${i}].${key}`);

    const stored = await storedAnswers(tx, assessment.id, input.answers.map((a) => a.indicatorCode));
    const changes = input.answers.some(({ indicatorCode, ...state }) => !sameAnswer(stored.get(indicatorCode) ?? null, state));
    if (!changes) {
      if (assessment.version !== input.expectedVersion) throw await answersConflict(tx, assessment.id);
      return assessment;
    }
    const to = await bumpVersion(tx, assessment.id, input.expectedVersion, {}, () => answersConflict(tx, assessment.id));
    await writeAnswers(tx, ctx, { assessment, answers: input.answers, versions: { from: input.expectedVersion, to }, action: 'assessment.answers.save' });
    return loadAssessment(tx, assessment.id);
  });
}

// ------------------------------------------------------------------ workflow

const WORKFLOW_STAGES: readonly CycleStage[] = [CycleStage.COLLECTION, CycleStage.VERIFICATION];

function assertAwaitingVerification(assessment: AssessmentRecord): void {
  if (assessment.status !== AssessmentStatus.SUBMITTED || !WORKFLOW_STAGES.includes(assessment.cycleStage)) {
    throw stageNotAllowed(
      { id: 'Hanya penilaian berstatus SUBMITTED yang dapat diverifikasi atau dikembalikan.', en: 'Only SUBMITTED assessments can be verified or returned.' },
      [{ id: `Tahap siklus: ${assessment.cycleStage}; status penilaian: ${assessment.status}.`, en: `Cycle stage: ${assessment.cycleStage}; assessment status: ${assessment.status}.` }],
    );
  }
}

/** A unit is submitted only when every indicator has a valid answer or is not applicable. */
async function assertComplete(db: Db, assessment: AssessmentRecord): Promise<void> {
  const methodology = await methodologyFor(db, assessment.cycleId);
  const rows = await db.assessmentAnswer.findMany({
    where: { assessmentId: assessment.id },
    select: { indicatorCode: true, value: true, notApplicable: true, note: true },
  });
  const result = scoreUnit(methodology, scoringAnswers(rows.map((r) => ({ indicatorCode: r.indicatorCode, ...stateOfRow(r) }))), { explain: false });
  if (result.complete) return;
  const missing = [...result.missing];
  const invalid = result.invalid.map((p) => p.indicatorCode);
  throw badInput(
    'id',
    {
      id: `Penilaian belum lengkap: ${missing.length} indikator belum dijawab, ${invalid.length} tidak sesuai skala.`,
      en: `The assessment is incomplete: ${missing.length} indicator(s) unanswered, ${invalid.length} off their scale.`,
    },
    { missing, invalid },
  );
}

interface Transition {
  action: string;
  to: AssessmentStatus;
  /** Scope, stage and content checks on the assessment as read in the transaction. */
  guard: (tx: Prisma.TransactionClient, assessment: AssessmentRecord) => Promise<void>;
  stamp?: Prisma.AssessmentUpdateManyMutationInput;
  comment?: { kind: CommentKind; body: string } | null;
}

async function moveAssessment(ctx: ServiceContext, id: string, expectedVersion: number, transition: Transition): Promise<AssessmentRecord> {
  return ctx.prisma.$transaction(async (tx) => {
    const assessment = await loadAssessment(tx, id);
    await transition.guard(tx, assessment);
    const to = await bumpVersion(tx, id, expectedVersion, { status: transition.to, ...transition.stamp }, async () => {
      const current = await loadAssessment(tx, id);
      return conflict(
        { id: 'Penilaian ini telah diubah orang lain. Muat ulang lalu coba lagi.', en: 'Someone else changed this assessment. Reload and try again.' },
        { version: current.version, status: current.status },
      );
    });
    const viewer = signedIn(ctx.viewer);
    if (transition.comment) {
      await tx.assessmentComment.create({ data: { assessmentId: id, authorId: viewer.userId, kind: transition.comment.kind, body: transition.comment.body } });
    }
    await recordAudit(tx, ctx.viewer, ctx.requestId, {
      action: transition.action,
      entityType: 'Assessment',
      entityId: id,
      cycleId: assessment.cycleId,
      institutionId: assessment.institutionId,
      before: { status: assessment.status, version: expectedVersion },
      after: { status: transition.to, version: to, comment: transition.comment?.body },
    });
    return loadAssessment(tx, id);
  });
}

export function submitAssessment(ctx: ServiceContext, id: string, expectedVersion: number): Promise<AssessmentRecord> {
  return moveAssessment(ctx, id, expectedVersion, {
    action: 'assessment.submit',
    to: AssessmentStatus.SUBMITTED,
    stamp: { submittedAt: new Date() },
    guard: async (tx, assessment) => {
      await assertMayRecord(tx, ctx.viewer, assessment);
      assertFindingsOpen(assessment);
      await assertComplete(tx, assessment);
    },
  });
}

/** Verifiers and admins work on every assessment (`@Access` admits only them), so only the state is checked. */
export function returnAssessment(ctx: ServiceContext, id: string, expectedVersion: number, comment: string): Promise<AssessmentRecord> {
  return moveAssessment(ctx, id, expectedVersion, {
    action: 'assessment.return',
    to: AssessmentStatus.RETURNED,
    comment: { kind: CommentKind.RETURN, body: comment },
    guard: async (_tx, assessment) => assertAwaitingVerification(assessment),
  });
}

export function verifyAssessment(ctx: ServiceContext, id: string, expectedVersion: number, comment: string | null): Promise<AssessmentRecord> {
  return moveAssessment(ctx, id, expectedVersion, {
    action: 'assessment.verify',
    to: AssessmentStatus.VERIFIED,
    stamp: { verifiedAt: new Date() },
    comment: comment ? { kind: CommentKind.VERIFY, body: comment } : null,
    guard: async (_tx, assessment) => assertAwaitingVerification(assessment),
  });
}

export interface CommentInput {
  assessmentId: string;
  body: string;
  indicatorCode: string | null;
}

export async function addComment(ctx: ServiceContext, input: CommentInput): Promise<AssessmentComment> {
  const viewer = signedIn(ctx.viewer);
  return ctx.prisma.$transaction(async (tx) => {
    const assessment = await loadAssessment(tx, input.assessmentId);
    await assertMayRead(tx, viewer, assessment);
    if (input.indicatorCode !== null) {
      const methodology = await methodologyFor(tx, assessment.cycleId);
      if (!methodology.indicatorIndex.has(input.indicatorCode)) {
        throw badInput('indicatorCode', {
          id: `Indikator ${input.indicatorCode} tidak ada dalam metodologi siklus ini.`,
          en: `Indicator ${input.indicatorCode} is not in this cycle’s methodology.`,
        });
      }
    }
    const comment = await tx.assessmentComment.create({
      data: { assessmentId: assessment.id, authorId: viewer.userId, kind: CommentKind.NOTE, indicatorCode: input.indicatorCode, body: input.body },
      select: COMMENT_SELECT,
    });
    await recordAudit(tx, viewer, ctx.requestId, {
      action: 'assessment.comment',
      entityType: 'Assessment',
      entityId: assessment.id,
      cycleId: assessment.cycleId,
      institutionId: assessment.institutionId,
      after: { commentId: comment.id, indicatorCode: input.indicatorCode, body: input.body },
    });
    return comment;
  });
}
