/**
 * The yearly cycle's stages and who sees what of a cycle at each of them: the rules every other
 * part of the module reads, kept free of I/O.
 */
import { CycleStage } from '@patuh/db';
import { isStaff, type Viewer } from '../../auth/viewer.js';
import type { Bilingual } from '../../errors.js';

export const STAGE_ORDER: readonly CycleStage[] = [
  CycleStage.DRAFT,
  CycleStage.PREPARATION,
  CycleStage.COLLECTION,
  CycleStage.VERIFICATION,
  CycleStage.CLARIFICATION,
  CycleStage.DECISION,
  CycleStage.PUBLISHED,
  CycleStage.ARCHIVED,
];

export const STAGE_NAMES: Readonly<Record<CycleStage, Bilingual>> = {
  DRAFT: { id: 'Draf', en: 'Draft' },
  PREPARATION: { id: 'Persiapan', en: 'Preparation' },
  COLLECTION: { id: 'Pengumpulan Data', en: 'Data collection' },
  VERIFICATION: { id: 'Verifikasi', en: 'Verification' },
  CLARIFICATION: { id: 'Klarifikasi', en: 'Clarification' },
  DECISION: { id: 'Penetapan', en: 'Decision' },
  PUBLISHED: { id: 'Publikasi', en: 'Published' },
  ARCHIVED: { id: 'Arsip', en: 'Archived' },
};

const stageIndex = (stage: CycleStage): number => STAGE_ORDER.indexOf(stage);

export function nextStage(stage: CycleStage): CycleStage | null {
  return STAGE_ORDER[stageIndex(stage) + 1] ?? null;
}

/**
 * Verification, clarification and decision may reopen the stage before them (a finding to
 * redo, a clarification to reconsider); earlier stages have nothing to reopen, and published
 * results are corrected by a new revision, never by moving back.
 */
const MAY_STEP_BACK: ReadonlySet<CycleStage> = new Set([CycleStage.VERIFICATION, CycleStage.CLARIFICATION, CycleStage.DECISION]);

export function previousStage(stage: CycleStage): CycleStage | null {
  return MAY_STEP_BACK.has(stage) ? (STAGE_ORDER[stageIndex(stage) - 1] ?? null) : null;
}

/** The methodology and the sample are fixed once data collection starts. */
export const PLANNING_STAGES: ReadonlySet<CycleStage> = new Set([CycleStage.DRAFT, CycleStage.PREPARATION]);

/**
 * Staff see every cycle. The public and institution officers see the published and archived
 * cycles, and every cycle under way once it has been announced (left DRAFT), with its stage and
 * schedule: bodies must know an assessment is coming and when to expect clarification.
 */
export function cycleVisibleTo(viewer: Viewer, stage: CycleStage): boolean {
  return isStaff(viewer) || stage !== CycleStage.DRAFT;
}

/**
 * A methodology is a draft while it may still change (DRAFT, PREPARATION): only staff read it
 * then. From data collection on it is fixed, and everyone who sees the cycle may read it.
 */
export function methodologyVisibleTo(viewer: Viewer, stage: CycleStage): boolean {
  return isStaff(viewer) || (cycleVisibleTo(viewer, stage) && !PLANNING_STAGES.has(stage));
}
