/**
 * A methodology laid out for reading: the portal's methodology page renders from this, so the page
 * and the scores come from one document.
 */
import { divRoundHalfUp } from './decimal.js';
import { toCompiled, type CompiledMethodology } from './methodology/compile.js';
import type { DataSource, GradeBand, LocalizedText, Methodology, Scale } from './methodology/types.js';

export interface IndicatorRow {
  readonly dimensionCode: string;
  readonly variableCode: string;
  readonly code: string;
  readonly title: LocalizedText;
  /** Weight within its variable, percent. */
  readonly weight: number;
  /** Points it can contribute to a unit score when everything applies, four decimals. */
  readonly maxPoints: number;
  readonly scale: Scale;
  readonly source: DataSource | null;
  readonly allowNotApplicable: boolean;
}

export interface MethodologyDescription {
  readonly id: string;
  readonly version: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText | null;
  readonly years: readonly number[];
  readonly dimensions: readonly {
    readonly code: string;
    readonly title: LocalizedText;
    readonly weight: number;
    readonly variables: readonly {
      readonly code: string;
      readonly title: LocalizedText;
      readonly weight: number;
      /** Points the variable can contribute to a unit score, four decimals. */
      readonly maxPoints: number;
    }[];
  }[];
  readonly indicators: readonly IndicatorRow[];
  readonly gradeBands: readonly GradeBand[];
  readonly institutionAggregation: Methodology['institutionAggregation'];
  readonly composite: Methodology['composite'] | null;
  readonly maladministrationQualifier: Methodology['maladministrationQualifier'] | null;
  readonly notes: readonly LocalizedText[];
}

/** 10^-10 point to points with four decimals. */
function points4(units: number): number {
  return divRoundHalfUp(units, 1_000_000) / 10_000;
}

/** The methodology as tables: dimensions, variables, indicators with their maximum points, bands. */
export function describeMethodology(methodology: Methodology | CompiledMethodology): MethodologyDescription {
  const compiled = toCompiled(methodology);
  const document = compiled.methodology;
  const weight = compiled.effectiveWeight;
  const indicators: IndicatorRow[] = compiled.indicators.map((indicator, i) => {
    const v = compiled.indicatorVariable[i] as number;
    return {
      dimensionCode: compiled.dimensions[compiled.variableDimension[v] as number]?.code ?? '',
      variableCode: compiled.variables[v]?.code ?? '',
      code: indicator.code,
      title: indicator.title,
      weight: indicator.weight,
      maxPoints: points4(weight[i] as number),
      scale: indicator.scale,
      source: indicator.source ?? null,
      allowNotApplicable: indicator.allowNotApplicable === true,
    };
  });
  let v = 0;
  const dimensions = document.dimensions.map((dimension) => ({
    code: dimension.code,
    title: dimension.title,
    weight: dimension.weight,
    variables: dimension.variables.map((variable) => {
      let total = 0;
      for (let i = compiled.variableStart[v] as number; i < (compiled.variableEnd[v] as number); i += 1) total += weight[i] as number;
      v += 1;
      return { code: variable.code, title: variable.title, weight: variable.weight, maxPoints: points4(total) };
    }),
  }));
  return {
    id: document.id,
    version: document.version,
    title: document.title,
    description: document.description ?? null,
    years: document.years,
    dimensions,
    indicators,
    gradeBands: document.gradeBands,
    institutionAggregation: document.institutionAggregation,
    composite: document.composite ?? null,
    maladministrationQualifier: document.maladministrationQualifier ?? null,
    notes: document.notes ?? [],
  };
}
