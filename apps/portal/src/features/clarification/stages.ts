import type { CycleStage } from '@patuh/graphql';

const ORDER: readonly CycleStage[] = ['DRAFT', 'PREPARATION', 'COLLECTION', 'VERIFICATION', 'CLARIFICATION', 'DECISION', 'PUBLISHED', 'ARCHIVED'];

/** Where a stage stands relative to the clarification stage: before it, in it, or after it. */
export function clarificationPhase(stage: CycleStage): 'before' | 'open' | 'after' {
  const index = ORDER.indexOf(stage);
  const clarification = ORDER.indexOf('CLARIFICATION');
  return index < clarification ? 'before' : index === clarification ? 'open' : 'after';
}
