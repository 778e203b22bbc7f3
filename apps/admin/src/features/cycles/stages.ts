import type { CycleStage } from '@patuh/graphql';

/** Where a stage stands against the cycle's current one. */
export type StageProgress = 'DONE' | 'CURRENT' | 'UPCOMING';

export interface StageWindow {
  stage: CycleStage;
  opensAt: string | null;
  closesAt: string | null;
  openedAt: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Windows are kept as calendar dates (midnight in Jakarta) and a closing date is the last day
 * of its window, so a deadline has passed once that whole day has.
 */
export function isPastDeadline(closesAt: string | null, now: Date): boolean {
  return closesAt !== null && now.getTime() >= new Date(closesAt).getTime() + DAY_MS;
}

export interface StageRow extends StageWindow {
  progress: StageProgress;
  /** Not finished although its deadline has passed. */
  overdue: boolean;
}

/** The cycle's stages (in the API's order) with where each stands and whether it is late. */
export function stageRows(stages: readonly StageWindow[], current: CycleStage, now: Date): StageRow[] {
  const currentIndex = stages.findIndex((window) => window.stage === current);
  return stages.map((window, index) => {
    const progress: StageProgress = index < currentIndex ? 'DONE' : index === currentIndex ? 'CURRENT' : 'UPCOMING';
    return { ...window, progress, overdue: progress !== 'DONE' && isPastDeadline(window.closesAt, now) };
  });
}
