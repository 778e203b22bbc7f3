/** Which stages of a cycle allow which registry changes. */
import { CycleStage } from '@patuh/db';
import { stageNotAllowed, type Bilingual } from '../../errors.js';

/** Once a cycle is published its results are frozen, so its bodies and units may be retired. */
export const FINISHED_STAGES: readonly CycleStage[] = [CycleStage.PUBLISHED, CycleStage.ARCHIVED];

/** Service products are what assessors observe: they may change only until collection ends. */
export const PRODUCT_EDITING_STAGES: readonly CycleStage[] = [CycleStage.DRAFT, CycleStage.PREPARATION, CycleStage.COLLECTION];

export const isFinished = (stage: CycleStage) => FINISHED_STAGES.includes(stage);

/** Refuses to retire something still being assessed, naming every cycle that holds it. */
export function refuseWhileAssessed(what: Bilingual, cycles: { year: number; stage: CycleStage }[]): void {
  if (!cycles.length) return;
  throw stageNotAllowed(
    {
      id: `${what.id} sedang dinilai dalam siklus yang belum dipublikasikan; nonaktifkan setelah siklus itu dipublikasikan.`,
      en: `${what.en} is being assessed in a cycle not yet published; deactivate it once that cycle is published.`,
    },
    cycles.map((c) => ({ id: `Siklus ${c.year} berada pada tahap ${c.stage}.`, en: `Cycle ${c.year} is at stage ${c.stage}.` })),
  );
}

export function assertProductsEditable(cycle: { year: number; stage: CycleStage }): void {
  if (PRODUCT_EDITING_STAGES.includes(cycle.stage)) return;
  throw stageNotAllowed(
    {
      id: `Produk layanan siklus ${cycle.year} tidak dapat diubah lagi pada tahap ${cycle.stage}.`,
      en: `Service products of cycle ${cycle.year} can no longer change at stage ${cycle.stage}.`,
    },
    [{ id: 'Produk layanan hanya dapat diubah pada tahap DRAFT, PREPARATION, atau COLLECTION.', en: 'Service products change only at stages DRAFT, PREPARATION or COLLECTION.' }],
  );
}
