/**
 * The methodology document while staff edit it. It has the shape of @patuh/scoring's
 * `Methodology`, except that a number being typed may still be text: validation reports it at
 * its path, as it reports every other problem, and the editor never has to refuse a keystroke.
 */

/** A number being typed: a number once the text reads as one, the text otherwise. */
export type DraftNumber = number | string;

export interface DraftText {
  id: string;
  en: string;
}

export interface DraftLevel {
  value: DraftNumber;
  label: DraftText;
  description?: DraftText;
}

export type ScaleKind = 'YES_NO' | 'ORDINAL' | 'PERCENTAGE' | 'NUMERIC';
export const scaleKinds: readonly ScaleKind[] = ['YES_NO', 'ORDINAL', 'PERCENTAGE', 'NUMERIC'];

export interface DraftNormalisation {
  kind: 'LINEAR';
  min: DraftNumber;
  max: DraftNumber;
  direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
}

export type DraftScale =
  | { kind: 'YES_NO'; labels?: { yes: DraftText; no: DraftText } }
  | { kind: 'ORDINAL'; levels: DraftLevel[] }
  | { kind: 'PERCENTAGE'; decimals?: DraftNumber; step?: DraftNumber }
  | {
      kind: 'NUMERIC';
      aggregate: 'MEAN' | 'SHARE' | 'INDEX';
      unit?: DraftText;
      normalisation: DraftNormalisation;
      decimals?: DraftNumber;
      step?: DraftNumber;
    };

export interface DraftIndicator {
  code: string;
  title: DraftText;
  description?: DraftText;
  weight: DraftNumber;
  scale: DraftScale;
  source?: string;
  allowNotApplicable?: boolean;
}

export interface DraftVariable {
  code: string;
  title: DraftText;
  description?: DraftText;
  weight: DraftNumber;
  indicators: DraftIndicator[];
}

export interface DraftDimension {
  code: string;
  title: DraftText;
  description?: DraftText;
  weight: DraftNumber;
  variables: DraftVariable[];
}

export interface DraftBand {
  code: string;
  min: DraftNumber;
  max: DraftNumber;
  label: DraftText;
  zone: 'HIJAU' | 'KUNING' | 'MERAH';
  colour: string;
}

export interface DraftCompositePart {
  code: string;
  title: DraftText;
  description?: DraftText;
  weight: DraftNumber;
}

export interface DraftMethodology {
  schemaVersion: number;
  id: string;
  version: string;
  title: DraftText;
  description?: DraftText;
  years: DraftNumber[];
  weightTolerance: DraftNumber;
  notApplicableRule: string;
  dimensions: DraftDimension[];
  institutionAggregation: 'MEAN_OF_UNITS' | 'WEIGHTED_BY_SERVICE_PRODUCTS';
  composite?: { dimensionsWeight: DraftNumber; parts: DraftCompositePart[] };
  maladministrationQualifier?: unknown;
  gradeBands: DraftBand[];
  notes?: DraftText[];
}

export const dataSources = [
  'DOCUMENT',
  'OBSERVATION',
  'STAFF_INTERVIEW',
  'USER_INTERVIEW',
  'COMPLAINT_OFFICIAL_INTERVIEW',
  'SECONDARY_DATA',
  'SURVEY',
] as const;

/** A place in the document: keys and list indexes, e.g. ['dimensions', 0, 'weight']. */
export type Path = readonly (string | number)[];

/** The path as @patuh/scoring writes it in its issues: `dimensions[0].variables[1].weight`. */
export function pathToString(path: Path): string {
  return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part), '');
}

/** An id for the element that edits a path, so the issue list can lead to it. */
export function fieldId(path: Path | string): string {
  const text = typeof path === 'string' ? path : pathToString(path);
  return `m-${text.replace(/[^A-Za-z0-9]+/g, '-') || 'root'}`;
}

type Container = Record<string, unknown> | unknown[];

function copyOf(value: unknown): Container {
  if (Array.isArray(value)) return [...value];
  if (typeof value === 'object' && value !== null) return { ...(value as Record<string, unknown>) };
  return {};
}

/** A copy of `doc` with `value` at `path` (undefined removes an object key); the rest is shared. */
export function setIn<T>(doc: T, path: Path, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const copy = copyOf(doc);
  const child = (copy as Record<string | number, unknown>)[head];
  const next = rest.length === 0 ? value : setIn(child, rest, value);
  if (next === undefined && !Array.isArray(copy)) delete (copy as Record<string, unknown>)[String(head)];
  else (copy as Record<string | number, unknown>)[head] = next;
  return copy as T;
}

export function getIn(doc: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string | number, unknown>)[part] : undefined), doc);
}

/** A new scale of a kind, with sensible starting values the editor then adjusts. */
export function newScale(kind: ScaleKind): DraftScale {
  switch (kind) {
    case 'YES_NO':
      return { kind };
    case 'ORDINAL':
      return {
        kind,
        levels: [
          { value: 0, label: { id: 'Tidak memenuhi', en: 'Not met' } },
          { value: 1, label: { id: 'Memenuhi', en: 'Met' } },
        ],
      };
    case 'PERCENTAGE':
      return { kind, decimals: 2 };
    case 'NUMERIC':
      return { kind, aggregate: 'MEAN', normalisation: { kind: 'LINEAR', min: 0, max: 100, direction: 'HIGHER_IS_BETTER' }, decimals: 2 };
  }
}

/** A code not used anywhere in the document yet, from a prefix: `IN-KOM-07`. */
export function unusedCode(doc: DraftMethodology, prefix: string): string {
  const used = new Set<string>();
  for (const dimension of doc.dimensions) {
    used.add(dimension.code);
    for (const variable of dimension.variables) {
      used.add(variable.code);
      for (const indicator of variable.indicators) used.add(indicator.code);
    }
  }
  for (let n = 1; ; n += 1) {
    const code = `${prefix}${String(n).padStart(2, '0')}`;
    if (!used.has(code)) return code;
  }
}

export function newIndicator(code: string): DraftIndicator {
  return { code, title: { id: '', en: '' }, weight: '', scale: newScale('YES_NO') };
}

export function newVariable(code: string, indicatorCode: string): DraftVariable {
  return { code, title: { id: '', en: '' }, weight: '', indicators: [newIndicator(indicatorCode)] };
}

export function newDimension(code: string, variableCode: string, indicatorCode: string): DraftDimension {
  return { code, title: { id: '', en: '' }, weight: '', variables: [newVariable(variableCode, indicatorCode)] };
}

export function newBand(): DraftBand {
  return { code: '', min: '', max: '', label: { id: '', en: '' }, zone: 'MERAH', colour: '#a8231b' };
}

/** Reads a typed number: a dot or a comma as the decimal mark; anything else stays text. */
export function parseDraftNumber(text: string): DraftNumber {
  const normalized = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : text;
}

/** The sum of weights in hundredths of a percent, or null while one of them is not a number. */
export function weightSumHundredths(weights: readonly DraftNumber[]): number | null {
  let sum = 0;
  for (const weight of weights) {
    if (typeof weight !== 'number') return null;
    sum += Math.round(weight * 100);
  }
  return sum;
}
