/**
 * fast-check generators of methodologies and answers, shared by the property tests.
 */
import fc from 'fast-check';
import { apportion } from '../decimal.js';
import type { CompiledMethodology } from '../methodology/compile.js';
import type { Answer, Dimension, Indicator, Methodology, Scale, Variable } from '../methodology/types.js';
import { GRADE_BANDS_2022 } from '../presets/common.js';

/** k positive weights (two decimals) adding up to exactly 100. */
export const weightsArb = (count: number): fc.Arbitrary<number[]> =>
  fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: count, maxLength: count }).map((raw) => apportion(10_000, raw).map((h) => h / 100));

export const scaleArb: fc.Arbitrary<Scale> = fc.oneof(
  fc.constant<Scale>({ kind: 'YES_NO' }),
  fc.integer({ min: 1, max: 6 }).chain((top) =>
    fc.integer({ min: 0, max: 2 }).map<Scale>((bottom) => ({
      kind: 'ORDINAL',
      levels: Array.from({ length: top + 1 }, (_, level) => ({
        value: bottom + level,
        label: { id: `Tingkat ${bottom + level}`, en: `Level ${bottom + level}` },
      })),
    })),
  ),
  fc.constantFrom<Scale>({ kind: 'PERCENTAGE' }, { kind: 'PERCENTAGE', decimals: 0 }, { kind: 'PERCENTAGE', decimals: 3 }),
  fc.constantFrom<Scale>(
    {
      kind: 'NUMERIC',
      aggregate: 'MEAN',
      normalisation: { kind: 'LINEAR', min: 1, max: 4, direction: 'HIGHER_IS_BETTER' },
      decimals: 2,
    },
    {
      kind: 'NUMERIC',
      aggregate: 'INDEX',
      normalisation: { kind: 'LINEAR', min: 0, max: 30, direction: 'LOWER_IS_BETTER' },
      decimals: 1,
    },
  ),
);

/** A valid methodology of 1–4 dimensions, 1–3 variables each, 1–5 indicators each. */
export const methodologyArb: fc.Arbitrary<Methodology> = fc
  .integer({ min: 1, max: 4 })
  .chain((dimensionCount) =>
    fc.tuple(
      weightsArb(dimensionCount),
      fc.array(
        fc.integer({ min: 1, max: 3 }).chain((variableCount) =>
          fc.tuple(
            weightsArb(variableCount),
            fc.array(
              fc.integer({ min: 1, max: 5 }).chain((indicatorCount) =>
                fc.tuple(
                  weightsArb(indicatorCount),
                  fc.array(fc.tuple(scaleArb, fc.boolean()), { minLength: indicatorCount, maxLength: indicatorCount }),
                ),
              ),
              { minLength: variableCount, maxLength: variableCount },
            ),
          ),
        ),
        { minLength: dimensionCount, maxLength: dimensionCount },
      ),
    ),
  )
  .map(([dimensionWeights, dimensionParts]) => {
    let counter = 0;
    const dimensions: Dimension[] = dimensionParts.map(([variableWeights, variableParts], d) => ({
      code: `D${d}`,
      title: { id: `Dimensi ${d}`, en: `Dimension ${d}` },
      weight: dimensionWeights[d] as number,
      variables: variableParts.map(([indicatorWeights, scales], v): Variable => ({
        code: `D${d}-V${v}`,
        title: { id: `Variabel ${v}`, en: `Variable ${v}` },
        weight: variableWeights[v] as number,
        indicators: scales.map(([scale, allowNotApplicable], i): Indicator => {
          counter += 1;
          return {
            code: `I${String(counter).padStart(3, '0')}`,
            title: { id: `Indikator ${counter}`, en: `Indicator ${counter}` },
            weight: indicatorWeights[i] as number,
            scale,
            ...(allowNotApplicable ? { allowNotApplicable } : {}),
          };
        }),
      })),
    }));
    return {
      schemaVersion: 1,
      id: 'GENERATED',
      version: '1',
      title: { id: 'Metode uji', en: 'Test method' },
      years: [2024],
      weightTolerance: 0,
      notApplicableRule: 'REDISTRIBUTE_TO_SIBLINGS',
      dimensions,
      institutionAggregation: 'MEAN_OF_UNITS',
      gradeBands: GRADE_BANDS_2022,
    } satisfies Methodology;
  });

/** The lowest and highest valid answer of indicator i, and how to build a value from a fraction. */
export function answerRange(compiled: CompiledMethodology, i: number): { values: (fraction: number) => Answer; steps: number } {
  const scale = (compiled.indicators[i] as Indicator).scale;
  switch (scale.kind) {
    case 'YES_NO':
      return { values: (f) => f >= 0.5, steps: 1 };
    case 'ORDINAL': {
      const levels = scale.levels;
      return { values: (f) => (levels[Math.min(levels.length - 1, Math.floor(f * levels.length))] as { value: number }).value, steps: levels.length - 1 };
    }
    case 'PERCENTAGE': {
      const power = 10 ** (scale.decimals ?? 2);
      return { values: (f) => Math.round(f * 100 * power) / power, steps: 100 * power };
    }
    case 'NUMERIC': {
      const { min, max, direction } = scale.normalisation;
      const power = 10 ** (scale.decimals ?? 2);
      // A higher fraction is always a better answer; the values also reach beyond the range to
      // exercise clamping.
      const value = (f: number): number =>
        direction === 'HIGHER_IS_BETTER' ? min - 1 + f * (max - min + 2) : max + 1 - f * (max - min + 2);
      return { values: (f) => Math.round(value(f) * power) / power, steps: (max - min) * power };
    }
  }
}

/** Answers for every indicator (fractions in [0, 1] pick the value), some not applicable where allowed. */
export function answersFrom(compiled: CompiledMethodology, fractions: readonly number[], notApplicable: readonly boolean[]): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  compiled.indicators.forEach((indicator, i) => {
    if (indicator.allowNotApplicable && notApplicable[i % notApplicable.length]) answers[indicator.code] = { notApplicable: true };
    else answers[indicator.code] = answerRange(compiled, i).values(fractions[i % fractions.length] ?? 0);
  });
  return answers;
}

export const fractionsArb = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 40 });
export const notApplicableArb = fc.array(fc.boolean(), { minLength: 1, maxLength: 40 });
