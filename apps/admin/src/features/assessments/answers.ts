import type { AnswerInput } from '@patuh/graphql';
import { NOT_APPLICABLE, type Answers } from '@patuh/scoring';

/** One indicator's finding as the API stores it: a value on its scale (yes/no as 1/0), or not applicable. */
export interface AnswerState {
  value: number | null;
  notApplicable: boolean;
  note: string | null;
}

export type AnswerMap = Readonly<Record<string, AnswerState>>;

export const EMPTY_ANSWER: AnswerState = { value: null, notApplicable: false, note: null };

/** The API trims notes and stores a blank one as none; comparisons do the same. */
export function normaliseNote(note: string | null | undefined): string | null {
  const trimmed = note?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

export function sameAnswer(a: AnswerState | null | undefined, b: AnswerState | null | undefined): boolean {
  const left = a ?? EMPTY_ANSWER;
  const right = b ?? EMPTY_ANSWER;
  return left.value === right.value && left.notApplicable === right.notApplicable && normaliseNote(left.note) === normaliseNote(right.note);
}

export function isAnswered(answer: AnswerState | null | undefined): boolean {
  return !!answer && (answer.notApplicable || answer.value !== null);
}

interface ApiAnswer {
  indicatorCode: string;
  value: number | null;
  notApplicable: boolean;
  note: string | null;
}

export function answersFromApi(answers: readonly ApiAnswer[]): Record<string, AnswerState> {
  const map: Record<string, AnswerState> = {};
  for (const answer of answers) map[answer.indicatorCode] = { value: answer.value, notApplicable: answer.notApplicable, note: answer.note };
  return map;
}

/** The findings as @patuh/scoring reads them; unanswered indicators are left out (missing). */
export function scoringAnswers(answers: AnswerMap): Answers {
  const result: Record<string, number | typeof NOT_APPLICABLE> = {};
  for (const [code, answer] of Object.entries(answers)) {
    if (answer.notApplicable) result[code] = NOT_APPLICABLE;
    else if (answer.value !== null) result[code] = answer.value;
  }
  return result;
}

export function toAnswerInput(indicatorCode: string, answer: AnswerState): AnswerInput {
  return { indicatorCode, value: answer.notApplicable ? null : answer.value, notApplicable: answer.notApplicable, note: normaliseNote(answer.note) };
}
