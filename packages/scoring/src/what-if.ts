/**
 * The path to the next goal: how many points the next grade or a target rank needs, which
 * indicators pay most per step of improvement, and simulations of changed answers. Everything here
 * is pure: inputs are never mutated, results are new objects.
 */
import { divRoundHalfUp, fromHundredths, toHundredths, toScaledInteger } from './decimal.js';
import { evaluateUnit, STATE_ANSWERED } from './evaluate-unit.js';
import { bandIndexOfHundredths, type Grade } from './grade.js';
import { contributionOf, decodeAnswer, toCompiled, type CompiledMethodology } from './methodology/compile.js';
import type { AnswerValue, Answers, InstitutionType, Methodology, ScaleKind } from './methodology/types.js';
import {
  inScope,
  NATIONAL,
  rankInstitutions,
  rankScopes,
  type RankableInstitution,
  type RankingEntry,
  type RankingScope,
} from './rank.js';
import { scoreInstitution, type InstitutionExtras, type InstitutionScore } from './score-institution.js';
import { scoreUnit, type UnitScore } from './score-unit.js';

// ---------------------------------------------------------------------------------------------
// Next grade

export interface NextGradeGap {
  readonly current: Grade;
  /** The next better grade; null at the top grade. */
  readonly next: Grade | null;
  /** The lowest score of the next grade. */
  readonly targetScore: number | null;
  /** targetScore − score, two decimals; null at the top grade. */
  readonly pointsNeeded: number | null;
  readonly pointsNeededHundredths: number | null;
}

/** The points a score needs to reach the next grade band. */
export function pointsToNextGrade(methodology: Methodology | CompiledMethodology, score: number): NextGradeGap {
  const compiled = toCompiled(methodology);
  const hundredths = toHundredths(score);
  const index = bandIndexOfHundredths(compiled, hundredths);
  const current = compiled.gradeBands[index] as Grade;
  const next = index > 0 ? (compiled.gradeBands[index - 1] as Grade) : null;
  if (next === null) return { current, next, targetScore: null, pointsNeeded: null, pointsNeededHundredths: null };
  const target = compiled.bandMinHundredths[index - 1] as number;
  return {
    current,
    next,
    targetScore: fromHundredths(target),
    pointsNeeded: fromHundredths(target - hundredths),
    pointsNeededHundredths: target - hundredths,
  };
}

// ---------------------------------------------------------------------------------------------
// Target rank

export interface TargetRankGap {
  readonly id: string;
  readonly scope: RankingScope;
  /** Whether the institution itself belongs to the scope. */
  readonly inScope: boolean;
  /** Its current rank in the scope; null if unscored or outside the scope. */
  readonly currentRank: number | null;
  readonly targetRank: number;
  /** The score that secures at least a shared `targetRank`. */
  readonly targetScore: number;
  /** max(0, targetScore − current score), two decimals. */
  readonly pointsNeeded: number;
  readonly pointsNeededHundredths: number;
  readonly scopeSize: number;
}

/**
 * The score an institution needs for rank `targetRank` or better in a scope, with others' scores
 * held fixed: the score of the institution now `targetRank`-th among the others (equal scores share
 * a rank), or 0 when fewer others are ranked. E.g. the national top 10 among cities:
 * `pointsToTargetRank(cycle, id, 10, { types: ['KOTA'] })`.
 */
export function pointsToTargetRank(
  entries: readonly RankableInstitution[],
  id: string,
  targetRank: number,
  scope: RankingScope = NATIONAL,
): TargetRankGap {
  if (!Number.isInteger(targetRank) || targetRank < 1) throw new RangeError(`A target rank is a positive integer, got ${targetRank}`);
  const self = entries.find((entry) => entry.id === id);
  if (self === undefined) throw new RangeError(`Unknown institution: ${id}`);
  const ranking = rankInstitutions(entries, scope);
  const others = ranking.filter((entry) => entry.id !== id);
  const own = ranking.find((entry) => entry.id === id) ?? null;
  const targetHundredths = others.length < targetRank ? 0 : (others[targetRank - 1] as RankingEntry).scoreHundredths;
  const ownHundredths =
    self.scoreHundredths !== undefined && self.scoreHundredths !== null
      ? self.scoreHundredths
      : self.score === null
        ? 0
        : toHundredths(self.score);
  const needed = Math.max(0, targetHundredths - ownHundredths);
  return {
    id,
    scope,
    inScope: inScope(self, scope),
    currentRank: own?.rank ?? null,
    targetRank,
    targetScore: fromHundredths(targetHundredths),
    pointsNeeded: fromHundredths(needed),
    pointsNeededHundredths: needed,
    scopeSize: ranking.length + (own === null && inScope(self, scope) ? 1 : 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Improvement opportunities

export interface UnitAnswersInput {
  readonly id?: string;
  readonly answers: Answers;
  readonly serviceProducts?: number;
}

export interface ImprovementOpportunity {
  readonly unitIndex: number;
  readonly unitId: string | null;
  readonly indicatorCode: string;
  readonly dimensionCode: string;
  readonly variableCode: string;
  readonly scaleKind: ScaleKind;
  readonly currentValue: AnswerValue;
  /** The answer one step better. */
  readonly nextValue: AnswerValue;
  /** The answer with full marks. */
  readonly bestValue: AnswerValue;
  /** Steps from the current answer to full marks. */
  readonly stepsToBest: number;
  /** Unit-score points won by the next step, four decimals (exact weights, before rounding). */
  readonly unitPointsPerStep: number;
  /** Institution-score points won by the next step, four decimals. */
  readonly institutionPointsPerStep: number;
  /** Unit-score points won by reaching full marks, four decimals. */
  readonly unitPointsToBest: number;
  readonly institutionPointsToBest: number;
}

export interface ImprovementOptions {
  /** Keep only the first `limit` opportunities. */
  readonly limit?: number;
}

/** Points in 10^-10 point to a number of points with four decimals. */
function fourDecimals(units: number): number {
  return divRoundHalfUp(units, 1_000_000) / 10_000;
}

/** Where an answer can go: one step up and all the way, as answer values and fraction numerators. */
function stepsOf(compiled: CompiledMethodology, i: number, a: number) {
  const den = compiled.scaleDenominator[i] as number;
  if (a >= den) return null;
  const scale = (compiled.indicators[i] as CompiledMethodology['indicators'][number]).scale;
  switch (scale.kind) {
    case 'YES_NO':
      return { next: true, best: true, nextA: 1, steps: 1 };
    case 'ORDINAL': {
      const low = compiled.scaleLow[i] as number;
      const levelIndex = scale.levels.findIndex((level) => level.value - low === a);
      const nextLevel = scale.levels[levelIndex + 1];
      const best = scale.levels[scale.levels.length - 1];
      if (nextLevel === undefined || best === undefined) return null;
      return { next: nextLevel.value, best: best.value, nextA: nextLevel.value - low, steps: scale.levels.length - 1 - levelIndex };
    }
    case 'PERCENTAGE':
    case 'NUMERIC': {
      const decimals = compiled.scaleDecimals[i] as number;
      const power = 10 ** decimals;
      const stepSize =
        scale.kind === 'PERCENTAGE'
          ? toScaledInteger(scale.step ?? 10, decimals)
          : scale.step !== undefined
            ? toScaledInteger(scale.step, decimals)
            : Math.max(1, Math.round(den / 10));
      const nextA = Math.min(den, a + stepSize);
      const lowerIsBetter = compiled.lowerIsBetter[i] === 1;
      const low = compiled.scaleLow[i] as number;
      const high = compiled.scaleHigh[i] as number;
      const valueOf = (numerator: number): number => (lowerIsBetter ? high - numerator : low + numerator) / power;
      return { next: valueOf(nextA), best: valueOf(den), nextA, steps: Math.ceil((den - a) / stepSize) };
    }
  }
}

/**
 * Every answered indicator of every unit that is not at full marks, ranked by the points the
 * institution score gains from one step of improvement (next ordinal level, no → yes, or the scale's
 * step for percentages and numbers), most first; ties by points to full marks, then unit and
 * methodology order. Gains use the unit's effective weights (after not-applicable redistribution).
 */
export function improvementOpportunities(
  methodology: Methodology | CompiledMethodology,
  units: readonly UnitAnswersInput[],
  options: ImprovementOptions = {},
): ImprovementOpportunity[] {
  const compiled = toCompiled(methodology);
  const document = compiled.methodology;
  const weighted = document.institutionAggregation === 'WEIGHTED_BY_SERVICE_PRODUCTS';
  const shareOf = (unit: UnitAnswersInput): number => (weighted ? Math.max(1, unit.serviceProducts ?? 1) : 1);
  const shareSum = units.reduce((sum, unit) => sum + shareOf(unit), 0);
  const composite = document.composite;
  const compositeNumerator = composite ? toHundredths(composite.dimensionsWeight) : 1;
  const compositeDenominator = composite
    ? toHundredths(composite.dimensionsWeight) + composite.parts.reduce((sum, part) => sum + toHundredths(part.weight), 0)
    : 1;
  // Institution gain in micro-points: (gain in micro-points) × share × composite weight / (Σ shares × Σ weights).
  const institutionMicro = (units10: number, share: number): number =>
    divRoundHalfUp(divRoundHalfUp(units10, 10_000) * share * compositeNumerator, shareSum * compositeDenominator);

  const found: (ImprovementOpportunity & { sortGain: number; sortBest: number })[] = [];
  units.forEach((unit, unitIndex) => {
    const evaluation = evaluateUnit(compiled, unit.answers);
    const share = shareOf(unit);
    for (let i = 0; i < compiled.indicatorCount; i += 1) {
      if (evaluation.state[i] !== STATE_ANSWERED) continue;
      const code = compiled.indicatorCodes[i] as string;
      const current = unit.answers[code] as AnswerValue;
      const a = evaluation.numerator[i] as number;
      const step = stepsOf(compiled, i, a);
      if (step === null) continue;
      const den = compiled.scaleDenominator[i] as number;
      const weight = evaluation.weight[i] as number;
      const now = evaluation.contribution[i] as number;
      const gain = contributionOf(weight, step.nextA, den) - now;
      const toBest = contributionOf(weight, den, den) - now;
      const variable = compiled.variables[compiled.indicatorVariable[i] as number];
      const dimension = compiled.dimensions[compiled.variableDimension[compiled.indicatorVariable[i] as number] as number];
      const institutionGain = institutionMicro(gain, share);
      const institutionBest = institutionMicro(toBest, share);
      found.push({
        unitIndex,
        unitId: unit.id ?? null,
        indicatorCode: code,
        dimensionCode: dimension?.code ?? '',
        variableCode: variable?.code ?? '',
        scaleKind: compiled.indicators[i]?.scale.kind ?? 'YES_NO',
        currentValue: current,
        nextValue: step.next,
        bestValue: step.best,
        stepsToBest: step.steps,
        unitPointsPerStep: fourDecimals(gain),
        institutionPointsPerStep: divRoundHalfUp(institutionGain, 100) / 10_000,
        unitPointsToBest: fourDecimals(toBest),
        institutionPointsToBest: divRoundHalfUp(institutionBest, 100) / 10_000,
        sortGain: gain * share,
        sortBest: toBest * share,
      });
    }
  });
  found.sort((x, y) => y.sortGain - x.sortGain || y.sortBest - x.sortBest || x.unitIndex - y.unitIndex);
  const limited = options.limit === undefined ? found : found.slice(0, options.limit);
  return limited.map(({ sortGain: _gain, sortBest: _best, ...opportunity }) => opportunity);
}

// ---------------------------------------------------------------------------------------------
// Simulation

export interface SimulatedUnit {
  readonly id: string;
  readonly answers: Answers;
  readonly serviceProducts?: number;
}

export interface SimulatedInstitution {
  readonly id: string;
  readonly name: string;
  readonly type: InstitutionType;
  readonly provinceCode?: string | null;
  readonly units: readonly SimulatedUnit[];
  readonly extras?: InstitutionExtras;
}

export interface SimulationInput {
  readonly methodology: Methodology | CompiledMethodology;
  readonly institution: SimulatedInstitution;
  /** Changed answers by unit id, then by indicator code. */
  readonly changes: Readonly<Record<string, Answers>>;
  /** Changed institution-level inputs (public trust, maladministration finding). */
  readonly extras?: InstitutionExtras;
  /** The cycle's institutions with their scores; the simulated one's entry is replaced (or added). */
  readonly cycle?: readonly RankableInstitution[];
  /** Scopes to rank in; default national, the institution's type and its province. */
  readonly scopes?: readonly RankingScope[];
  /** Build unit explanations of the simulated answers (default false). */
  readonly explain?: boolean;
}

export interface SimulatedUnitResult {
  readonly id: string;
  readonly before: UnitScore;
  readonly after: UnitScore;
  /** Indicator codes whose answer the simulation changed. */
  readonly changed: readonly string[];
}

export interface SimulatedRank {
  readonly scope: RankingScope;
  readonly before: RankingEntry | null;
  readonly after: RankingEntry | null;
  readonly size: number;
}

export interface SimulationResult {
  readonly units: readonly SimulatedUnitResult[];
  readonly before: InstitutionScore;
  readonly after: InstitutionScore;
  readonly delta: number | null;
  readonly deltaHundredths: number | null;
  readonly gradeChanged: boolean;
  readonly ranks: readonly SimulatedRank[];
}

function sameAnswer(compiled: CompiledMethodology, code: string, before: Answers[string], after: Answers[string]): boolean {
  if (before === after) return true;
  if (before === undefined || before === null || after === undefined || after === null) return false;
  const i = compiled.indicatorIndex.get(code);
  return i !== undefined && decodeAnswer(compiled, i, before) === decodeAnswer(compiled, i, after);
}

/**
 * Scores a set of changed answers: each unit before and after, the institution before and after,
 * and its ranks against the rest of the cycle. Nothing passed in is modified.
 */
export function simulate(input: SimulationInput): SimulationResult {
  const compiled = toCompiled(input.methodology);
  const institution = input.institution;
  const explain = input.explain === true;
  const unitIds = new Set(institution.units.map((unit) => unit.id));
  for (const unitId of Object.keys(input.changes)) {
    if (!unitIds.has(unitId)) throw new RangeError(`The institution has no unit ${unitId}`);
  }

  const units: SimulatedUnitResult[] = institution.units.map((unit) => {
    const before = scoreUnit(compiled, unit.answers, { explain: false });
    const changes = input.changes[unit.id];
    if (changes === undefined) return { id: unit.id, before, after: explain ? scoreUnit(compiled, unit.answers) : before, changed: [] };
    const changed = Object.keys(changes).filter((code) => !sameAnswer(compiled, code, unit.answers[code], changes[code]));
    const after = scoreUnit(compiled, { ...unit.answers, ...changes }, { explain });
    return { id: unit.id, before, after, changed };
  });

  const extrasBefore = institution.extras ?? {};
  const extrasAfter = { ...extrasBefore, ...(input.extras ?? {}) };
  const withProducts = (score: UnitScore, index: number) => ({
    score: score.score,
    scoreHundredths: score.scoreHundredths,
    serviceProducts: institution.units[index]?.serviceProducts,
  });
  const before = scoreInstitution(compiled, units.map((unit, index) => withProducts(unit.before, index)), extrasBefore);
  const after = scoreInstitution(compiled, units.map((unit, index) => withProducts(unit.after, index)), extrasAfter);

  const ranks: SimulatedRank[] = [];
  if (input.cycle !== undefined) {
    const scopes =
      input.scopes ??
      [NATIONAL, { types: [institution.type] }, ...(institution.provinceCode ? [{ provinceCode: institution.provinceCode }] : [])];
    const others = input.cycle.filter((entry) => entry.id !== institution.id);
    const entryOf = (score: InstitutionScore): RankableInstitution => ({
      id: institution.id,
      name: institution.name,
      type: institution.type,
      provinceCode: institution.provinceCode ?? null,
      score: score.score,
      scoreHundredths: score.scoreHundredths,
    });
    // A full re-rank of the cycle before and after, one sort each, every scope from it.
    const rankedBefore = rankScopes([...others, entryOf(before)], scopes);
    const rankedAfter = rankScopes([...others, entryOf(after)], scopes);
    scopes.forEach((scope, k) => {
      const afterRanking = rankedAfter[k] as RankingEntry[];
      ranks.push({
        scope,
        before: (rankedBefore[k] as RankingEntry[]).find((entry) => entry.id === institution.id) ?? null,
        after: afterRanking.find((entry) => entry.id === institution.id) ?? null,
        size: afterRanking.length,
      });
    });
  }

  const deltaHundredths =
    before.scoreHundredths !== null && after.scoreHundredths !== null ? after.scoreHundredths - before.scoreHundredths : null;
  return {
    units,
    before,
    after,
    delta: deltaHundredths === null ? null : fromHundredths(deltaHundredths),
    deltaHundredths,
    gradeChanged: before.grade?.code !== after.grade?.code,
    ranks,
  };
}
