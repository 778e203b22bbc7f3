/**
 * A clarification is read by whoever may read its assessment (the body's officers, staff in
 * scope); while it is undecided and the cycle is in CLARIFICATION, they may also add to it.
 */
import { ClarificationStatus, CycleStage, type Prisma } from '@patuh/db';
import { notFound, stageNotAllowed, type Bilingual } from '../../errors.js';
import type { AssessmentScope, Db } from '../assessment/assessment.scope.js';

export const CLARIFICATION: Bilingual = { id: 'Klarifikasi', en: 'Clarification' };

/** Raised, possibly answered, not yet decided nor withdrawn. */
export const UNDECIDED: readonly ClarificationStatus[] = [ClarificationStatus.OPEN, ClarificationStatus.ANSWERED];

export const CLARIFICATION_SELECT = {
  id: true,
  cycleId: true,
  assessmentId: true,
  institutionId: true,
  indicatorCode: true,
  status: true,
  version: true,
  decisionReason: true,
  decidedAt: true,
  createdAt: true,
  updatedAt: true,
  raisedBy: { select: { id: true, name: true } },
  decidedBy: { select: { id: true, name: true } },
  cycle: { select: { stage: true } },
  assessment: { select: { unitId: true } },
  institution: { select: { provinceCode: true } },
} satisfies Prisma.ClarificationSelect;

export type ClarificationRow = Prisma.ClarificationGetPayload<{ select: typeof CLARIFICATION_SELECT }>;

export type ClarificationRecord = Omit<ClarificationRow, 'cycle' | 'assessment' | 'institution'> & AssessmentScope;

export function toClarificationRecord(row: ClarificationRow): ClarificationRecord {
  const { cycle, assessment, institution, ...rest } = row;
  return { ...rest, cycleStage: cycle.stage, unitId: assessment.unitId, provinceCode: institution.provinceCode };
}

export async function loadClarification(db: Db, id: string): Promise<ClarificationRecord> {
  const row = await db.clarification.findUnique({ where: { id }, select: CLARIFICATION_SELECT });
  if (!row) throw notFound(CLARIFICATION);
  return toClarificationRecord(row);
}

const CLARIFICATION_STAGE_REASON = (stage: CycleStage): Bilingual => ({
  id: `Tahap siklus saat ini: ${stage}; klarifikasi hanya pada tahap CLARIFICATION.`,
  en: `The cycle is at ${stage}; clarifications happen only at CLARIFICATION.`,
});

export function assertClarificationStage(stage: CycleStage): void {
  if (stage !== CycleStage.CLARIFICATION) {
    throw stageNotAllowed({ id: 'Siklus ini tidak sedang dalam tahap klarifikasi.', en: 'This cycle is not in its clarification stage.' }, [CLARIFICATION_STAGE_REASON(stage)]);
  }
}

/** Messages, evidence, answers and decisions only on an undecided request, during the clarification stage. */
export function assertUndecided(clarification: ClarificationRecord): void {
  assertClarificationStage(clarification.cycleStage);
  if (!UNDECIDED.includes(clarification.status)) {
    throw stageNotAllowed(
      { id: `Klarifikasi ini sudah ${clarification.status}.`, en: `This clarification is already ${clarification.status}.` },
      [{ id: 'Hanya klarifikasi OPEN atau ANSWERED yang dapat diubah.', en: 'Only OPEN or ANSWERED clarifications can change.' }],
    );
  }
}
