/**
 * Methods shipped with the platform, built from the published figures (see each preset's notes
 * for what is inferred). Cycles copy a preset into their own versioned methodology.
 */
import type { LocalizedText, Methodology } from '../methodology/types.js';
import { METHOD_2022 } from './method-2022.js';
import { OPINI_2025 } from './opini-2025.js';
import { ZONES_2017 } from './zones-2017.js';

export { ZONES_2017 } from './zones-2017.js';
export { METHOD_2022, INPUT_2023, PROSES_2023, OUTPUT_2023, PENGADUAN_2023, COMPLAINT_HANDLING_2023 } from './method-2022.js';
export { OPINI_2025, withGradeBands } from './opini-2025.js';
export { GRADE_BANDS_2022, ZONE_BANDS_2017 } from './common.js';

export type PresetId = 'ZONES_2017' | 'METHOD_2022' | 'OPINI_2025';

export const presets: Readonly<Record<PresetId, Methodology>> = { ZONES_2017, METHOD_2022, OPINI_2025 };

export interface PresetSummary {
  readonly id: string;
  readonly version: string;
  readonly title: LocalizedText;
  readonly years: readonly number[];
}

/** The presets, oldest method first. */
export function listPresets(): PresetSummary[] {
  return [ZONES_2017, METHOD_2022, OPINI_2025].map(({ id, version, title, years }) => ({ id, version, title, years }));
}

/** A preset by id, or undefined. */
export function getPreset(id: string): Methodology | undefined {
  return Object.prototype.hasOwnProperty.call(presets, id) ? presets[id as PresetId] : undefined;
}
