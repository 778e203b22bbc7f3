/**
 * The score of one unit (unit layanan) from its answers.
 *
 * Each indicator contributes effectiveWeight × a / den points, rounded half-up to 10^-10 point;
 * the unit score is the sum, rounded half-up once to two decimals. See the README for the bounds
 * that keep every step an exact safe-integer operation.
 */
import { divRoundHalfUp, fromHundredths, UNITS_PER_HUNDREDTH } from './decimal.js';
import { buildExplanation, type Explanation } from './explain.js';
import { gradeOfHundredths, type Grade } from './grade.js';
import { evaluateUnit, type AnswerProblem, type UnitEvaluation } from './evaluate-unit.js';
import { decodeAnswer, toCompiled, type CompiledMethodology } from './methodology/compile.js';
import type { Answers, Methodology } from './methodology/types.js';

export type { AnswerProblem } from './evaluate-unit.js';

/**
 * - `SCORED`: every indicator answered (or not applicable), the score is final;
 * - `INCOMPLETE`: some answers are missing (and none invalid): no score, see `missing`;
 * - `INVALID`: some answers do not fit their scale: no score, see `invalid`;
 * - `NOTHING_APPLICABLE`: every indicator was marked not applicable: there is nothing to score.
 */
export type UnitStatus = 'SCORED' | 'INCOMPLETE' | 'INVALID' | 'NOTHING_APPLICABLE';

export interface UnitScore {
  readonly status: UnitStatus;
  /** True when every indicator has a valid answer or is not applicable. */
  readonly complete: boolean;
  /** Codes of indicators without an answer, in methodology order. */
  readonly missing: readonly string[];
  readonly invalid: readonly AnswerProblem[];
  /** Codes of indicators marked not applicable (their weight went to their siblings). */
  readonly notApplicable: readonly string[];
  /** The unit score, two decimals; null unless `status` is SCORED. */
  readonly score: number | null;
  readonly scoreHundredths: number | null;
  readonly grade: Grade | null;
  /** Points won and lost per dimension, variable and indicator; null when not asked for. */
  readonly explanation: Explanation | null;
}

export interface ScoreUnitOptions {
  /** Build the explanation (default true). Batch scoring turns it off for speed. */
  readonly explain?: boolean;
}

const NONE: readonly never[] = Object.freeze([]);

/**
 * Scores a unit. An incomplete or invalid set of answers is reported as such, with what is missing
 * or wrong, and gets no score: a missing answer never counts as zero.
 */
export function scoreUnit(
  methodology: Methodology | CompiledMethodology,
  answers: Answers,
  options: ScoreUnitOptions = {},
): UnitScore {
  const compiled = toCompiled(methodology);
  if (options.explain === false) return scoreUnitFast(compiled, answers);
  const evaluation = evaluateUnit(compiled, answers);
  return resultOf(compiled, evaluation, buildExplanation(evaluation, answers));
}

function resultOf(compiled: CompiledMethodology, evaluation: UnitEvaluation, explanation: Explanation | null): UnitScore {
  const { missing, invalid, notApplicable } = evaluation;
  const status = statusOf(missing.length, invalid.length, notApplicable.length, compiled.indicatorCount);
  const scoreHundredths = status === 'SCORED' ? divRoundHalfUp(evaluation.total, UNITS_PER_HUNDREDTH) : null;
  return {
    status,
    complete: missing.length === 0 && invalid.length === 0,
    missing,
    invalid,
    notApplicable,
    score: scoreHundredths === null ? null : fromHundredths(scoreHundredths),
    scoreHundredths,
    grade: scoreHundredths === null ? null : gradeOfHundredths(compiled, scoreHundredths),
    explanation,
  };
}

function statusOf(missing: number, invalid: number, notApplicable: number, count: number): UnitStatus {
  if (invalid > 0) return 'INVALID';
  if (missing > 0) return 'INCOMPLETE';
  if (notApplicable === count) return 'NOTHING_APPLICABLE';
  return 'SCORED';
}

/**
 * The hot path: one pass, precomputed weights, no allocation for a complete unit. Units with a
 * not-applicable answer take the full evaluation, since their effective weights differ.
 */
function scoreUnitFast(compiled: CompiledMethodology, answers: Answers): UnitScore {
  const count = compiled.indicatorCount;
  const codes = compiled.indicatorCodes;
  const quotient = compiled.weightQuotient;
  const remainder = compiled.weightRemainder;
  const denominator = compiled.scaleDenominator;
  let total = 0;
  let missing: string[] | null = null;
  let problems = false;
  for (let i = 0; i < count; i += 1) {
    const code = codes[i] as string;
    const answer = answers[code];
    if (answer === undefined || answer === null) {
      (missing ??= []).push(code);
      continue;
    }
    const a = decodeAnswer(compiled, i, answer);
    if (a < 0) {
      problems = true;
      continue;
    }
    // contributionOf, inlined: q·a + round-half-up(r·a / den).
    total += (quotient[i] as number) * a;
    const product = (remainder[i] as number) * a;
    if (product !== 0) {
      const den = denominator[i] as number;
      let share = Math.floor(product / den);
      let rest = product - share * den;
      if (rest < 0) {
        share -= 1;
        rest += den;
      } else if (rest >= den) {
        share += 1;
        rest -= den;
      }
      total += rest * 2 >= den ? share + 1 : share;
    }
  }
  if (problems) return resultOf(compiled, evaluateUnit(compiled, answers), null);
  if (missing !== null) {
    return {
      status: 'INCOMPLETE',
      complete: false,
      missing,
      invalid: NONE,
      notApplicable: NONE,
      score: null,
      scoreHundredths: null,
      grade: null,
      explanation: null,
    };
  }
  const scoreHundredths = divRoundHalfUp(total, UNITS_PER_HUNDREDTH);
  return {
    status: 'SCORED',
    complete: true,
    missing: NONE,
    invalid: NONE,
    notApplicable: NONE,
    score: fromHundredths(scoreHundredths),
    scoreHundredths,
    grade: gradeOfHundredths(compiled, scoreHundredths),
    explanation: null,
  };
}

/** Whether an answers record gives an indicator code the methodology does not know. */
export function unknownIndicatorCodes(methodology: Methodology | CompiledMethodology, answers: Answers): string[] {
  const compiled = toCompiled(methodology);
  return Object.keys(answers).filter((code) => !compiled.indicatorIndex.has(code));
}
