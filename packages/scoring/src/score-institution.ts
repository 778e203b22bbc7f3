/**
 * The score of an institution (a ministry, agency, province, regency or city) from its units'
 * scores, under the methodology's aggregation rule, composite parts and label qualifier.
 *
 * Units enter with their published two-decimal scores: a body's published figure is the mean of
 * its units' published figures (Tangerang Selatan 2023: 94.458 → 94.46).
 */
import { divFloor, divRoundHalfUp, fromHundredths, largestFirst, toHundredths } from './decimal.js';
import { gradeOfHundredths, labelOf, type Grade } from './grade.js';
import { toCompiled, type CompiledMethodology } from './methodology/compile.js';
import type { InstitutionAggregation, LocalizedText, Methodology, Zone } from './methodology/types.js';

/** A unit as the institution score needs it; a `UnitScore` fits. */
export interface UnitScoreInput {
  /** Two decimals; null when the unit has no score yet. */
  readonly score: number | null;
  /** Takes precedence over `score` when given (exact hundredths). */
  readonly scoreHundredths?: number | null;
  /** Number of assessed service products, needed by WEIGHTED_BY_SERVICE_PRODUCTS. */
  readonly serviceProducts?: number;
}

/** Institution-level inputs of composite methods and the label qualifier. */
export interface InstitutionExtras {
  /** The public-trust index (0–100, two decimals): the composite part coded `PUBLIC_TRUST`. */
  readonly publicTrust?: number | null;
  /** Scores of composite parts by code (0–100, two decimals). */
  readonly parts?: Readonly<Record<string, number | null | undefined>>;
  /** Whether maladministration was found; selects the label qualifier. Unknown: no qualifier. */
  readonly maladministration?: boolean | null;
}

export const PUBLIC_TRUST = 'PUBLIC_TRUST';

export interface CompositePartScore {
  readonly code: string;
  readonly title: LocalizedText;
  /** Percent of the final score. */
  readonly weight: number;
  /** The part's own score, 0–100; null when missing. */
  readonly score: number | null;
  /** Its contribution to the final score (shown figures add up to the final score). */
  readonly points: number | null;
}

export type InstitutionStatus = 'SCORED' | 'INCOMPLETE' | 'NO_UNITS';

export interface InstitutionScore {
  readonly status: InstitutionStatus;
  readonly complete: boolean;
  readonly missing: {
    /** Positions of units without a score. */
    readonly units: readonly number[];
    /** Positions of units without a valid number of service products (weighted rule). */
    readonly serviceProducts: readonly number[];
    /** Codes of composite parts without a score. */
    readonly parts: readonly string[];
  };
  readonly aggregation: InstitutionAggregation;
  /**
   * Each unit's contribution to `unitsScore` (its score × its share), two decimals, adding up to
   * `unitsScore`; empty while incomplete.
   */
  readonly unitPoints: readonly number[];
  /** The aggregate of the units (the dimensions' part of a composite method). */
  readonly unitsScore: number | null;
  readonly unitsScoreHundredths: number | null;
  /** The dimensions' and other parts' contributions, for composite methods; empty otherwise. */
  readonly parts: readonly CompositePartScore[];
  /** The final score, two decimals. */
  readonly score: number | null;
  readonly scoreHundredths: number | null;
  readonly grade: Grade | null;
  /** Grade label with the maladministration qualifier where the method has one. */
  readonly label: LocalizedText | null;
  readonly zone: Zone | null;
  readonly colour: string | null;
  readonly maladministration: boolean | null;
}

/** Code of the dimensions' own entry in `parts`. */
export const DIMENSIONS_PART = 'DIMENSIONS';

const DIMENSIONS_TITLE: LocalizedText = { id: 'Dimensi penilaian', en: 'Assessment dimensions' };

function unitHundredths(unit: UnitScoreInput): number | null {
  if (unit.scoreHundredths !== undefined && unit.scoreHundredths !== null) return unit.scoreHundredths;
  return unit.score === null ? null : toHundredths(unit.score);
}

/**
 * The units' aggregate in hundredths, or null with what is missing. Plain mean: Σ scores / n;
 * weighted: Σ score × products / Σ products; both rounded half-up to two decimals once.
 */
export function aggregateUnits(
  rule: InstitutionAggregation,
  units: readonly UnitScoreInput[],
): { hundredths: number | null; missingUnits: number[]; missingProducts: number[] } {
  const missingUnits: number[] = [];
  const missingProducts: number[] = [];
  let sum = 0;
  let divisor = 0;
  units.forEach((unit, index) => {
    const hundredths = unitHundredths(unit);
    if (hundredths === null) {
      missingUnits.push(index);
      return;
    }
    if (rule === 'WEIGHTED_BY_SERVICE_PRODUCTS') {
      const products = unit.serviceProducts;
      if (products === undefined || !Number.isInteger(products) || products <= 0) {
        missingProducts.push(index);
        return;
      }
      sum += hundredths * products;
      divisor += products;
    } else {
      sum += hundredths;
      divisor += 1;
    }
  });
  const complete = units.length > 0 && missingUnits.length === 0 && missingProducts.length === 0;
  return { hundredths: complete ? divRoundHalfUp(sum, divisor) : null, missingUnits, missingProducts };
}

/** Scores an institution from its units' scores (and composite parts, qualifier). */
export function scoreInstitution(
  methodology: Methodology | CompiledMethodology,
  units: readonly UnitScoreInput[],
  extras: InstitutionExtras = {},
): InstitutionScore {
  const compiled = toCompiled(methodology);
  const document = compiled.methodology;
  const aggregation = document.institutionAggregation;
  const { hundredths: unitsHundredths, missingUnits, missingProducts } = aggregateUnits(aggregation, units);
  const maladministration = extras.maladministration ?? null;

  let finalHundredths = unitsHundredths;
  let parts: CompositePartScore[] = [];
  const missingParts: string[] = [];
  const composite = document.composite;
  if (composite) {
    const entries = [
      { code: DIMENSIONS_PART, title: DIMENSIONS_TITLE, weight: composite.dimensionsWeight, hundredths: unitsHundredths },
      ...composite.parts.map((part) => {
        const given = part.code === PUBLIC_TRUST && extras.publicTrust !== undefined ? extras.publicTrust : extras.parts?.[part.code];
        const hundredths = given === undefined || given === null ? null : toHundredths(given);
        if (hundredths !== null && (hundredths < 0 || hundredths > 10_000)) {
          throw new RangeError(`Composite part ${part.code} is within 0–100, got ${given}`);
        }
        if (hundredths === null) missingParts.push(part.code);
        return { code: part.code, title: part.title, weight: part.weight, hundredths };
      }),
    ];
    const weights = entries.map((entry) => toHundredths(entry.weight));
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
    const complete = entries.every((entry) => entry.hundredths !== null);
    const numerators = entries.map((entry, j) => (entry.hundredths ?? 0) * (weights[j] as number));
    finalHundredths = complete ? divRoundHalfUp(numerators.reduce((sum, n) => sum + n, 0), weightSum) : null;
    const shown = finalHundredths === null ? null : splitRational(finalHundredths, numerators, weightSum);
    parts = entries.map((entry, j) => ({
      code: entry.code,
      title: entry.title,
      weight: entry.weight,
      score: entry.hundredths === null ? null : fromHundredths(entry.hundredths),
      points: shown === null ? null : fromHundredths(shown[j] as number),
    }));
  }

  let unitPoints: number[] = [];
  if (unitsHundredths !== null) {
    const weighted = aggregation === 'WEIGHTED_BY_SERVICE_PRODUCTS';
    const numerators = units.map((unit) => (unitHundredths(unit) as number) * (weighted ? (unit.serviceProducts as number) : 1));
    const divisor = weighted ? units.reduce((sum, unit) => sum + (unit.serviceProducts as number), 0) : units.length;
    unitPoints = splitRational(unitsHundredths, numerators, divisor).map(fromHundredths);
  }

  const status: InstitutionStatus = units.length === 0 ? 'NO_UNITS' : finalHundredths === null ? 'INCOMPLETE' : 'SCORED';
  const grade = finalHundredths === null ? null : gradeOfHundredths(compiled, finalHundredths);
  return {
    status,
    complete: status === 'SCORED',
    missing: { units: missingUnits, serviceProducts: missingProducts, parts: missingParts },
    aggregation,
    unitPoints,
    unitsScore: unitsHundredths === null ? null : fromHundredths(unitsHundredths),
    unitsScoreHundredths: unitsHundredths,
    parts,
    score: finalHundredths === null ? null : fromHundredths(finalHundredths),
    scoreHundredths: finalHundredths,
    grade,
    label: grade === null ? null : labelOf(compiled, grade, maladministration),
    zone: grade?.zone ?? null,
    colour: grade?.colour ?? null,
    maladministration,
  };
}

/** Splits `total` hundredths in proportion to numerators / denominator, largest remainder first. */
function splitRational(total: number, numerators: readonly number[], denominator: number): number[] {
  const shares: number[] = [];
  const remainders: number[] = [];
  let left = total;
  for (const numerator of numerators) {
    const [share, remainder] = divFloor(numerator, denominator);
    shares.push(share);
    remainders.push(remainder);
    left -= share;
  }
  for (const j of largestFirst(remainders)) {
    if (left <= 0) break;
    shares[j] = (shares[j] as number) + 1;
    left -= 1;
  }
  return shares;
}
