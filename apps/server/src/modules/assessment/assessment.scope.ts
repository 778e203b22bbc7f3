/**
 * Who may see and change an assessment, decided on the assessment itself after `@Access` has let
 * the role in: the province of its body, the stage of its cycle, the viewer's assignments.
 * Clarifications and evidence files follow the assessment they belong to.
 *
 * An object outside the viewer's scope is refused with FORBIDDEN (not hidden as NOT_FOUND): ids
 * are random UUIDs, so confirming that one exists tells nothing worth hiding.
 */
import { AssignmentRole, CycleStage, type Prisma, type PrismaClient } from '@patuh/db';
import type { SignedIn, Viewer } from '../../auth/viewer.js';
import { forbidden, unauthenticated } from '../../errors.js';

export type Db = PrismaClient | Prisma.TransactionClient;

/** What the scope rules need to know about an assessment. */
export interface AssessmentScope {
  cycleId: string;
  unitId: string;
  institutionId: string;
  /** Null for ministries and agencies: headquarters' business. */
  provinceCode: string | null;
  cycleStage: CycleStage;
}

/** Stages from which a body sees its own draft findings: the factual-accuracy check and after. */
export const STAGES_VISIBLE_TO_OFFICERS: readonly CycleStage[] = [
  CycleStage.CLARIFICATION,
  CycleStage.DECISION,
  CycleStage.PUBLISHED,
  CycleStage.ARCHIVED,
];

export function signedIn(viewer: Viewer): SignedIn {
  if (viewer.kind !== 'user') throw unauthenticated();
  return viewer;
}

const NOT_YOUR_BODY = { id: 'Data ini milik instansi lain.', en: 'This belongs to another institution.' };
const NOT_YOUR_PROVINCE = { id: 'Instansi ini di luar provinsi kantor perwakilan Anda.', en: 'This institution is outside your regional office’s province.' };
const NOT_YET_SHARED = {
  id: 'Hasil penilaian dapat dilihat instansi mulai tahap klarifikasi.',
  en: 'Assessment findings are shared with the institution from the clarification stage on.',
};

async function isAssigned(db: Db, viewer: SignedIn, scope: AssessmentScope, role?: AssignmentRole): Promise<boolean> {
  const count = await db.assignment.count({
    where: { cycleId: scope.cycleId, unitId: scope.unitId, userId: viewer.userId, ...(role ? { role } : {}) },
  });
  return count > 0;
}

/** Staff whose office covers the body: headquarters roles everywhere, a regional office its province. */
function staffCovers(viewer: SignedIn, provinceCode: string | null): boolean {
  if (viewer.role === 'ADMIN' || viewer.role === 'VERIFIER') return true;
  return viewer.role === 'REGIONAL_STAFF' && provinceCode !== null && provinceCode === viewer.provinceCode;
}

/** An officer sees its own body's assessments once they are shared with it; staff by office or assignment. */
export async function assertMayRead(db: Db, viewer: Viewer, scope: AssessmentScope): Promise<void> {
  const user = signedIn(viewer);
  if (user.role === 'INSTITUTION_OFFICER') {
    if (user.institutionId !== scope.institutionId) throw forbidden(NOT_YOUR_BODY);
    if (!STAGES_VISIBLE_TO_OFFICERS.includes(scope.cycleStage)) throw forbidden(NOT_YET_SHARED);
    return;
  }
  if (staffCovers(user, scope.provinceCode) || (await isAssigned(db, user, scope))) return;
  throw forbidden(NOT_YOUR_PROVINCE);
}

/**
 * Findings are recorded by an admin, the regional office of the body, or whoever is assigned as
 * its assessor. A verifier is not an assessor by role: whoever verifies did not fill in.
 */
export async function assertMayRecord(db: Db, viewer: Viewer, scope: AssessmentScope): Promise<void> {
  const user = signedIn(viewer);
  if (user.role === 'ADMIN') return;
  if (user.role === 'REGIONAL_STAFF' && scope.provinceCode !== null && scope.provinceCode === user.provinceCode) return;
  if (user.role !== 'INSTITUTION_OFFICER' && (await isAssigned(db, user, scope, AssignmentRole.ASSESSOR))) return;
  throw forbidden();
}

/**
 * The part of a list query that keeps a viewer inside its scope. Asking for a province or body
 * outside it is refused rather than answered with an empty page, so a wrong filter shows as one.
 */
export function assessmentListScope(
  viewer: SignedIn,
  cycleStage: CycleStage,
  requested: { provinceCode?: string | null; institutionId?: string | null },
): Prisma.AssessmentWhereInput {
  switch (viewer.role) {
    case 'INSTITUTION_OFFICER':
      if (!viewer.institutionId || (requested.institutionId && requested.institutionId !== viewer.institutionId)) throw forbidden(NOT_YOUR_BODY);
      if (!STAGES_VISIBLE_TO_OFFICERS.includes(cycleStage)) throw forbidden(NOT_YET_SHARED);
      return { sampling: { institutionId: viewer.institutionId } };
    case 'REGIONAL_STAFF':
      if (requested.provinceCode && requested.provinceCode !== viewer.provinceCode) throw forbidden(NOT_YOUR_PROVINCE);
      return {
        OR: [
          ...(viewer.provinceCode ? [{ sampling: { unit: { institution: { provinceCode: viewer.provinceCode } } } }] : []),
          { sampling: { assignments: { some: { userId: viewer.userId } } } },
        ],
      };
    default:
      return {};
  }
}
