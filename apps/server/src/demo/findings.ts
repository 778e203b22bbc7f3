/**
 * Synthetic findings: the indicator answers of every assessed unit, generated so that the scores
 * @patuh/scoring later computes from them look like the published national picture.
 *
 * The model, in three layers:
 * 1. Each institution has a latent quality that follows it from year to year (a random walk), so
 *    a body strong in 2022 is usually strong in 2024. Its rank among the year's assessed bodies is
 *    mapped onto that year's published grade mix, which is how the national improvement from 2022
 *    to 2024 shows up: the mix moves up, and most bodies with it.
 * 2. Around the institution's target, each unit gets its own target (units of one body differ).
 * 3. Each unit's answers are drawn indicator by indicator with error diffusion: whatever one answer
 *    gives above or below the unit's target is taken back by the following answers, so the unit
 *    lands close to its target while single indicators still vary, some more often weak than
 *    others (indicator difficulty) and some weak in one body across its units (local weakness).
 *
 * Only answers are generated here; every score is computed by @patuh/scoring at publication.
 */
import type { CompiledMethodology, Indicator } from '@patuh/scoring';
import { randomFor, type Random } from './random.js';

/** A stretch of the score range and how many bodies a year's published figures put in it. */
interface ScoreBand {
  count: number;
  min: number;
  max: number;
}

/**
 * Target score bands per year, worst first, from the published totals (domain.md). 2024 is
 * published by grade; 2022 and 2023 only by zone, so their split of Hijau into A/B and Merah into
 * D/E is assumed. Targets keep a little distance from the grade bounds (88, 78, 54, 32), so the
 * small scatter of generated answers rarely moves a body across one. 2025 has no published figures:
 * it continues 2024.
 */
const SCORE_BANDS: Readonly<Record<number, readonly ScoreBand[]>> = {
  2022: bands({ e: 20, d: 44, c: 250, b: 163, a: 109 }),
  2023: bands({ e: 13, d: 26, c: 133, b: 164, a: 250 }),
  2024: bands({ e: 9, d: 14, c: 70, b: 157, a: 337 }),
  2025: bands({ e: 8, d: 13, c: 66, b: 150, a: 350 }),
};

function bands(counts: { a: number; b: number; c: number; d: number; e: number }): ScoreBand[] {
  return [
    { count: counts.e, min: 18, max: 31.4 },
    { count: counts.d, min: 33, max: 53.4 },
    { count: counts.c, min: 54.6, max: 77.4 },
    { count: counts.b, min: 78.6, max: 87.4 },
    { count: counts.a, min: 88.6, max: 97.5 },
  ];
}

/** Year-to-year change of the latent quality (its spread across bodies is 1). */
const YEARLY_DRIFT = 0.35;

/**
 * Bodies whose standing is known: Tangerang Selatan scored 94.46 in 2023, first in Banten. Their
 * latent quality is pinned rather than drawn.
 */
const PINNED_QUALITY: Readonly<Record<string, number>> = { '36.74': 3 };

export interface QualityKey {
  /** Stable across runs: the official code, or the name for bodies without one. */
  key: string;
}

/** An institution's latent quality in `year`, starting in 2022. */
export function latentQuality(institution: QualityKey, year: number): number {
  const pinned = PINNED_QUALITY[institution.key];
  if (pinned !== undefined) return pinned;
  const random = randomFor(`quality:${institution.key}`);
  let quality = random.normal();
  for (let y = 2023; y <= year; y += 1) quality += YEARLY_DRIFT * random.normal();
  return quality;
}

/**
 * Target scores of a year's assessed institutions: ranked by latent quality, then placed on the
 * year's score bands by rank (worst body at the bottom of the lowest band).
 */
export function institutionTargets<T extends QualityKey>(year: number, institutions: readonly T[]): Map<T, number> {
  const scoreBands = SCORE_BANDS[year];
  if (!scoreBands) throw new Error(`No demo grade mix for ${year}`);
  const ranked = institutions.map((institution) => ({ institution, quality: latentQuality(institution, year) }));
  ranked.sort((a, b) => a.quality - b.quality || (a.institution.key < b.institution.key ? -1 : 1));
  const total = scoreBands.reduce((sum, band) => sum + band.count, 0);
  const targets = new Map<T, number>();
  ranked.forEach(({ institution }, rank) => {
    targets.set(institution, quantile(scoreBands, total, (rank + 0.5) / ranked.length));
  });
  return targets;
}

/** The score at share `p` (0 = worst) of a distribution spread evenly inside each band. */
function quantile(scoreBands: readonly ScoreBand[], total: number, p: number): number {
  let below = 0;
  for (const band of scoreBands) {
    const share = band.count / total;
    if (p < below + share) return band.min + ((p - below) / share) * (band.max - band.min);
    below += share;
  }
  const best = scoreBands[scoreBands.length - 1] as ScoreBand;
  return best.max;
}

/**
 * Targets of an institution's units: scattered around the institution's target, more widely in
 * weaker bodies, then shifted so they average to it (a body's score is the mean of its units).
 */
export function unitTargets(institutionTarget: number, unitCount: number, random: Random): number[] {
  const spread = 2 + (100 - institutionTarget) * 0.08;
  const offsets = Array.from({ length: unitCount }, () => spread * random.normal());
  const mean = offsets.reduce((sum, o) => sum + o, 0) / Math.max(1, unitCount);
  return offsets.map((o) => clamp(institutionTarget + o - mean, 3, 99.5));
}

export interface FindingsContext {
  compiled: CompiledMethodology;
  /** Per indicator, how much harder than average it is to meet (fraction of full marks). */
  difficulty: Float64Array;
  /** Per indicator, its full weight in the unit score, in points (they add up to 100). */
  points: Float64Array;
  /** Per indicator, its dimension's index. */
  dimensionOf: Int32Array;
}

/** Indicator weights and this cycle's difficulty per indicator, computed once per cycle. */
export function findingsContext(compiled: CompiledMethodology, year: number): FindingsContext {
  const count = compiled.indicatorCount;
  // effectiveWeight is kept in 10^-10 point.
  const points = Float64Array.from(compiled.effectiveWeight, (w) => w / 1e10);
  const dimensionOf = Int32Array.from({ length: count }, (_, i) => compiled.variableDimension[compiled.indicatorVariable[i] as number] as number);
  const difficulty = new Float64Array(count);
  let weighted = 0;
  for (let i = 0; i < count; i += 1) {
    // Difficulty is a trait of the indicator, stable across years, with a little yearly noise.
    const code = compiled.indicatorCodes[i] as string;
    difficulty[i] = 0.1 * randomFor(`difficulty:${code}`).normal() + 0.03 * randomFor(`difficulty:${code}:${year}`).normal();
    weighted += (points[i] as number) * (difficulty[i] as number);
  }
  // Centred on the weights so that difficulty moves single indicators, not the unit's level.
  for (let i = 0; i < count; i += 1) difficulty[i] = (difficulty[i] as number) - weighted / 100;
  return { compiled, difficulty, points, dimensionOf };
}

/** Per dimension, how much weaker than its overall level an institution is there. */
export function localWeakness(context: FindingsContext, random: Random): Float64Array {
  return Float64Array.from(context.compiled.dimensions, () => 0.07 * random.normal());
}

/** A generated finding, as stored: a value on the indicator's scale, or not applicable. */
export interface GeneratedAnswer {
  code: string;
  /** Null when the indicator is not applicable to the unit (yes/no is stored as 1/0). */
  value: number | null;
  /** The share of full marks the value earns, 0–1, for choosing report-card points; null when not applicable. */
  fraction: number | null;
}

/** Indicators that may be marked not applicable are so for this share of units. */
const NOT_APPLICABLE_SHARE = 0.04;

/** Every indicator answered for a unit aiming at `target` (0–100). */
export function generateAnswers(context: FindingsContext, target: number, weakness: Float64Array, random: Random): GeneratedAnswer[] {
  const { compiled, difficulty, points, dimensionOf } = context;
  const level = target / 100;
  const order = shuffledIndices(compiled.indicatorCount, random);
  const answers = new Array<GeneratedAnswer>(compiled.indicatorCount);
  // Points the answers so far gave above (negative) or below (positive) the target.
  let owed = 0;
  for (const i of order) {
    const indicator = compiled.indicators[i] as Indicator;
    const code = indicator.code;
    if (indicator.allowNotApplicable && random.chance(NOT_APPLICABLE_SHARE)) {
      answers[i] = { code, value: null, fraction: null };
      continue;
    }
    const weight = points[i] as number;
    const aim = level - (difficulty[i] as number) - (weakness[dimensionOf[i] as number] as number) + 0.12 * random.normal() + owed / weight;
    const { value, fraction } = answerAt(indicator, clamp(aim, 0, 1), random);
    owed += weight * (level - fraction);
    answers[i] = { code, value, fraction };
  }
  return answers;
}

/** The answer on an indicator's scale nearest to a fraction of full marks, rounded at random. */
function answerAt(indicator: Indicator, aim: number, random: Random): { value: number; fraction: number } {
  const scale = indicator.scale;
  switch (scale.kind) {
    case 'YES_NO': {
      const yes = random.chance(aim);
      return { value: yes ? 1 : 0, fraction: yes ? 1 : 0 };
    }
    case 'ORDINAL': {
      const values = scale.levels.map((level) => level.value);
      const low = values[0] as number;
      const high = values[values.length - 1] as number;
      const wanted = low + aim * (high - low);
      const upper = values.findIndex((value) => value >= wanted);
      const above = values[upper] as number;
      const below = values[Math.max(0, upper - 1)] as number;
      const value = above === below || random.chance((wanted - below) / (above - below)) ? above : below;
      return { value, fraction: (value - low) / (high - low) };
    }
    case 'PERCENTAGE': {
      const value = roundTo(aim * 100, scale.decimals ?? 2);
      return { value, fraction: value / 100 };
    }
    case 'NUMERIC': {
      const { min, max, direction } = scale.normalisation;
      const share = direction === 'HIGHER_IS_BETTER' ? aim : 1 - aim;
      const value = roundTo(min + share * (max - min), scale.decimals ?? 2);
      const fraction = (value - min) / (max - min);
      return { value, fraction: direction === 'HIGHER_IS_BETTER' ? fraction : 1 - fraction };
    }
  }
}

function shuffledIndices(count: number, random: Random): number[] {
  const indices = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i -= 1) {
    const j = random.below(i + 1);
    [indices[i], indices[j]] = [indices[j] as number, indices[i] as number];
  }
  return indices;
}

function clamp(value: number, min: number, max: number): number {
  return value < min ? min : value > max ? max : value;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
