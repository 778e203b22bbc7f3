/**
 * Findings read against the cycle's methodology: checking new answers before they are stored,
 * and scoring the stored ones. Every judgement of a value is @patuh/scoring's; this file only
 * translates between stored rows, the API's words and the package's.
 */
import type { Prisma } from '@patuh/db';
import {
  NOT_APPLICABLE,
  scoreUnit,
  type Answer,
  type AnswerProblemCode,
  type CompiledMethodology,
  type Indicator,
} from '@patuh/scoring';
import { badInput, type Bilingual } from '../../errors.js';
import type { LiveScore } from './assessment.type.js';

/** One indicator's answer as stored (and as audited). */
export interface AnswerState {
  value: number | null;
  notApplicable: boolean;
  note: string | null;
}

export interface AnswerRow extends AnswerState {
  indicatorCode: string;
}

/** The column is NUMERIC(9,2): a value with more decimals would be rounded silently. */
const STORED_DECIMALS = 2;
const STORED_LIMIT = 10_000_000;

export function stateOfRow(row: { value: Prisma.Decimal | null; notApplicable: boolean; note: string | null }): AnswerState {
  return { value: row.value === null ? null : row.value.toNumber(), notApplicable: row.notApplicable, note: row.note };
}

export const sameAnswer = (a: AnswerState | null, b: AnswerState | null): boolean =>
  a === b || (a !== null && b !== null && a.value === b.value && a.notApplicable === b.notApplicable && a.note === b.note);

/** A stored finding as the scoring package reads it (yes/no stored as 1/0); null when unanswered. */
export function toScoringAnswer(state: AnswerState): Answer | null {
  if (state.notApplicable) return NOT_APPLICABLE;
  return state.value;
}

interface Problem {
  field: string;
  message: Bilingual;
}

function describeScale(indicator: Indicator): Bilingual {
  const scale = indicator.scale;
  switch (scale.kind) {
    case 'YES_NO':
      return { id: '1 (ya) atau 0 (tidak)', en: '1 (yes) or 0 (no)' };
    case 'ORDINAL': {
      const levels = scale.levels.map((l) => l.value).join(', ');
      return { id: `salah satu tingkat ${levels}`, en: `one of the levels ${levels}` };
    }
    case 'PERCENTAGE':
      return { id: 'persentase 0–100', en: 'a percentage 0–100' };
    case 'NUMERIC':
      return { id: `angka (skala ${scale.normalisation.min}–${scale.normalisation.max})`, en: `a number (scale ${scale.normalisation.min}–${scale.normalisation.max})` };
  }
}

function scaleProblem(code: AnswerProblemCode, indicator: Indicator, field: (key: keyof AnswerState) => string): Problem {
  if (code === 'NOT_APPLICABLE_NOT_ALLOWED') {
    return {
      field: field('notApplicable'),
      message: { id: `Indikator ${indicator.code} tidak boleh ditandai tidak berlaku.`, en: `Indicator ${indicator.code} cannot be marked not applicable.` },
    };
  }
  const scale = describeScale(indicator);
  return {
    field: field('value'),
    message: { id: `Nilai untuk ${indicator.code} harus ${scale.id}.`, en: `The value for ${indicator.code} must be ${scale.en}.` },
  };
}

function problemOf(compiled: CompiledMethodology, row: AnswerRow, field: (key: keyof AnswerRow) => string): Problem | null {
  const index = compiled.indicatorIndex.get(row.indicatorCode);
  const indicator = index === undefined ? undefined : compiled.indicators[index];
  if (indicator === undefined) {
    return {
      field: field('indicatorCode'),
      message: { id: `Indikator ${row.indicatorCode} tidak ada dalam metodologi siklus ini.`, en: `Indicator ${row.indicatorCode} is not in this cycle’s methodology.` },
    };
  }
  if (row.notApplicable && row.value !== null) {
    return { field: field('value'), message: { id: 'Isi nilai atau tandai tidak berlaku, jangan keduanya.', en: 'Give a value or mark not applicable, not both.' } };
  }
  if (row.value !== null && (Math.abs(row.value) >= STORED_LIMIT || Number(row.value.toFixed(STORED_DECIMALS)) !== row.value)) {
    return { field: field('value'), message: { id: 'Nilai paling banyak dua desimal.', en: 'A value has at most two decimals.' } };
  }
  const answer = toScoringAnswer(row);
  if (answer === null) return null;
  const [invalid] = scoreUnit(compiled, { [row.indicatorCode]: answer }, { explain: false }).invalid;
  return invalid ? scaleProblem(invalid.code, indicator, field) : null;
}

/**
 * Refuses answers the methodology does not accept: an unknown indicator, a value off the scale or
 * not one of its levels, "not applicable" where it is not allowed, a value and "not applicable"
 * together. The first problem names its field; `issues` lists them all.
 */
export function refuseInvalidAnswers(compiled: CompiledMethodology, rows: readonly AnswerRow[], fieldOf: (index: number, key: string) => string): void {
  const problems = rows.flatMap((row, i) => {
    const problem = problemOf(compiled, row, (key) => fieldOf(i, key));
    return problem ? [problem] : [];
  });
  const [first] = problems;
  if (first) {
    throw badInput(first.field, first.message, { issues: problems.map((p) => ({ field: p.field, message: p.message.en })) });
  }
}

export function scoringAnswers(rows: readonly AnswerRow[]): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const row of rows) {
    const answer = toScoringAnswer(row);
    if (answer !== null) answers[row.indicatorCode] = answer;
  }
  return answers;
}

/** The unit score of the stored answers as they are now, with the points of every dimension. */
export function liveScoreOf(compiled: CompiledMethodology, rows: readonly AnswerRow[]): LiveScore {
  const result = scoreUnit(compiled, scoringAnswers(rows));
  return {
    complete: result.complete,
    missing: [...result.missing],
    invalid: result.invalid.map((p) => p.indicatorCode),
    score: result.score,
    grade: result.grade && { code: result.grade.code, label: result.grade.label.id, labelEn: result.grade.label.en, zone: result.grade.zone },
    dimensions: (result.explanation?.dimensions ?? []).map((d) => ({
      code: d.code,
      name: d.title.id,
      nameEn: d.title.en,
      score: d.score,
      points: d.points,
      maxPoints: d.maxPoints,
    })),
  };
}
