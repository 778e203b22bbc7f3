/**
 * The methodology document: everything that changes from one assessment method to the next
 * (dimensions, variables, indicators, weights, scales, aggregation, composite parts, grade bands,
 * labels, zones) is data of this shape, serializable as JSON and versioned. Code never hard-wires a
 * weight or a band: old cycles keep the document they were scored with.
 */

/** A text in Indonesian (`id`, the language of the decree) and English (`en`). */
export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}

/** The colour zone a grade belongs to, as used on maps and report cards. */
export type Zone = 'HIJAU' | 'KUNING' | 'MERAH';

export const ZONES: readonly Zone[] = ['HIJAU', 'KUNING', 'MERAH'];

/** Best zone first; used to tell a rise from a fall across methods with different grades. */
export const ZONE_ORDER: Readonly<Record<Zone, number>> = { HIJAU: 0, KUNING: 1, MERAH: 2 };

/** The kinds of assessed bodies. */
export type InstitutionType = 'KEMENTERIAN' | 'LEMBAGA' | 'PROVINSI' | 'KABUPATEN' | 'KOTA';

export const INSTITUTION_TYPES: readonly InstitutionType[] = ['KEMENTERIAN', 'LEMBAGA', 'PROVINSI', 'KABUPATEN', 'KOTA'];

/** Where an indicator's data comes from; shown on the methodology page. */
export type DataSource =
  | 'DOCUMENT'
  | 'OBSERVATION'
  | 'STAFF_INTERVIEW'
  | 'USER_INTERVIEW'
  | 'COMPLAINT_OFFICIAL_INTERVIEW'
  | 'SECONDARY_DATA'
  | 'SURVEY';

export const DATA_SOURCES: readonly DataSource[] = [
  'DOCUMENT',
  'OBSERVATION',
  'STAFF_INTERVIEW',
  'USER_INTERVIEW',
  'COMPLAINT_OFFICIAL_INTERVIEW',
  'SECONDARY_DATA',
  'SURVEY',
];

/** Yes scores full marks, no scores zero. Answers: `true`/`false` or `1`/`0`. */
export interface YesNoScale {
  readonly kind: 'YES_NO';
  /** Wording of the two answers, when the default "Ya"/"Tidak" does not fit. */
  readonly labels?: { readonly yes: LocalizedText; readonly no: LocalizedText };
}

/** One level of an ordinal scale. */
export interface OrdinalLevel {
  /** Integer value of the level; the answer is this value. */
  readonly value: number;
  readonly label: LocalizedText;
  /** What an assessor must see to award the level (evidence required, etc.). */
  readonly description?: LocalizedText;
}

/**
 * Ordered levels (0–3, 0–5, …). The lowest level scores 0, the highest 100, and a level in
 * between scores linearly by its value: (value − lowest) / (highest − lowest).
 */
export interface OrdinalScale {
  readonly kind: 'ORDINAL';
  /** At least two levels, strictly ascending integer values. */
  readonly levels: readonly OrdinalLevel[];
}

/** A percentage 0–100 scores itself. Values outside 0–100 are rejected. */
export interface PercentageScale {
  readonly kind: 'PERCENTAGE';
  /** Decimals an answer is kept at (rounded half-up), 0–4; default 2. */
  readonly decimals?: number;
  /** One step of improvement for what-if analysis, in percentage points; default 10. */
  readonly step?: number;
}

/** How the raw figures behind a numeric indicator were aggregated; shown on the methodology page. */
export type NumericAggregate = 'MEAN' | 'SHARE' | 'INDEX';

/**
 * A numeric aggregate of interviews, surveys or secondary data (for example the mean of users'
 * answers on a 1–4 scale), normalised linearly to 0–100 between `min` and `max`. Values beyond
 * the range are clamped: reaching `max` already earns full marks.
 */
export interface NumericScale {
  readonly kind: 'NUMERIC';
  readonly aggregate: NumericAggregate;
  /** What the number is, e.g. "mean of 30 users' answers, 1 = always, 4 = never". */
  readonly unit?: LocalizedText;
  readonly normalisation: {
    readonly kind: 'LINEAR';
    /** The value that scores 0 (or 100 when lower is better). */
    readonly min: number;
    /** The value that scores 100 (or 0 when lower is better). */
    readonly max: number;
    readonly direction: 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
  };
  /** Decimals an answer is kept at (rounded half-up), 0–4; default 2. */
  readonly decimals?: number;
  /** One step of improvement for what-if analysis, in the scale's own unit; default a tenth of the range. */
  readonly step?: number;
}

/** An indicator's answer scale, told apart by `kind`. */
export type Scale = YesNoScale | OrdinalScale | PercentageScale | NumericScale;

export type ScaleKind = Scale['kind'];

/** A leaf of the tree: what is answered for each unit. */
export interface Indicator {
  /** Stable code, unique in the methodology, e.g. `IN-KOM-01`. */
  readonly code: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Percent of its variable, two decimals. */
  readonly weight: number;
  readonly scale: Scale;
  readonly source?: DataSource;
  /** Whether an assessor may mark the indicator not applicable to a unit. Default false. */
  readonly allowNotApplicable?: boolean;
}

/** A group of indicators inside a dimension. */
export interface Variable {
  readonly code: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Percent of its dimension, two decimals. */
  readonly weight: number;
  readonly indicators: readonly Indicator[];
}

/** A top-level part of a unit score (Input, Proses, Output, Pengaduan). */
export interface Dimension {
  readonly code: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Percent of the unit score, two decimals. */
  readonly weight: number;
  readonly variables: readonly Variable[];
}

/**
 * A grade band. Bands are listed best first, contiguous at two decimals (a band's `max` is the next
 * better band's `min` − 0.01) and cover 0–100 exactly; `min` is inclusive.
 */
export interface GradeBand {
  /** Grade code: 'A'…'E', or 'HIJAU'/'KUNING'/'MERAH' where the zone is the grade. */
  readonly code: string;
  readonly min: number;
  readonly max: number;
  /** e.g. { id: 'Kualitas Tertinggi', en: 'Highest quality' }. */
  readonly label: LocalizedText;
  readonly zone: Zone;
  /** CSS colour, `#rrggbb`. */
  readonly colour: string;
}

/**
 * How unit scores make an institution's score:
 * - `MEAN_OF_UNITS`: the plain mean of the units' (two-decimal) scores, as published 2022–2024;
 * - `WEIGHTED_BY_SERVICE_PRODUCTS`: the mean weighted by each unit's number of assessed service
 *   products, as in the years scored per service product.
 */
export type InstitutionAggregation = 'MEAN_OF_UNITS' | 'WEIGHTED_BY_SERVICE_PRODUCTS';

export const INSTITUTION_AGGREGATIONS: readonly InstitutionAggregation[] = ['MEAN_OF_UNITS', 'WEIGHTED_BY_SERVICE_PRODUCTS'];

/**
 * How the weight of a not-applicable node is redistributed. `REDISTRIBUTE_TO_SIBLINGS`: among its
 * applicable siblings in proportion to their weights; a node all of whose children are not
 * applicable is itself not applicable, one level up.
 */
export type NotApplicableRule = 'REDISTRIBUTE_TO_SIBLINGS';

/** A score measured at institution level that enters the final score beside the dimensions. */
export interface CompositePart {
  /** e.g. `PUBLIC_TRUST`. */
  readonly code: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Percent of the final score, two decimals. */
  readonly weight: number;
}

/**
 * A final score made of the dimensions' institution score and further parts, e.g. the 2025 method:
 * dimensions 70 %, public-trust index 30 %. The weights add up to 100 within the tolerance.
 */
export interface Composite {
  readonly dimensionsWeight: number;
  readonly parts: readonly CompositePart[];
}

/** The words appended to the grade label depending on whether maladministration was found. */
export interface MaladministrationQualifier {
  /** e.g. { id: 'Tanpa Maladministrasi', en: 'Without Maladministration' }. */
  readonly absent: LocalizedText;
  readonly present: LocalizedText;
}

/** The current version of the document format (not of a method). */
export const METHODOLOGY_SCHEMA_VERSION = 1;

/** A complete assessment method, as data. */
export interface Methodology {
  /** Version of the document format; 1. */
  readonly schemaVersion: 1;
  /** Stable identifier, e.g. `METHOD_2022`. */
  readonly id: string;
  /** Version of this method's content, e.g. `2023.1`; a changed weight is a new version. */
  readonly version: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Assessment years (cycles) that use this method. */
  readonly years: readonly number[];
  /**
   * How far, in percentage points, the weights of a node's children may miss 100 (e.g. 0.01).
   * Weights inside the tolerance are normalised by their actual sum.
   */
  readonly weightTolerance: number;
  readonly notApplicableRule: NotApplicableRule;
  readonly dimensions: readonly Dimension[];
  readonly institutionAggregation: InstitutionAggregation;
  readonly composite?: Composite;
  readonly maladministrationQualifier?: MaladministrationQualifier;
  readonly gradeBands: readonly GradeBand[];
  /** Provenance: what is published, what is inferred. Shown on the methodology page. */
  readonly notes?: readonly LocalizedText[];
}

/** A value given for an indicator. */
export type AnswerValue = number | boolean;

/** The assessor's statement that an indicator does not apply to this unit. */
export interface NotApplicableAnswer {
  readonly notApplicable: true;
}

/** The answer for one indicator of one unit. */
export type Answer = AnswerValue | NotApplicableAnswer;

/** A unit's answers, by indicator code. An indicator absent from the record is missing. */
export type Answers = Readonly<Record<string, Answer | null | undefined>>;

export const NOT_APPLICABLE: NotApplicableAnswer = Object.freeze({ notApplicable: true });

/** A problem found in a methodology document. */
export interface ValidationIssue {
  readonly code: ValidationIssueCode;
  /** Where, e.g. `dimensions[1].variables[0]`; '' for the document itself. */
  readonly path: string;
  readonly message: string;
}

export type ValidationIssueCode =
  | 'NOT_AN_OBJECT'
  | 'MISSING_FIELD'
  | 'INVALID_TYPE'
  | 'INVALID_VALUE'
  | 'UNSUPPORTED_SCHEMA_VERSION'
  | 'EMPTY_LIST'
  | 'DUPLICATE_CODE'
  | 'WEIGHT_NOT_POSITIVE'
  | 'WEIGHT_PRECISION'
  | 'WEIGHTS_DO_NOT_SUM'
  | 'INVALID_SCALE'
  | 'LEVELS_NOT_ASCENDING'
  | 'SCALE_TOO_FINE'
  | 'BANDS_NOT_ORDERED'
  | 'BANDS_NOT_CONTIGUOUS'
  | 'BANDS_NOT_COVERING'
  | 'BAND_PRECISION'
  | 'INVALID_COLOUR';
