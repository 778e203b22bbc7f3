/**
 * A unit's answers read against a compiled methodology, indicator by indicator, with every
 * intermediate figure kept: the common ground of scoring, explaining and what-if analysis.
 */
import {
  ANSWER_NOT_APPLICABLE,
  contributionOf,
  decodeAnswer,
  describeAnswerProblem,
  effectiveWeights,
  type AnswerProblemCode,
  type CompiledMethodology,
} from './methodology/compile.js';
import type { Answers } from './methodology/types.js';

/** An answer that cannot be scored. */
export interface AnswerProblem {
  readonly indicatorCode: string;
  readonly code: AnswerProblemCode;
  readonly message: string;
}

/** Indicator states in a `UnitEvaluation`. */
export const STATE_ANSWERED = 0;
export const STATE_NOT_APPLICABLE = 1;
export const STATE_MISSING = 2;
export const STATE_INVALID = 3;

/** Everything known about a unit's answers, indicator by indicator, in internal units. */
export interface UnitEvaluation {
  readonly compiled: CompiledMethodology;
  /** Per indicator: STATE_ANSWERED, STATE_NOT_APPLICABLE, STATE_MISSING or STATE_INVALID. */
  readonly state: Uint8Array;
  /** Per indicator: numerator of the fraction of full marks (answered indicators). */
  readonly numerator: Float64Array;
  /** Per indicator: effective weight after not-applicable redistribution, 10^-10 point. */
  readonly weight: Float64Array;
  /** Per indicator: points contributed, 10^-10 point (0 unless answered). */
  readonly contribution: Float64Array;
  /** Sum of contributions, 10^-10 point. */
  readonly total: number;
  readonly missing: readonly string[];
  readonly invalid: readonly AnswerProblem[];
  readonly notApplicable: readonly string[];
}

/** Reads a unit's answers against a compiled methodology, keeping every intermediate figure. */
export function evaluateUnit(compiled: CompiledMethodology, answers: Answers): UnitEvaluation {
  const count = compiled.indicatorCount;
  const codes = compiled.indicatorCodes;
  const state = new Uint8Array(count);
  const numerator = new Float64Array(count);
  const missing: string[] = [];
  const invalid: AnswerProblem[] = [];
  const notApplicable: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const code = codes[i] as string;
    const answer = answers[code];
    if (answer === undefined || answer === null) {
      state[i] = STATE_MISSING;
      missing.push(code);
      continue;
    }
    const a = decodeAnswer(compiled, i, answer);
    if (a >= 0) {
      numerator[i] = a;
    } else if (a === ANSWER_NOT_APPLICABLE) {
      state[i] = STATE_NOT_APPLICABLE;
      notApplicable.push(code);
    } else {
      state[i] = STATE_INVALID;
      invalid.push({ indicatorCode: code, ...describeAnswerProblem(a) });
    }
  }
  const weight =
    notApplicable.length === 0
      ? compiled.effectiveWeight
      : effectiveWeights(compiled, Uint8Array.from(state, (s) => (s === STATE_NOT_APPLICABLE ? 0 : 1)));
  const contribution = new Float64Array(count);
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    if (state[i] !== STATE_ANSWERED) continue;
    const points = contributionOf(weight[i] as number, numerator[i] as number, compiled.scaleDenominator[i] as number);
    contribution[i] = points;
    total += points;
  }
  return { compiled, state, numerator, weight, contribution, total, missing, invalid, notApplicable };
}

