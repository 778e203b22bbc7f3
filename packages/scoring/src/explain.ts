/**
 * Why a unit has its score: for every dimension, variable and indicator, the points it could
 * contribute (after not-applicable redistribution), the points it won, the points it lost, and the
 * points still pending because an answer is missing.
 *
 * Shown figures have two decimals and add up: the dimensions' points add up to the unit score,
 * a dimension's to its variables', a variable's to its indicators', likewise lost and pending
 * points, and for every node maxPoints = points + lostPoints + pendingPoints. Exact figures are kept
 * at 10^-10 point and split to hundredths by the largest-remainder method, so each shown figure is
 * its exact value rounded down or up: full marks never show a loss. (A node's shown maximum can
 * therefore differ by 0.01 between two units with the same weights.)
 */
import {
  divFloor,
  divRoundHalfUp,
  fromHundredths,
  largestFirst,
  MAX_SCORE_HUNDREDTHS,
  ratioRoundHalfUp,
  UNITS_PER_HUNDREDTH,
} from './decimal.js';
import type { CompiledMethodology } from './methodology/compile.js';
import type { Answer, Answers, LocalizedText, ScaleKind } from './methodology/types.js';
import {
  STATE_ANSWERED,
  STATE_INVALID,
  STATE_MISSING,
  STATE_NOT_APPLICABLE,
  type UnitEvaluation,
} from './evaluate-unit.js';

export type IndicatorStatus = 'ANSWERED' | 'NOT_APPLICABLE' | 'MISSING' | 'INVALID';

/** What every node of the explanation tells. Points are unit-score points, two decimals. */
export interface ExplanationNode {
  readonly code: string;
  readonly title: LocalizedText;
  /** The node's weight within its parent, as in the methodology (percent). */
  readonly weight: number;
  /** False when not applicable to this unit: its weight went to its siblings. */
  readonly applicable: boolean;
  /** True when every applicable indicator below has a valid answer. */
  readonly complete: boolean;
  /** The most this node can contribute to the unit score. */
  readonly maxPoints: number;
  /** What it contributed. */
  readonly points: number;
  /** What its answers lost: maxPoints − points − pendingPoints. */
  readonly lostPoints: number;
  /** What is still open because answers are missing or invalid. */
  readonly pendingPoints: number;
  /** The node's own score on 0–100, two decimals; null if not applicable or incomplete. */
  readonly score: number | null;
}

export interface IndicatorExplanation extends ExplanationNode {
  readonly status: IndicatorStatus;
  readonly scaleKind: ScaleKind;
  /** The answer as given; null when missing. */
  readonly answer: Answer | null;
  /** The level or yes/no wording of the answer, when the scale has one. */
  readonly answerLabel: LocalizedText | null;
}

export interface VariableExplanation extends ExplanationNode {
  readonly indicators: readonly IndicatorExplanation[];
}

export interface DimensionExplanation extends ExplanationNode {
  readonly variables: readonly VariableExplanation[];
}

export interface Explanation {
  readonly methodologyId: string;
  readonly methodologyVersion: string;
  readonly complete: boolean;
  /** The unit score when complete (equal to `points`), otherwise null. */
  readonly score: number | null;
  readonly maxPoints: number;
  readonly points: number;
  readonly lostPoints: number;
  readonly pendingPoints: number;
  readonly dimensions: readonly DimensionExplanation[];
}

const YES: LocalizedText = { id: 'Ya', en: 'Yes' };
const NO: LocalizedText = { id: 'Tidak', en: 'No' };

/** Exact figures of one node, in 10^-10 point. */
interface Exact {
  max: number;
  points: number;
  pending: number;
}

/** Shown figures of one node, in hundredths; the shown maximum is their sum. */
interface Shown {
  points: number;
  lost: number;
  pending: number;
}

/**
 * Splits `total` hundredths among nodes in proportion to their exact amounts (10^-10 point): each
 * gets the floor of its amount, and the units left over go one each to the largest remainders
 * (ties to the earlier node). When `total` is the parent's own amount rounded either way, every node
 * gets its amount rounded down or up, so a node whose amount is 0 (or a whole number of
 * hundredths) shows exactly that: full marks never show a loss, an unearned node never shows points.
 */
export function apportionShown(total: number, exact: readonly number[]): number[] {
  const shares: number[] = [];
  const remainders: number[] = [];
  let left = total;
  for (const amount of exact) {
    const [share, remainder] = divFloor(amount, UNITS_PER_HUNDREDTH);
    shares.push(share);
    remainders.push(remainder);
    left -= share;
  }
  const order = largestFirst(remainders);
  for (let k = 0; left > 0 && k < order.length; k += 1) {
    const j = order[k] as number;
    shares[j] = (shares[j] as number) + 1;
    left -= 1;
  }
  // Only when the parent was rounded past its amount (two halves rounded up at the root): take the
  // excess back from the smallest remainders that still have something.
  for (let k = order.length - 1; left < 0 && k >= 0; k -= 1) {
    const j = order[k] as number;
    if ((shares[j] as number) > 0 && (remainders[j] as number) > 0) {
      shares[j] = (shares[j] as number) - 1;
      left += 1;
    }
  }
  return shares;
}

/** Splits a parent's shown figures among its children, each figure on its own. */
function splitShown(parent: Shown, children: readonly Exact[]): Shown[] {
  const points = apportionShown(parent.points, children.map((child) => child.points));
  const lost = apportionShown(parent.lost, children.map((child) => child.max - child.points - child.pending));
  const pending = apportionShown(parent.pending, children.map((child) => child.pending));
  return points.map((value, j) => ({ points: value, lost: lost[j] as number, pending: pending[j] as number }));
}

function sumExact(children: readonly Exact[]): Exact {
  const total: Exact = { max: 0, points: 0, pending: 0 };
  for (const child of children) {
    total.max += child.max;
    total.points += child.points;
    total.pending += child.pending;
  }
  return total;
}

function nodeFigures(exact: Exact, shown: Shown, complete: boolean) {
  const applicable = exact.max > 0;
  return {
    applicable,
    complete,
    maxPoints: fromHundredths(shown.points + shown.lost + shown.pending),
    points: fromHundredths(shown.points),
    lostPoints: fromHundredths(shown.lost),
    pendingPoints: fromHundredths(shown.pending),
    score: applicable && complete ? fromHundredths(ratioRoundHalfUp(exact.points, exact.max, 4)) : null,
  };
}

/**
 * The unit's own shown figures: points are the official score (rounded half-up); lost and pending
 * are rounded half-up too, then one of them moves by 0.01 if needed so the three add up to 100.00.
 */
function rootShown(exact: Exact): Shown {
  if (exact.max === 0) return { points: 0, lost: 0, pending: 0 };
  const points = divRoundHalfUp(exact.points, UNITS_PER_HUNDREDTH);
  const lostExact = exact.max - exact.points - exact.pending;
  let lost = divRoundHalfUp(lostExact, UNITS_PER_HUNDREDTH);
  let pending = divRoundHalfUp(exact.pending, UNITS_PER_HUNDREDTH);
  const excess = points + lost + pending - MAX_SCORE_HUNDREDTHS;
  const pendingRoundedUp = pending * UNITS_PER_HUNDREDTH > exact.pending;
  const lostRoundedUp = lost * UNITS_PER_HUNDREDTH > lostExact;
  if (excess > 0) {
    if (pendingRoundedUp) pending -= 1;
    else if (lostRoundedUp) lost -= 1;
  } else if (excess < 0) {
    if (pending * UNITS_PER_HUNDREDTH < exact.pending) pending += 1;
    else if (lost * UNITS_PER_HUNDREDTH < lostExact) lost += 1;
  }
  return { points, lost, pending };
}

const STATUS: readonly IndicatorStatus[] = ['ANSWERED', 'NOT_APPLICABLE', 'MISSING', 'INVALID'];

/** Builds the explanation of an evaluated unit. */
export function buildExplanation(evaluation: UnitEvaluation, answers: Answers): Explanation {
  const compiled = evaluation.compiled;
  const { state, weight, contribution } = evaluation;

  const indicatorExact: Exact[] = compiled.indicators.map((_, i) => ({
    max: weight[i] as number,
    points: contribution[i] as number,
    pending: state[i] === STATE_MISSING || state[i] === STATE_INVALID ? (weight[i] as number) : 0,
  }));
  const variableExact: Exact[] = compiled.variables.map((_, v) =>
    sumExact(indicatorExact.slice(compiled.variableStart[v], compiled.variableEnd[v])),
  );
  const dimensionExact: Exact[] = compiled.dimensions.map((_, d) =>
    sumExact(variableExact.slice(compiled.dimensionStart[d], compiled.dimensionEnd[d])),
  );
  const rootExact = sumExact(dimensionExact);

  const root = rootShown(rootExact);
  const complete = evaluation.missing.length === 0 && evaluation.invalid.length === 0;

  const dimensionShown = splitShown(root, dimensionExact);
  const dimensions: DimensionExplanation[] = compiled.dimensions.map((dimension, d) => {
    const firstVariable = compiled.dimensionStart[d] as number;
    const variableShown = splitShown(
      dimensionShown[d] as Shown,
      variableExact.slice(firstVariable, compiled.dimensionEnd[d]),
    );
    let dimensionComplete = true;
    const variables: VariableExplanation[] = dimension.variables.map((variable, k) => {
      const v = firstVariable + k;
      const first = compiled.variableStart[v] as number;
      const indicatorShown = splitShown(variableShown[k] as Shown, indicatorExact.slice(first, compiled.variableEnd[v]));
      let variableComplete = true;
      const indicators: IndicatorExplanation[] = variable.indicators.map((indicator, m) => {
        const i = first + m;
        const status = STATUS[state[i] as number] as IndicatorStatus;
        const indicatorComplete = status === 'ANSWERED' || status === 'NOT_APPLICABLE';
        if (!indicatorComplete) variableComplete = false;
        const answer = answers[indicator.code] ?? null;
        const exact = indicatorExact[i] as Exact;
        const figures = nodeFigures(exact, indicatorShown[m] as Shown, indicatorComplete);
        return {
          code: indicator.code,
          title: indicator.title,
          weight: indicator.weight,
          ...figures,
          // The indicator's own score is its fraction of full marks, independent of weights.
          score:
            status === 'ANSWERED'
              ? fromHundredths(ratioRoundHalfUp(evaluation.numerator[i] as number, compiled.scaleDenominator[i] as number, 4))
              : null,
          applicable: state[i] !== STATE_NOT_APPLICABLE && exact.max > 0,
          status,
          scaleKind: indicator.scale.kind,
          answer,
          answerLabel: state[i] === STATE_ANSWERED ? answerLabelOf(compiled, i, answer) : null,
        };
      });
      if (!variableComplete) dimensionComplete = false;
      return {
        code: variable.code,
        title: variable.title,
        weight: variable.weight,
        ...nodeFigures(variableExact[v] as Exact, variableShown[k] as Shown, variableComplete),
        indicators,
      };
    });
    return {
      code: dimension.code,
      title: dimension.title,
      weight: dimension.weight,
      ...nodeFigures(dimensionExact[d] as Exact, dimensionShown[d] as Shown, dimensionComplete),
      variables,
    };
  });

  return {
    methodologyId: compiled.methodology.id,
    methodologyVersion: compiled.methodology.version,
    complete,
    score: complete && rootExact.max > 0 ? fromHundredths(root.points) : null,
    maxPoints: fromHundredths(root.points + root.lost + root.pending),
    points: fromHundredths(root.points),
    lostPoints: fromHundredths(root.lost),
    pendingPoints: fromHundredths(root.pending),
    dimensions,
  };
}

function answerLabelOf(compiled: CompiledMethodology, i: number, answer: Answer | null): LocalizedText | null {
  const scale = compiled.indicators[i]?.scale;
  if (scale === undefined || answer === null) return null;
  if (scale.kind === 'YES_NO') {
    const yes = answer === true || answer === 1;
    return yes ? (scale.labels?.yes ?? YES) : (scale.labels?.no ?? NO);
  }
  if (scale.kind === 'ORDINAL') return scale.levels.find((level) => level.value === answer)?.label ?? null;
  return null;
}

/** The explanation as plain lines of text (Indonesian or English), for logs, e-mails and tests. */
export function explanationToText(explanation: Explanation, language: 'id' | 'en' = 'en'): string {
  const format = (value: number): string => value.toFixed(2);
  const lines: string[] = [];
  const line = (depth: number, node: ExplanationNode): void => {
    const name = `${'  '.repeat(depth)}${node.code} ${node.title[language]}`;
    if (!node.applicable) {
      lines.push(`${name}: ${language === 'id' ? 'tidak berlaku' : 'not applicable'}`);
      return;
    }
    const pending = node.pendingPoints > 0 ? `, ${format(node.pendingPoints)} ${language === 'id' ? 'belum dijawab' : 'pending'}` : '';
    lines.push(
      `${name}: ${format(node.points)} / ${format(node.maxPoints)} (${language === 'id' ? 'hilang' : 'lost'} ${format(node.lostPoints)}${pending})`,
    );
  };
  lines.push(`${language === 'id' ? 'Nilai' : 'Score'}: ${explanation.score === null ? '—' : format(explanation.score)}`);
  for (const dimension of explanation.dimensions) {
    line(0, dimension);
    for (const variable of dimension.variables) {
      line(1, variable);
      for (const indicator of variable.indicators) line(2, indicator);
    }
  }
  return lines.join('\n');
}
