/**
 * The compiled form of a methodology: the tree flattened once into typed arrays of integer weights
 * and scale bounds, so scoring a unit is one pass over the indicators with no lookups in the tree
 * and no per-answer allocation. Compile once per methodology, score thousands of units with it.
 */
import { apportion, divFloor, divRoundHalfUp, POINT_UNITS, powerOfTen, toHundredths, toScaledInteger } from '../decimal.js';
import { assertMethodology } from './validate.js';
import type { Answer, Dimension, GradeBand, Indicator, Methodology, Variable } from './types.js';

/** Scale kinds as small integers for the hot path. */
export const SCALE_YES_NO = 0;
export const SCALE_ORDINAL = 1;
export const SCALE_NUMERIC = 2;

/** Negative results of `decodeAnswer`: the answer is not a scorable value. */
export const ANSWER_NOT_APPLICABLE = -1;
export const ANSWER_NOT_APPLICABLE_NOT_ALLOWED = -2;
export const ANSWER_WRONG_TYPE = -3;
export const ANSWER_OUT_OF_RANGE = -4;
export const ANSWER_NOT_A_LEVEL = -5;

export interface CompiledMethodology {
  /** Tells a compiled methodology from a document. */
  readonly compiled: true;
  readonly methodology: Methodology;
  readonly dimensions: readonly Dimension[];
  readonly variables: readonly Variable[];
  /** All indicators in tree order (dimension by dimension, variable by variable). */
  readonly indicators: readonly Indicator[];
  readonly indicatorCodes: readonly string[];
  readonly indicatorIndex: ReadonlyMap<string, number>;
  readonly indicatorCount: number;

  /** Per indicator: SCALE_YES_NO, SCALE_ORDINAL or SCALE_NUMERIC (percentages are numeric 0–100). */
  readonly scaleKind: Uint8Array;
  /** Per indicator: the value scoring 0 (ordinal level value, or numeric min in 10^-decimals). */
  readonly scaleLow: Float64Array;
  /** Per indicator: the value scoring 100. */
  readonly scaleHigh: Float64Array;
  /** Per indicator: high − low, the denominator of the fraction of full marks (1 for yes/no). */
  readonly scaleDenominator: Float64Array;
  /** Per indicator: decimals an answer is kept at (numeric scales). */
  readonly scaleDecimals: Uint8Array;
  readonly lowerIsBetter: Uint8Array;
  /** Per indicator: 1 when out-of-range values are clamped (numeric), 0 when rejected (percentage). */
  readonly clampValues: Uint8Array;
  /** Per indicator: the allowed level values of an ordinal scale whose values are not consecutive. */
  readonly ordinalLevelSets: readonly (ReadonlySet<number> | null)[];
  readonly allowNotApplicable: Uint8Array;

  /** Per indicator: weight within its variable, hundredths of a percent. */
  readonly indicatorWeight: Float64Array;
  readonly indicatorVariable: Int32Array;
  /** Per variable: weight within its dimension, hundredths of a percent. */
  readonly variableWeight: Float64Array;
  readonly variableDimension: Int32Array;
  /** Per variable: its indicators are [variableStart, variableEnd). */
  readonly variableStart: Int32Array;
  readonly variableEnd: Int32Array;
  /** Per dimension: weight in the unit score, hundredths of a percent. */
  readonly dimensionWeight: Float64Array;
  /** Per dimension: its variables are [dimensionStart, dimensionEnd). */
  readonly dimensionStart: Int32Array;
  readonly dimensionEnd: Int32Array;

  /**
   * Per indicator, when every indicator applies: the most it contributes to the unit score, in
   * units of 10^-10 point (they add up to 10^12 = 100 points).
   */
  readonly effectiveWeight: Float64Array;
  /** floor(effectiveWeight / scaleDenominator) and the remainder: contribution = q·a + round(r·a / den). */
  readonly weightQuotient: Float64Array;
  readonly weightRemainder: Float64Array;

  /** Grade bands, best first, and their lower bounds in hundredths. */
  readonly gradeBands: readonly GradeBand[];
  readonly bandMinHundredths: Int32Array;
}

/** Whether a value is a compiled methodology rather than a document. */
export function isCompiled(value: Methodology | CompiledMethodology): value is CompiledMethodology {
  return (value as Partial<CompiledMethodology>).compiled === true;
}

/** A compiled methodology, compiling a document if needed (callers scoring many units compile once). */
export function toCompiled(value: Methodology | CompiledMethodology): CompiledMethodology {
  return isCompiled(value) ? value : compileMethodology(value);
}

/** Validates and flattens a methodology. Throws `MethodologyError` when it is invalid. */
export function compileMethodology(input: Methodology): CompiledMethodology {
  const methodology = assertMethodology(input);
  const dimensions = methodology.dimensions;
  const variables: Variable[] = [];
  const indicators: Indicator[] = [];
  const dimensionStart = new Int32Array(dimensions.length);
  const dimensionEnd = new Int32Array(dimensions.length);
  const dimensionWeight = new Float64Array(dimensions.length);
  const variableDimension: number[] = [];
  const variableStart: number[] = [];
  const variableEnd: number[] = [];
  const indicatorVariable: number[] = [];

  dimensions.forEach((dimension, d) => {
    dimensionWeight[d] = toHundredths(dimension.weight);
    dimensionStart[d] = variables.length;
    for (const variable of dimension.variables) {
      const v = variables.length;
      variables.push(variable);
      variableDimension.push(d);
      variableStart.push(indicators.length);
      for (const indicator of variable.indicators) {
        indicators.push(indicator);
        indicatorVariable.push(v);
      }
      variableEnd.push(indicators.length);
    }
    dimensionEnd[d] = variables.length;
  });

  const count = indicators.length;
  const scaleKind = new Uint8Array(count);
  const scaleLow = new Float64Array(count);
  const scaleHigh = new Float64Array(count);
  const scaleDenominator = new Float64Array(count);
  const scaleDecimals = new Uint8Array(count);
  const lowerIsBetter = new Uint8Array(count);
  const clampValues = new Uint8Array(count);
  const allowNotApplicable = new Uint8Array(count);
  const indicatorWeight = new Float64Array(count);
  const ordinalLevelSets: (ReadonlySet<number> | null)[] = [];
  const indicatorIndex = new Map<string, number>();

  indicators.forEach((indicator, i) => {
    indicatorIndex.set(indicator.code, i);
    indicatorWeight[i] = toHundredths(indicator.weight);
    allowNotApplicable[i] = indicator.allowNotApplicable === true ? 1 : 0;
    let levels: ReadonlySet<number> | null = null;
    const scale = indicator.scale;
    switch (scale.kind) {
      case 'YES_NO':
        scaleKind[i] = SCALE_YES_NO;
        scaleHigh[i] = 1;
        break;
      case 'ORDINAL': {
        const values = scale.levels.map((level) => level.value);
        const low = values[0] as number;
        const high = values[values.length - 1] as number;
        scaleKind[i] = SCALE_ORDINAL;
        scaleLow[i] = low;
        scaleHigh[i] = high;
        // Consecutive levels (0,1,2,3) are checked by range alone; others need the set.
        if (high - low + 1 !== values.length) levels = new Set(values);
        break;
      }
      case 'PERCENTAGE': {
        const decimals = scale.decimals ?? 2;
        scaleKind[i] = SCALE_NUMERIC;
        scaleDecimals[i] = decimals;
        scaleHigh[i] = 100 * powerOfTen(decimals);
        break;
      }
      case 'NUMERIC': {
        const decimals = scale.decimals ?? 2;
        scaleKind[i] = SCALE_NUMERIC;
        scaleDecimals[i] = decimals;
        scaleLow[i] = toScaledInteger(scale.normalisation.min, decimals);
        scaleHigh[i] = toScaledInteger(scale.normalisation.max, decimals);
        lowerIsBetter[i] = scale.normalisation.direction === 'LOWER_IS_BETTER' ? 1 : 0;
        clampValues[i] = 1;
        break;
      }
    }
    scaleDenominator[i] = (scaleHigh[i] as number) - (scaleLow[i] as number);
    ordinalLevelSets.push(levels);
  });

  const partial: Omit<CompiledMethodology, 'effectiveWeight' | 'weightQuotient' | 'weightRemainder'> = {
    compiled: true,
    methodology,
    dimensions,
    variables,
    indicators,
    indicatorCodes: indicators.map((indicator) => indicator.code),
    indicatorIndex,
    indicatorCount: count,
    scaleKind,
    scaleLow,
    scaleHigh,
    scaleDenominator,
    scaleDecimals,
    lowerIsBetter,
    clampValues,
    ordinalLevelSets,
    allowNotApplicable,
    indicatorWeight,
    indicatorVariable: Int32Array.from(indicatorVariable),
    variableWeight: Float64Array.from(variables, (variable) => toHundredths(variable.weight)),
    variableDimension: Int32Array.from(variableDimension),
    variableStart: Int32Array.from(variableStart),
    variableEnd: Int32Array.from(variableEnd),
    dimensionWeight,
    dimensionStart,
    dimensionEnd,
    gradeBands: methodology.gradeBands,
    bandMinHundredths: Int32Array.from(methodology.gradeBands, (band) => toHundredths(band.min)),
  };
  const effectiveWeight = effectiveWeights(partial, null);
  const weightQuotient = new Float64Array(count);
  const weightRemainder = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const [quotient, remainder] = divFloor(effectiveWeight[i] as number, scaleDenominator[i] as number);
    weightQuotient[i] = quotient;
    weightRemainder[i] = remainder;
  }
  return { ...partial, effectiveWeight, weightQuotient, weightRemainder };
}

type Tree = Pick<
  CompiledMethodology,
  | 'indicatorCount'
  | 'indicatorWeight'
  | 'variableWeight'
  | 'variableStart'
  | 'variableEnd'
  | 'dimensionWeight'
  | 'dimensionStart'
  | 'dimensionEnd'
>;

/**
 * The effective weight of every indicator in units of 10^-10 point, given which indicators apply
 * (`applies[i]` = 0 for not applicable; null means all apply). 100 points are shared among the
 * applicable dimensions in proportion to their weights, each dimension's share among its applicable
 * variables, and each variable's share among its applicable indicators, by the largest-remainder
 * method (`apportion`). A node with no applicable child is not applicable. The weights add up to
 * exactly 10^12, or are all 0 when nothing applies. With everything applicable and weights adding up
 * to exactly 100, the result is simply the product of the three weights in hundredths of a percent.
 */
export function effectiveWeights(tree: Tree, applies: ArrayLike<number> | null): Float64Array {
  const result = new Float64Array(tree.indicatorCount);
  const dimensionCount = tree.dimensionWeight.length;
  const variableCount = tree.variableWeight.length;
  const variableApplies = new Uint8Array(variableCount);
  const dimensionApplies = new Uint8Array(dimensionCount);
  for (let v = 0; v < variableCount; v += 1) {
    for (let i = tree.variableStart[v] as number; i < (tree.variableEnd[v] as number); i += 1) {
      if (applies === null || applies[i]) {
        variableApplies[v] = 1;
        break;
      }
    }
  }
  for (let d = 0; d < dimensionCount; d += 1) {
    for (let v = tree.dimensionStart[d] as number; v < (tree.dimensionEnd[d] as number); v += 1) {
      if (variableApplies[v]) {
        dimensionApplies[d] = 1;
        break;
      }
    }
  }
  const dimensionShares = apportion(POINT_UNITS, tree.dimensionWeight, dimensionApplies);
  for (let d = 0; d < dimensionCount; d += 1) {
    const firstVariable = tree.dimensionStart[d] as number;
    const endVariable = tree.dimensionEnd[d] as number;
    const variableShares = apportion(
      dimensionShares[d] as number,
      tree.variableWeight.subarray(firstVariable, endVariable),
      variableApplies.subarray(firstVariable, endVariable),
    );
    for (let v = firstVariable; v < endVariable; v += 1) {
      const first = tree.variableStart[v] as number;
      const end = tree.variableEnd[v] as number;
      const shares = apportion(
        variableShares[v - firstVariable] as number,
        tree.indicatorWeight.subarray(first, end),
        applies === null ? undefined : sliceOf(applies, first, end),
      );
      for (let i = first; i < end; i += 1) result[i] = shares[i - first] as number;
    }
  }
  return result;
}

function sliceOf(values: ArrayLike<number>, start: number, end: number): number[] {
  const slice: number[] = [];
  for (let i = start; i < end; i += 1) slice.push(values[i] as number);
  return slice;
}

/**
 * An answer as the integer numerator `a` of its fraction of full marks a / scaleDenominator[i]
 * (0 ≤ a ≤ den), or one of the negative ANSWER_* codes. Numbers are kept at the scale's decimals,
 * rounded half-up; ordinal answers must be one of the levels.
 */
export function decodeAnswer(compiled: CompiledMethodology, i: number, answer: Answer): number {
  if (typeof answer === 'object') {
    if (answer === null || answer.notApplicable !== true) return ANSWER_WRONG_TYPE;
    return compiled.allowNotApplicable[i] ? ANSWER_NOT_APPLICABLE : ANSWER_NOT_APPLICABLE_NOT_ALLOWED;
  }
  const kind = compiled.scaleKind[i];
  if (kind === SCALE_YES_NO) {
    if (answer === true || answer === 1) return 1;
    if (answer === false || answer === 0) return 0;
    return ANSWER_WRONG_TYPE;
  }
  if (typeof answer !== 'number' || !Number.isFinite(answer)) return ANSWER_WRONG_TYPE;
  const low = compiled.scaleLow[i] as number;
  const high = compiled.scaleHigh[i] as number;
  if (kind === SCALE_ORDINAL) {
    if (!Number.isInteger(answer)) return ANSWER_NOT_A_LEVEL;
    if (answer < low || answer > high) return ANSWER_OUT_OF_RANGE;
    const levels = compiled.ordinalLevelSets[i];
    if (levels && !levels.has(answer)) return ANSWER_NOT_A_LEVEL;
    return answer - low;
  }
  let value = toScaledInteger(answer, compiled.scaleDecimals[i] as number);
  if (value < low || value > high) {
    if (!compiled.clampValues[i]) return ANSWER_OUT_OF_RANGE;
    value = value < low ? low : high;
  }
  return compiled.lowerIsBetter[i] ? high - value : value - low;
}

/** The reason code and message for a negative `decodeAnswer` result. */
export function describeAnswerProblem(code: number): { code: AnswerProblemCode; message: string } {
  switch (code) {
    case ANSWER_NOT_APPLICABLE_NOT_ALLOWED:
      return { code: 'NOT_APPLICABLE_NOT_ALLOWED', message: 'This indicator cannot be marked not applicable' };
    case ANSWER_OUT_OF_RANGE:
      return { code: 'OUT_OF_RANGE', message: 'The value is outside the scale' };
    case ANSWER_NOT_A_LEVEL:
      return { code: 'NOT_A_LEVEL', message: 'The value is not one of the scale levels' };
    default:
      return { code: 'WRONG_TYPE', message: 'The value does not fit the scale' };
  }
}

export type AnswerProblemCode = 'NOT_APPLICABLE_NOT_ALLOWED' | 'OUT_OF_RANGE' | 'NOT_A_LEVEL' | 'WRONG_TYPE';

/**
 * The contribution, in 10^-10 point, of an answer `a` (0 ≤ a ≤ den) on an indicator of effective
 * weight `weight`: round-half-up(weight × a / den), computed as q·a + round(r·a / den) with
 * weight = q·den + r, so no product exceeds den² or weight.
 */
export function contributionOf(weight: number, a: number, denominator: number): number {
  const [quotient, remainder] = divFloor(weight, denominator);
  return quotient * a + (remainder === 0 ? 0 : divRoundHalfUp(remainder * a, denominator));
}
