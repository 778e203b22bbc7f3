/**
 * Grade, zone and label of a score under a methodology's bands.
 */
import { fromHundredths, MAX_SCORE_HUNDREDTHS, toHundredths } from './decimal.js';
import { isCompiled, type CompiledMethodology } from './methodology/compile.js';
import type { GradeBand, LocalizedText, Methodology, Zone } from './methodology/types.js';

/** The grade a score earns. */
export interface Grade {
  readonly code: string;
  readonly label: LocalizedText;
  readonly zone: Zone;
  readonly colour: string;
  /** The band's bounds, inclusive, two decimals. */
  readonly min: number;
  readonly max: number;
}

/** Index of the band holding a score in hundredths (bands are best first, lower bounds inclusive). */
export function bandIndexOfHundredths(methodology: Methodology | CompiledMethodology, hundredths: number): number {
  if (!Number.isInteger(hundredths) || hundredths < 0 || hundredths > MAX_SCORE_HUNDREDTHS) {
    throw new RangeError(`A score is within 0.00–100.00, got ${fromHundredths(hundredths)}`);
  }
  if (isCompiled(methodology)) {
    const mins = methodology.bandMinHundredths;
    for (let b = 0; b < mins.length; b += 1) if (hundredths >= (mins[b] as number)) return b;
    return mins.length - 1;
  }
  const bands = methodology.gradeBands;
  for (let b = 0; b < bands.length; b += 1) if (hundredths >= toHundredths((bands[b] as GradeBand).min)) return b;
  return bands.length - 1;
}

/** The grade of a score given in hundredths. */
export function gradeOfHundredths(methodology: Methodology | CompiledMethodology, hundredths: number): Grade {
  return methodology.gradeBands[bandIndexOfHundredths(methodology, hundredths)] as GradeBand;
}

/**
 * The grade of a score (two decimals; more decimals are first rounded half-up to two, the
 * precision at which bands are defined): code, label, zone and colour.
 */
export function gradeOf(methodology: Methodology | CompiledMethodology, score: number): Grade {
  return gradeOfHundredths(methodology, toHundredths(score));
}

/** The zone of a score. */
export function zoneOf(methodology: Methodology | CompiledMethodology, score: number): Zone {
  return gradeOf(methodology, score).zone;
}

/**
 * The full label of a grade, with the maladministration qualifier of methods that have one:
 * "Kualitas Sedang" + "Tanpa Maladministrasi". Without a finding (undefined) the bare label.
 */
export function labelOf(
  methodology: Methodology | CompiledMethodology,
  grade: Grade,
  maladministration?: boolean | null,
): LocalizedText {
  const document = isCompiled(methodology) ? methodology.methodology : methodology;
  const qualifier = document.maladministrationQualifier;
  if (!qualifier || maladministration === undefined || maladministration === null) return grade.label;
  const words = maladministration ? qualifier.present : qualifier.absent;
  return { id: `${grade.label.id} ${words.id}`, en: `${grade.label.en} ${words.en}` };
}
