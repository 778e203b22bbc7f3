import type { ValidationIssueCode } from '@patuh/scoring';
import { createContext, useContext } from 'react';
import { getIn, weightSumHundredths, type DraftMethodology, type DraftNumber } from './draft';

/** An issue to show: from @patuh/scoring as staff type, or from the API when it refused a save. */
export interface MethodologyIssue {
  code: ValidationIssueCode | string;
  /** As @patuh/scoring writes it: `dimensions[1].variables[0]`; '' for the document. */
  path: string;
  message: string;
}

/**
 * The issues by the place they are about, for each part of the editor to find its own, with the
 * document they were found in (the messages quote it).
 */
export class IssueIndex {
  private readonly byPath = new Map<string, MethodologyIssue[]>();

  constructor(
    readonly all: readonly MethodologyIssue[],
    readonly doc: DraftMethodology | null = null,
  ) {
    for (const issue of all) this.byPath.set(issue.path, [...(this.byPath.get(issue.path) ?? []), issue]);
  }

  /** Issues about exactly this place. */
  at(path: string): readonly MethodologyIssue[] {
    return this.byPath.get(path) ?? [];
  }

  /** How many issues concern this place or anything inside it. */
  within(path: string): number {
    if (path === '') return this.all.length;
    return this.all.filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`)).length;
  }
}

export const IssuesContext = createContext(new IssueIndex([]));

export function useIssues(): IssueIndex {
  return useContext(IssuesContext);
}

/** The API's issues (`extensions.issues`, fields as `document.<path>`) in the editor's terms. */
export function issuesFromApi(issues: readonly { field: string; code?: string; path?: string; message: string }[]): MethodologyIssue[] {
  return issues.map((issue) => ({
    code: issue.code ?? 'INVALID_VALUE',
    path: issue.path ?? issue.field.replace(/^document\.?/, ''),
    message: issue.message,
  }));
}

/** Keys whose values are numbers, so a bad value there is "not a number" rather than "empty". */
const numericKeys = new Set(['weight', 'min', 'max', 'value', 'decimals', 'step', 'weightTolerance', 'dimensionsWeight', 'schemaVersion']);

/** What a weight sum is about, from the path of a WEIGHTS_DO_NOT_SUM issue. */
function summedList(doc: DraftMethodology, path: string): { kind: 'dimensions' | 'variables' | 'indicators' | 'composite'; weights: DraftNumber[] } | null {
  if (path === 'dimensions') return { kind: 'dimensions', weights: doc.dimensions.map((d) => d.weight) };
  if (path === 'composite' && doc.composite) {
    return { kind: 'composite', weights: [doc.composite.dimensionsWeight, ...doc.composite.parts.map((p) => p.weight)] };
  }
  const variable = /^dimensions\[(\d+)\]\.variables\[(\d+)\]$/.exec(path);
  if (variable) {
    const node = doc.dimensions[Number(variable[1])]?.variables[Number(variable[2])];
    return node ? { kind: 'indicators', weights: node.indicators.map((i) => i.weight) } : null;
  }
  const dimension = /^dimensions\[(\d+)\]$/.exec(path);
  if (dimension) {
    const node = doc.dimensions[Number(dimension[1])];
    return node ? { kind: 'variables', weights: node.variables.map((v) => v.weight) } : null;
  }
  return null;
}

/** The key an issue is about: `weight` for `dimensions[0].weight`. */
function lastKey(path: string): string {
  const match = /([A-Za-z]+)(\[\d+\])?$/.exec(path);
  return match?.[1] ?? '';
}

export type IssueMessageKey =
  | ValidationIssueCode
  | 'NOT_A_NUMBER'
  | 'EMPTY_TEXT'
  | 'DECIMALS_RANGE'
  | 'TOLERANCE_RANGE'
  | 'STEP_RANGE'
  | 'CODE_RESERVED'
  | 'YEAR'
  | 'CHOOSE'
  | 'LEVELS_TOO_FEW'
  | 'LEVEL_NOT_INTEGER'
  | 'NORMALISATION'
  | 'SCALE_KIND'
  | 'SUM'
  | 'OTHER';

export interface IssueDescription {
  key: IssueMessageKey;
  /** For SUM: the sum in hundredths, and what was summed. */
  sum?: number;
  list?: 'dimensions' | 'variables' | 'indicators' | 'composite';
}

/**
 * Which message tells an issue in the editor's words. @patuh/scoring's messages are English and
 * technical; the code, the path and the document say the same in both languages.
 */
export function describeIssue(issue: MethodologyIssue, doc: DraftMethodology): IssueDescription {
  const key = lastKey(issue.path);
  switch (issue.code) {
    case 'WEIGHTS_DO_NOT_SUM': {
      const list = summedList(doc, issue.path);
      const sum = list ? weightSumHundredths(list.weights) : null;
      return list && sum !== null ? { key: 'SUM', sum, list: list.kind } : { key: 'WEIGHTS_DO_NOT_SUM' };
    }
    case 'INVALID_TYPE':
    case 'MISSING_FIELD': {
      if (numericKeys.has(key) || typeof getIn(doc, pathParts(issue.path)) === 'number') return { key: 'NOT_A_NUMBER' };
      return { key: issue.code === 'MISSING_FIELD' ? 'MISSING_FIELD' : 'EMPTY_TEXT' };
    }
    case 'INVALID_VALUE': {
      if (key === 'decimals') return { key: 'DECIMALS_RANGE' };
      if (key === 'weightTolerance') return { key: 'TOLERANCE_RANGE' };
      if (key === 'step') return { key: 'STEP_RANGE' };
      if (key === 'code') return { key: 'CODE_RESERVED' };
      if (key === 'years') return { key: 'YEAR' };
      return { key: 'CHOOSE' };
    }
    case 'INVALID_SCALE': {
      if (key === 'levels') return { key: 'LEVELS_TOO_FEW' };
      if (key === 'value') return { key: 'LEVEL_NOT_INTEGER' };
      if (key === 'normalisation') return { key: 'NORMALISATION' };
      return { key: 'SCALE_KIND' };
    }
    case 'NOT_AN_OBJECT':
    case 'UNSUPPORTED_SCHEMA_VERSION':
    case 'EMPTY_LIST':
    case 'DUPLICATE_CODE':
    case 'WEIGHT_NOT_POSITIVE':
    case 'WEIGHT_PRECISION':
    case 'LEVELS_NOT_ASCENDING':
    case 'SCALE_TOO_FINE':
    case 'BANDS_NOT_ORDERED':
    case 'BANDS_NOT_CONTIGUOUS':
    case 'BANDS_NOT_COVERING':
    case 'BAND_PRECISION':
    case 'INVALID_COLOUR':
      return { key: issue.code };
    default:
      return { key: 'OTHER' };
  }
}

/** `dimensions[0].weight` back to ['dimensions', 0, 'weight']. */
export function pathParts(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(match[2] !== undefined ? Number(match[2]) : (match[1] as string));
  return parts;
}
