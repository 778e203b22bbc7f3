/**
 * Per-request DataLoaders for what an assessment shows (answers, evidence, comments, its unit and
 * body, the cycle's methodology), so a page of the queue costs a few queries, not a few per row.
 */
import DataLoader from 'dataloader';
import type { Prisma } from '@patuh/db';
import { assertMethodology, compileMethodology, type CompiledMethodology } from '@patuh/scoring';
import { byKeys, defineLoader } from '../../graphql/loaders.js';
import { stateOfRow, type AnswerRow } from './answers.js';
import type { Db } from './assessment.scope.js';
import type { AssessmentAnswer, AssessmentComment, AssessmentInstitution, AssessmentUnit, Evidence } from './assessment.type.js';

export function groupBy<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}

const PERSON = { select: { id: true, name: true } } as const;

/** The newest methodology version of each cycle, compiled; cycles without one are absent. */
export async function latestMethodologies(db: Db, cycleIds: readonly string[]): Promise<Map<string, CompiledMethodology>> {
  const rows = await db.methodology.findMany({
    where: { cycleId: { in: [...cycleIds] } },
    orderBy: [{ cycleId: 'asc' }, { version: 'desc' }],
    distinct: ['cycleId'],
    select: { cycleId: true, document: true },
  });
  return new Map(rows.map((r) => [r.cycleId, compileMethodology(assertMethodology(r.document))]));
}

export async function latestMethodology(db: Db, cycleId: string): Promise<CompiledMethodology | null> {
  return (await latestMethodologies(db, [cycleId])).get(cycleId) ?? null;
}

export const methodologyOfCycle = defineLoader(
  (prisma) =>
    new DataLoader<string, CompiledMethodology | null>(async (cycleIds) => {
      const found = await latestMethodologies(prisma, cycleIds);
      return cycleIds.map((id) => found.get(id) ?? null);
    }),
);

export const ANSWER_SELECT = {
  assessmentId: true,
  indicatorCode: true,
  value: true,
  notApplicable: true,
  note: true,
  updatedAt: true,
  updatedBy: PERSON,
} satisfies Prisma.AssessmentAnswerSelect;

export type ApiAnswer = AssessmentAnswer & AnswerRow;

export function toApiAnswer(row: Prisma.AssessmentAnswerGetPayload<{ select: typeof ANSWER_SELECT }>): ApiAnswer {
  return { indicatorCode: row.indicatorCode, ...stateOfRow(row), updatedBy: row.updatedBy, updatedAt: row.updatedAt };
}

export const answersOfAssessment = defineLoader(
  (prisma) =>
    new DataLoader<string, ApiAnswer[]>(async (ids) => {
      const rows = await prisma.assessmentAnswer.findMany({
        where: { assessmentId: { in: [...ids] } },
        orderBy: { indicatorCode: 'asc' },
        select: ANSWER_SELECT,
      });
      return groupBy(ids, rows, (r) => r.assessmentId).map((group) => group.map(toApiAnswer));
    }),
);

export const EVIDENCE_SELECT = {
  id: true,
  assessmentId: true,
  clarificationId: true,
  indicatorCode: true,
  fileName: true,
  contentType: true,
  sizeBytes: true,
  checksum: true,
  createdAt: true,
  uploadedBy: PERSON,
} satisfies Prisma.EvidenceSelect;

export function toApiEvidence(row: Prisma.EvidenceGetPayload<{ select: typeof EVIDENCE_SELECT }>): Evidence {
  const { assessmentId: _a, clarificationId: _c, ...evidence } = row;
  return { ...evidence, downloadUrl: `/api/evidence/${row.id}` };
}

export const evidenceOfAssessment = defineLoader(
  (prisma) =>
    new DataLoader<string, Evidence[]>(async (ids) => {
      const rows = await prisma.evidence.findMany({ where: { assessmentId: { in: [...ids] } }, orderBy: { createdAt: 'asc' }, select: EVIDENCE_SELECT });
      return groupBy(ids, rows, (r) => r.assessmentId ?? '').map((group) => group.map(toApiEvidence));
    }),
);

export const evidenceOfClarification = defineLoader(
  (prisma) =>
    new DataLoader<string, Evidence[]>(async (ids) => {
      const rows = await prisma.evidence.findMany({ where: { clarificationId: { in: [...ids] } }, orderBy: { createdAt: 'asc' }, select: EVIDENCE_SELECT });
      return groupBy(ids, rows, (r) => r.clarificationId ?? '').map((group) => group.map(toApiEvidence));
    }),
);

export const COMMENT_SELECT = {
  id: true,
  assessmentId: true,
  kind: true,
  indicatorCode: true,
  body: true,
  createdAt: true,
  author: PERSON,
} satisfies Prisma.AssessmentCommentSelect;

export const commentsOfAssessment = defineLoader(
  (prisma) =>
    new DataLoader<string, AssessmentComment[]>(async (ids) => {
      const rows = await prisma.assessmentComment.findMany({ where: { assessmentId: { in: [...ids] } }, orderBy: { createdAt: 'asc' }, select: COMMENT_SELECT });
      return groupBy(ids, rows, (r) => r.assessmentId);
    }),
);

export const unitById = defineLoader(
  (prisma) =>
    new DataLoader<string, AssessmentUnit | null>(async (ids) => {
      const rows = await prisma.unit.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
      return byKeys(ids, rows, (r) => r.id);
    }),
);

export const institutionById = defineLoader(
  (prisma) =>
    new DataLoader<string, AssessmentInstitution | null>(async (ids) => {
      const rows = await prisma.institution.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true, provinceCode: true } });
      return byKeys(ids, rows, (r) => r.id);
    }),
);
