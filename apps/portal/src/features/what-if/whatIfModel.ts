/**
 * The what-if simulation of a published report card, run in the browser with @patuh/scoring:
 * the cycle's own methodology, the body's recorded findings and every published score of the
 * cycle. Nothing here scores, grades or ranks by itself; it prepares the package's inputs and
 * reads its answers.
 */
import type { RaporWhatIfQuery } from '@patuh/graphql';
import {
  assertMethodology,
  compileMethodology,
  fromHundredths,
  improvementOpportunities,
  pointsToNextGrade,
  pointsToTargetRank,
  simulate,
  toHundredths,
  type Answer,
  type AnswerValue,
  type Answers,
  type CompiledMethodology,
  type ImprovementOpportunity,
  type Indicator,
  type NextGradeGap,
  type RankableInstitution,
  type SimulatedInstitution,
  type SimulationResult,
  type TargetRankGap,
} from '@patuh/scoring';

export type WhatIfData = RaporWhatIfQuery['rapor'];

/** Changed answers by unit id, then by indicator code. */
export type Changes = Readonly<Record<string, Readonly<Record<string, AnswerValue>>>>;

export interface WhatIfInputs {
  methodology: CompiledMethodology;
  institution: SimulatedInstitution;
  cycle: readonly RankableInstitution[];
  /** The method's indicators by code, with their scales. */
  indicators: ReadonlyMap<string, Indicator>;
  /** Methodology order, for pickers. */
  indicatorOrder: readonly string[];
}

/** A recorded finding as the scoring package reads it. */
function answerOf(value: number | null, notApplicable: boolean): Answer | null {
  if (notApplicable) return { notApplicable: true };
  return value;
}

export function buildWhatIfInputs(data: WhatIfData, name: string): WhatIfInputs {
  const methodology = compileMethodology(assertMethodology(data.methodologyDocument));
  const indicators = new Map<string, Indicator>();
  const indicatorOrder: string[] = [];
  for (const dimension of methodology.methodology.dimensions) {
    for (const variable of dimension.variables) {
      for (const indicator of variable.indicators) {
        indicators.set(indicator.code, indicator);
        indicatorOrder.push(indicator.code);
      }
    }
  }
  const institution: SimulatedInstitution = {
    id: data.institution.id,
    name,
    type: data.institution.type,
    provinceCode: data.institution.province?.code ?? null,
    units: data.unitAnswers.map((unit) => ({
      id: unit.unitId,
      serviceProducts: unit.serviceProducts,
      answers: Object.fromEntries(unit.answers.map((a) => [a.indicatorCode, answerOf(a.value, a.notApplicable)])) as Answers,
    })),
  };
  const cycle: RankableInstitution[] = data.cycleScores.map((entry) => ({
    id: entry.institutionId,
    name: entry.name,
    type: entry.type,
    provinceCode: entry.provinceCode,
    score: entry.score,
  }));
  return { methodology, institution, cycle, indicators, indicatorOrder };
}

/** The body with the changes applied to its answers. */
function withChanges(institution: SimulatedInstitution, changes: Changes): SimulatedInstitution {
  return {
    ...institution,
    units: institution.units.map((unit) => (changes[unit.id] ? { ...unit, answers: { ...unit.answers, ...changes[unit.id] } } : unit)),
  };
}

export function runSimulation(inputs: WhatIfInputs, changes: Changes): SimulationResult {
  return simulate({ methodology: inputs.methodology, institution: inputs.institution, changes, cycle: inputs.cycle });
}

/** The indicators that pay most for one step of improvement, given the changes made so far. */
export function suggestions(inputs: WhatIfInputs, changes: Changes, limit: number): ImprovementOpportunity[] {
  const changed = withChanges(inputs.institution, changes);
  return improvementOpportunities(inputs.methodology, changed.units, { limit });
}

export type GoalKind = 'nextGrade' | 'topTenOfType' | 'firstInProvince';

export interface Goal {
  kind: GoalKind;
  /** The score that reaches the goal with others held fixed; null when there is nothing above. */
  targetScore: number | null;
  /** From the published (unchanged) score. */
  neededNow: number | null;
  /** From the simulated score. */
  neededAfter: number | null;
  /** For the grade goal, the grade aimed at. */
  nextGrade: NextGradeGap['next'];
  /** For rank goals, the current rank in the scope and its size. */
  rank: Pick<TargetRankGap, 'currentRank' | 'scopeSize'> | null;
}

/** The cycle with the body's score replaced by a simulated one, to measure a gap from it. */
function cycleWith(inputs: WhatIfInputs, score: number | null): RankableInstitution[] {
  return inputs.cycle.map((entry) => (entry.id === inputs.institution.id ? { ...entry, score } : entry));
}

/** How far a two-decimal score is below a target, in exact hundredths; 0 once reached. */
function gapBetween(score: number, target: number): number {
  return fromHundredths(Math.max(0, toHundredths(target) - toHundredths(score)));
}

/** What it takes: the next grade, the national top 10 of the body's kind, first in its province. */
export function goals(inputs: WhatIfInputs, simulation: SimulationResult): Goal[] {
  const before = simulation.before.score;
  const after = simulation.after.score;
  if (before === null || after === null) return [];
  const result: Goal[] = [];
  const grade = pointsToNextGrade(inputs.methodology, before);
  result.push({
    kind: 'nextGrade',
    targetScore: grade.targetScore,
    neededNow: grade.pointsNeeded,
    neededAfter: grade.targetScore === null ? null : gapBetween(after, grade.targetScore),
    nextGrade: grade.next,
    rank: null,
  });
  const rankGoal = (kind: GoalKind, rank: number, scope: { types?: SimulatedInstitution['type'][]; provinceCode?: string }) => {
    const now = pointsToTargetRank(cycleWith(inputs, before), inputs.institution.id, rank, scope);
    const later = pointsToTargetRank(cycleWith(inputs, after), inputs.institution.id, rank, scope);
    result.push({
      kind,
      targetScore: now.targetScore,
      neededNow: now.pointsNeeded,
      neededAfter: later.pointsNeeded,
      nextGrade: null,
      rank: { currentRank: now.currentRank, scopeSize: now.scopeSize },
    });
  };
  rankGoal('topTenOfType', 10, { types: [inputs.institution.type] });
  if (inputs.institution.provinceCode) rankGoal('firstInProvince', 1, { provinceCode: inputs.institution.provinceCode });
  return result;
}

/**
 * A path to a target score: the one-step improvements that pay most, taken one at a time (each
 * time re-asking the package which pays most now) until the simulated score reaches the target.
 * Returns the changes, or null when no set of improvements reaches it.
 */
export function pathTo(inputs: WhatIfInputs, start: Changes, targetScore: number, maxSteps = 400): Changes | null {
  let changes: Record<string, Record<string, AnswerValue>> = Object.fromEntries(Object.entries(start).map(([unit, answers]) => [unit, { ...answers }]));
  for (let step = 0; step <= maxSteps; step++) {
    const score = runSimulation(inputs, changes).after.score;
    if (score !== null && score >= targetScore) return changes;
    const [best] = suggestions(inputs, changes, 1);
    if (!best || best.unitId === null) return null;
    changes = { ...changes, [best.unitId]: { ...changes[best.unitId], [best.indicatorCode]: best.nextValue } };
  }
  return null;
}

