/**
 * Validation of a methodology document coming from JSON, a database or a form. Every problem is
 * reported (not only the first) with a code and a path, so an editor can point at the field.
 * A valid document is returned as a fresh copy holding only the known fields.
 */
import { MAX_SCORE_HUNDREDTHS } from '../decimal.js';
import {
  DATA_SOURCES,
  INSTITUTION_AGGREGATIONS,
  METHODOLOGY_SCHEMA_VERSION,
  ZONES,
  type Composite,
  type CompositePart,
  type DataSource,
  type Dimension,
  type GradeBand,
  type Indicator,
  type InstitutionAggregation,
  type LocalizedText,
  type MaladministrationQualifier,
  type Methodology,
  type NumericAggregate,
  type OrdinalLevel,
  type Scale,
  type ValidationIssue,
  type ValidationIssueCode,
  type Variable,
  type Zone,
} from './types.js';

export type ValidationResult =
  | { readonly ok: true; readonly methodology: Methodology }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** Thrown where a valid methodology is required and an invalid one was given. */
export class MethodologyError extends Error {
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const first = issues[0];
    super(
      first === undefined
        ? 'Invalid methodology'
        : `Invalid methodology: ${first.code} at ${first.path || '(document)'}: ${first.message}` +
            (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''),
    );
    this.name = 'MethodologyError';
    this.issues = issues;
  }
}

/** Largest normalisation range of a numeric or ordinal scale, in its smallest steps; see README. */
export const MAX_SCALE_STEPS = 10_000_000;

const MAX_DECIMALS = 4;
const MAX_TOLERANCE_HUNDREDTHS = 100;
const NUMERIC_AGGREGATES: readonly NumericAggregate[] = ['MEAN', 'SHARE', 'INDEX'];

type Json = Readonly<Record<string, unknown>>;

class Checker {
  readonly issues: ValidationIssue[] = [];

  report(code: ValidationIssueCode, path: string, message: string): void {
    this.issues.push({ code, path, message });
  }

  object(value: unknown, path: string): Json | null {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
    this.report(value === undefined ? 'MISSING_FIELD' : 'NOT_AN_OBJECT', path, 'Expected an object');
    return null;
  }

  array(record: Json, key: string, path: string, nonEmpty: boolean): readonly unknown[] | null {
    const value = record[key];
    const at = join(path, key);
    if (value === undefined) {
      this.report('MISSING_FIELD', at, `Missing field "${key}"`);
      return null;
    }
    if (!Array.isArray(value)) {
      this.report('INVALID_TYPE', at, 'Expected a list');
      return null;
    }
    if (nonEmpty && value.length === 0) {
      this.report('EMPTY_LIST', at, 'The list must not be empty');
      return null;
    }
    return value;
  }

  string(record: Json, key: string, path: string): string | null {
    const value = record[key];
    const at = join(path, key);
    if (value === undefined) {
      this.report('MISSING_FIELD', at, `Missing field "${key}"`);
      return null;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.report('INVALID_TYPE', at, 'Expected a non-empty string');
      return null;
    }
    return value;
  }

  number(record: Json, key: string, path: string, required = true): number | null {
    const value = record[key];
    const at = join(path, key);
    if (value === undefined) {
      if (required) this.report('MISSING_FIELD', at, `Missing field "${key}"`);
      return null;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.report('INVALID_TYPE', at, 'Expected a finite number');
      return null;
    }
    return value;
  }

  label(record: Json, key: string, path: string, required = true): LocalizedText | undefined {
    const value = record[key];
    const at = join(path, key);
    if (value === undefined) {
      if (required) this.report('MISSING_FIELD', at, `Missing field "${key}"`);
      return undefined;
    }
    return this.text(value, at);
  }

  text(value: unknown, at: string): LocalizedText | undefined {
    const text = this.object(value, at);
    if (text === null) return undefined;
    const id = this.string(text, 'id', at);
    const en = this.string(text, 'en', at);
    return id !== null && en !== null ? { id, en } : undefined;
  }

  oneOf<T extends string>(record: Json, key: string, path: string, allowed: readonly T[], required = true): T | undefined {
    const value = record[key];
    const at = join(path, key);
    if (value === undefined) {
      if (required) this.report('MISSING_FIELD', at, `Missing field "${key}"`);
      return undefined;
    }
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.report('INVALID_VALUE', at, `Expected one of ${allowed.join(', ')}`);
    return undefined;
  }

  decimals(record: Json, key: string, path: string): number | undefined {
    const value = this.number(record, key, path, false);
    if (value === null) return undefined;
    if (!Number.isInteger(value) || value < 0 || value > MAX_DECIMALS) {
      this.report('INVALID_VALUE', join(path, key), `Expected an integer from 0 to ${MAX_DECIMALS}`);
      return undefined;
    }
    return value;
  }

  /** A percent weight with at most two decimals, as integer hundredths of a percent. */
  weight(record: Json, path: string, key = 'weight'): number | null {
    const value = this.number(record, key, path);
    if (value === null) return null;
    const at = join(path, key);
    if (value <= 0 || value > 100) {
      this.report('WEIGHT_NOT_POSITIVE', at, 'A weight must be greater than 0 and at most 100');
      return null;
    }
    const hundredths = twoDecimals(value);
    if (hundredths === null) {
      this.report('WEIGHT_PRECISION', at, 'A weight has at most two decimals');
      return null;
    }
    return hundredths;
  }

  sum(weights: readonly (number | null)[], toleranceHundredths: number, path: string, what: string): void {
    if (weights.some((weight) => weight === null)) return;
    const total = (weights as number[]).reduce((sum, weight) => sum + weight, 0);
    if (Math.abs(total - MAX_SCORE_HUNDREDTHS) > toleranceHundredths) {
      this.report(
        'WEIGHTS_DO_NOT_SUM',
        path,
        `The weights of the ${what} add up to ${(total / 100).toFixed(2)}, not 100 ± ${(toleranceHundredths / 100).toFixed(2)}`,
      );
    }
  }
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function twoDecimals(value: number): number | null {
  const scaled = value * 100;
  const rounded = Math.round(scaled);
  return Math.abs(scaled - rounded) < 1e-6 ? rounded : null;
}

function fitsDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** Checks a methodology document and returns it typed, or every problem found. */
export function validateMethodology(doc: unknown): ValidationResult {
  const check = new Checker();
  const root = check.object(doc, '');
  if (root === null) return { ok: false, issues: check.issues };

  if (root['schemaVersion'] !== METHODOLOGY_SCHEMA_VERSION) {
    check.report('UNSUPPORTED_SCHEMA_VERSION', 'schemaVersion', `Expected schemaVersion ${METHODOLOGY_SCHEMA_VERSION}`);
  }
  const id = check.string(root, 'id', '');
  const version = check.string(root, 'version', '');
  const title = check.label(root, 'title', '');
  const description = check.label(root, 'description', '', false);
  const years = readYears(check, root);
  const toleranceHundredths = readTolerance(check, root);
  const notApplicableRule = check.oneOf(root, 'notApplicableRule', '', ['REDISTRIBUTE_TO_SIBLINGS'] as const);
  const institutionAggregation = check.oneOf<InstitutionAggregation>(
    root,
    'institutionAggregation',
    '',
    INSTITUTION_AGGREGATIONS,
  );

  const codes = new Map<string, string>();
  const dimensions = readDimensions(check, root, toleranceHundredths, codes);
  const composite = root['composite'] === undefined ? undefined : readComposite(check, root['composite'], toleranceHundredths);
  const maladministrationQualifier =
    root['maladministrationQualifier'] === undefined ? undefined : readQualifier(check, root['maladministrationQualifier']);
  const gradeBands = readBands(check, root);
  const notes = readNotes(check, root);

  if (check.issues.length > 0) return { ok: false, issues: check.issues };
  const methodology: Methodology = {
    schemaVersion: METHODOLOGY_SCHEMA_VERSION,
    id: id as string,
    version: version as string,
    title: title as LocalizedText,
    ...(description ? { description } : {}),
    years,
    weightTolerance: toleranceHundredths / 100,
    notApplicableRule: notApplicableRule as 'REDISTRIBUTE_TO_SIBLINGS',
    dimensions,
    institutionAggregation: institutionAggregation as InstitutionAggregation,
    ...(composite ? { composite } : {}),
    ...(maladministrationQualifier ? { maladministrationQualifier } : {}),
    gradeBands,
    ...(notes ? { notes } : {}),
  };
  return { ok: true, methodology };
}

/** Like `validateMethodology`, but throws a `MethodologyError` listing the issues. */
export function assertMethodology(doc: unknown): Methodology {
  const result = validateMethodology(doc);
  if (!result.ok) throw new MethodologyError(result.issues);
  return result.methodology;
}

function readYears(check: Checker, root: Json): number[] {
  const list = check.array(root, 'years', '', false) ?? [];
  const years: number[] = [];
  list.forEach((year, index) => {
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 1990 || year > 2200) {
      check.report('INVALID_VALUE', `years[${index}]`, 'Expected a year');
    } else years.push(year);
  });
  return years;
}

function readTolerance(check: Checker, root: Json): number {
  const tolerance = check.number(root, 'weightTolerance', '');
  if (tolerance === null) return 0;
  const hundredths = twoDecimals(tolerance);
  if (hundredths === null || hundredths < 0 || hundredths > MAX_TOLERANCE_HUNDREDTHS) {
    check.report('INVALID_VALUE', 'weightTolerance', 'Expected 0 to 1 percentage point, two decimals');
    return 0;
  }
  return hundredths;
}

/** Codes are keys of answer records, so they must not collide with what every object inherits. */
const RESERVED_CODES = new Set(Object.getOwnPropertyNames(Object.prototype));

function claimCode(check: Checker, codes: Map<string, string>, code: string | null, path: string): void {
  if (code === null) return;
  if (RESERVED_CODES.has(code) || code.trim() !== code) {
    check.report('INVALID_VALUE', join(path, 'code'), `"${code}" cannot be used as a code`);
    return;
  }
  const previous = codes.get(code);
  if (previous !== undefined) {
    check.report('DUPLICATE_CODE', join(path, 'code'), `Code "${code}" is already used at ${previous}`);
  } else codes.set(code, path);
}

function readDimensions(check: Checker, root: Json, tolerance: number, codes: Map<string, string>): Dimension[] {
  const list = check.array(root, 'dimensions', '', true);
  if (list === null) return [];
  const weights: (number | null)[] = [];
  const dimensions: Dimension[] = [];
  list.forEach((item, d) => {
    const path = `dimensions[${d}]`;
    const record = check.object(item, path);
    if (record === null) {
      weights.push(null);
      return;
    }
    const code = check.string(record, 'code', path);
    claimCode(check, codes, code, path);
    const title = check.label(record, 'title', path);
    const description = check.label(record, 'description', path, false);
    const weight = check.weight(record, path);
    weights.push(weight);
    const variables = readVariables(check, record, path, tolerance, codes);
    dimensions.push({
      code: code ?? '',
      title: title as LocalizedText,
      ...(description ? { description } : {}),
      weight: (weight ?? 0) / 100,
      variables,
    });
  });
  check.sum(weights, tolerance, 'dimensions', 'dimensions');
  return dimensions;
}

function readVariables(check: Checker, parent: Json, parentPath: string, tolerance: number, codes: Map<string, string>): Variable[] {
  const list = check.array(parent, 'variables', parentPath, true);
  if (list === null) return [];
  const weights: (number | null)[] = [];
  const variables: Variable[] = [];
  list.forEach((item, v) => {
    const path = `${parentPath}.variables[${v}]`;
    const record = check.object(item, path);
    if (record === null) {
      weights.push(null);
      return;
    }
    const code = check.string(record, 'code', path);
    claimCode(check, codes, code, path);
    const title = check.label(record, 'title', path);
    const description = check.label(record, 'description', path, false);
    const weight = check.weight(record, path);
    weights.push(weight);
    const indicators = readIndicators(check, record, path, tolerance, codes);
    variables.push({
      code: code ?? '',
      title: title as LocalizedText,
      ...(description ? { description } : {}),
      weight: (weight ?? 0) / 100,
      indicators,
    });
  });
  check.sum(weights, tolerance, parentPath, 'variables');
  return variables;
}

function readIndicators(check: Checker, parent: Json, parentPath: string, tolerance: number, codes: Map<string, string>): Indicator[] {
  const list = check.array(parent, 'indicators', parentPath, true);
  if (list === null) return [];
  const weights: (number | null)[] = [];
  const indicators: Indicator[] = [];
  list.forEach((item, i) => {
    const path = `${parentPath}.indicators[${i}]`;
    const record = check.object(item, path);
    if (record === null) {
      weights.push(null);
      return;
    }
    const code = check.string(record, 'code', path);
    claimCode(check, codes, code, path);
    const title = check.label(record, 'title', path);
    const description = check.label(record, 'description', path, false);
    const weight = check.weight(record, path);
    weights.push(weight);
    const scale = readScale(check, record['scale'], join(path, 'scale'));
    const source = check.oneOf<DataSource>(record, 'source', path, DATA_SOURCES, false);
    const allowNotApplicable = record['allowNotApplicable'];
    if (allowNotApplicable !== undefined && typeof allowNotApplicable !== 'boolean') {
      check.report('INVALID_TYPE', join(path, 'allowNotApplicable'), 'Expected true or false');
    }
    indicators.push({
      code: code ?? '',
      title: title as LocalizedText,
      ...(description ? { description } : {}),
      weight: (weight ?? 0) / 100,
      scale: scale as Scale,
      ...(source ? { source } : {}),
      ...(allowNotApplicable === true ? { allowNotApplicable: true } : {}),
    });
  });
  check.sum(weights, tolerance, parentPath, 'indicators');
  return indicators;
}

function readScale(check: Checker, value: unknown, path: string): Scale | undefined {
  const record = check.object(value, path);
  if (record === null) return undefined;
  const kind = record['kind'];
  switch (kind) {
    case 'YES_NO': {
      if (record['labels'] === undefined) return { kind };
      const labels = check.object(record['labels'], join(path, 'labels'));
      if (labels === null) return undefined;
      const yes = check.label(labels, 'yes', join(path, 'labels'));
      const no = check.label(labels, 'no', join(path, 'labels'));
      return yes && no ? { kind, labels: { yes, no } } : undefined;
    }
    case 'ORDINAL': {
      const list = check.array(record, 'levels', path, true);
      if (list === null) return undefined;
      if (list.length < 2) {
        check.report('INVALID_SCALE', join(path, 'levels'), 'An ordinal scale needs at least two levels');
        return undefined;
      }
      const levels: OrdinalLevel[] = [];
      list.forEach((item, l) => {
        const at = `${path}.levels[${l}]`;
        const level = check.object(item, at);
        if (level === null) return;
        const levelValue = check.number(level, 'value', at);
        const label = check.label(level, 'label', at);
        const description = check.label(level, 'description', at, false);
        if (levelValue === null || label === undefined) return;
        if (!Number.isInteger(levelValue)) {
          check.report('INVALID_SCALE', join(at, 'value'), 'A level value is an integer');
          return;
        }
        const previous = levels[levels.length - 1];
        if (previous !== undefined && levelValue <= previous.value) {
          check.report('LEVELS_NOT_ASCENDING', join(at, 'value'), 'Level values must be strictly ascending');
        }
        levels.push({ value: levelValue, label, ...(description ? { description } : {}) });
      });
      const lowest = levels[0];
      const highest = levels[levels.length - 1];
      if (lowest && highest && highest.value - lowest.value > MAX_SCALE_STEPS) {
        check.report('SCALE_TOO_FINE', join(path, 'levels'), `The levels span more than ${MAX_SCALE_STEPS} steps`);
      }
      return { kind, levels };
    }
    case 'PERCENTAGE': {
      const decimals = check.decimals(record, 'decimals', path);
      const step = check.number(record, 'step', path, false);
      if (step !== null && (step <= 0 || step > 100)) {
        check.report('INVALID_VALUE', join(path, 'step'), 'A step is above 0 and at most 100');
      }
      return {
        kind,
        ...(decimals !== undefined ? { decimals } : {}),
        ...(step !== null ? { step } : {}),
      };
    }
    case 'NUMERIC': {
      const aggregate = check.oneOf<NumericAggregate>(record, 'aggregate', path, NUMERIC_AGGREGATES);
      const unit = check.label(record, 'unit', path, false);
      const decimals = check.decimals(record, 'decimals', path);
      const step = check.number(record, 'step', path, false);
      const at = join(path, 'normalisation');
      const normalisation = check.object(record['normalisation'], at);
      if (normalisation === null || aggregate === undefined) return undefined;
      const kindOfNormalisation = check.oneOf(normalisation, 'kind', at, ['LINEAR'] as const);
      const min = check.number(normalisation, 'min', at);
      const max = check.number(normalisation, 'max', at);
      const direction = check.oneOf(normalisation, 'direction', at, ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const);
      if (min === null || max === null || direction === undefined || kindOfNormalisation === undefined) return undefined;
      const places = decimals ?? 2;
      if (!(min < max)) {
        check.report('INVALID_SCALE', at, 'The normalisation needs min < max');
        return undefined;
      }
      if (!fitsDecimals(min, places) || !fitsDecimals(max, places)) {
        check.report('INVALID_SCALE', at, `min and max must fit the scale's ${places} decimals`);
        return undefined;
      }
      if (Math.round((max - min) * 10 ** places) > MAX_SCALE_STEPS) {
        check.report('SCALE_TOO_FINE', at, `The range spans more than ${MAX_SCALE_STEPS} steps at ${places} decimals`);
      }
      if (step !== null && (step <= 0 || step > max - min)) {
        check.report('INVALID_VALUE', join(path, 'step'), 'A step is above 0 and at most the range');
      }
      return {
        kind,
        aggregate,
        ...(unit ? { unit } : {}),
        normalisation: { kind: kindOfNormalisation, min, max, direction },
        ...(decimals !== undefined ? { decimals } : {}),
        ...(step !== null ? { step } : {}),
      };
    }
    default:
      check.report('INVALID_SCALE', join(path, 'kind'), 'Expected YES_NO, ORDINAL, PERCENTAGE or NUMERIC');
      return undefined;
  }
}

function readComposite(check: Checker, value: unknown, tolerance: number): Composite | undefined {
  const record = check.object(value, 'composite');
  if (record === null) return undefined;
  const dimensionsWeight = check.weight(record, 'composite', 'dimensionsWeight');
  const list = check.array(record, 'parts', 'composite', true) ?? [];
  const parts: CompositePart[] = [];
  const weights: (number | null)[] = [dimensionsWeight];
  const codes = new Map<string, string>();
  list.forEach((item, p) => {
    const path = `composite.parts[${p}]`;
    const part = check.object(item, path);
    if (part === null) return;
    const code = check.string(part, 'code', path);
    claimCode(check, codes, code, path);
    const title = check.label(part, 'title', path);
    const description = check.label(part, 'description', path, false);
    const weight = check.weight(part, path);
    weights.push(weight);
    parts.push({
      code: code ?? '',
      title: title as LocalizedText,
      ...(description ? { description } : {}),
      weight: (weight ?? 0) / 100,
    });
  });
  check.sum(weights, tolerance, 'composite', 'dimensions and composite parts');
  return { dimensionsWeight: (dimensionsWeight ?? 0) / 100, parts };
}

function readQualifier(check: Checker, value: unknown): MaladministrationQualifier | undefined {
  const record = check.object(value, 'maladministrationQualifier');
  if (record === null) return undefined;
  const absent = check.label(record, 'absent', 'maladministrationQualifier');
  const present = check.label(record, 'present', 'maladministrationQualifier');
  return absent && present ? { absent, present } : undefined;
}

function readBands(check: Checker, root: Json): GradeBand[] {
  const list = check.array(root, 'gradeBands', '', true);
  if (list === null) return [];
  const bands: GradeBand[] = [];
  const bounds: { min: number; max: number; path: string }[] = [];
  const codes = new Map<string, string>();
  list.forEach((item, b) => {
    const path = `gradeBands[${b}]`;
    const record = check.object(item, path);
    if (record === null) return;
    const code = check.string(record, 'code', path);
    claimCode(check, codes, code, path);
    const label = check.label(record, 'label', path);
    const zone = check.oneOf<Zone>(record, 'zone', path, ZONES);
    const colour = check.string(record, 'colour', path);
    if (colour !== null && !/^#[0-9a-fA-F]{6}$/.test(colour)) {
      check.report('INVALID_COLOUR', join(path, 'colour'), 'Expected a colour as #rrggbb');
    }
    const min = check.number(record, 'min', path);
    const max = check.number(record, 'max', path);
    if (min === null || max === null) return;
    const minH = twoDecimals(min);
    const maxH = twoDecimals(max);
    if (minH === null || maxH === null || minH < 0 || maxH > MAX_SCORE_HUNDREDTHS || minH > maxH) {
      check.report('BAND_PRECISION', path, 'A band is min ≤ max within 0–100, at two decimals');
      return;
    }
    bounds.push({ min: minH, max: maxH, path });
    bands.push({ code: code ?? '', min: minH / 100, max: maxH / 100, label: label as LocalizedText, zone: zone as Zone, colour: colour ?? '' });
  });
  if (bounds.length !== list.length) return bands;
  const best = bounds[0];
  const worst = bounds[bounds.length - 1];
  if (best && best.max !== MAX_SCORE_HUNDREDTHS) check.report('BANDS_NOT_COVERING', best.path, 'The best band must end at 100.00');
  if (worst && worst.min !== 0) check.report('BANDS_NOT_COVERING', worst.path, 'The lowest band must start at 0.00');
  for (let b = 1; b < bounds.length; b += 1) {
    const better = bounds[b - 1] as (typeof bounds)[number];
    const band = bounds[b] as (typeof bounds)[number];
    if (band.min >= better.min) {
      check.report('BANDS_NOT_ORDERED', band.path, 'Bands are listed best first, with descending lower bounds');
    } else if (band.max !== better.min - 1) {
      check.report('BANDS_NOT_CONTIGUOUS', band.path, `A band must end 0.01 below the next band's minimum (${(better.min / 100).toFixed(2)})`);
    }
  }
  return bands;
}

function readNotes(check: Checker, root: Json): LocalizedText[] | undefined {
  if (root['notes'] === undefined) return undefined;
  const list = check.array(root, 'notes', '', false) ?? [];
  const notes: LocalizedText[] = [];
  list.forEach((item, n) => {
    const note = check.text(item, `notes[${n}]`);
    if (note) notes.push(note);
  });
  return notes;
}
