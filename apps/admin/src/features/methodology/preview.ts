import type { Answer, Indicator, Methodology } from '@patuh/scoring';

/** A sample unit's answers, by indicator code, as staff set them in the preview. */
export type SampleAnswers = Readonly<Record<string, Answer>>;

export function indicatorsOf(methodology: Methodology): Indicator[] {
  return methodology.dimensions.flatMap((dimension) => dimension.variables.flatMap((variable) => variable.indicators));
}

/** The best (or worst) answer each indicator's scale allows: a quick way to fill the whole sample. */
export function extremeAnswer(indicator: Indicator, which: 'best' | 'worst'): Answer {
  const best = which === 'best';
  const scale = indicator.scale;
  switch (scale.kind) {
    case 'YES_NO':
      return best;
    case 'ORDINAL': {
      const values = scale.levels.map((level) => level.value);
      return best ? Math.max(...values) : Math.min(...values);
    }
    case 'PERCENTAGE':
      return best ? 100 : 0;
    case 'NUMERIC': {
      const { min, max, direction } = scale.normalisation;
      return best === (direction === 'HIGHER_IS_BETTER') ? max : min;
    }
  }
}

export function extremeAnswers(methodology: Methodology, which: 'best' | 'worst'): SampleAnswers {
  return Object.fromEntries(indicatorsOf(methodology).map((indicator) => [indicator.code, extremeAnswer(indicator, which)]));
}
