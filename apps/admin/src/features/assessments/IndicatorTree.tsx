import type { Explanation } from '@patuh/scoring';
import { formatScore } from '@patuh/scoring';
import { defineMessages, useLocale, useT } from '@patuh/ui';
import type { ReactNode } from 'react';
import type { IndicatorPlace, ScoringMethod } from './method';
import './assessments.css';

const messages = defineMessages(
  {
    dimensionWeight: 'Bobot {weight} % dari nilai unit',
    dimensionPoints: '{points} dari {max} poin',
    variableWeight: 'Bobot {weight} % dari dimensinya',
  },
  {
    dimensionWeight: 'Weight {weight} % of the unit score',
    dimensionPoints: '{points} of {max} points',
    variableWeight: 'Weight {weight} % of its dimension',
  },
);

export interface IndicatorTreeProps {
  method: ScoringMethod;
  /** Points per dimension as the answers stand, when known. */
  explanation?: Explanation | null;
  renderIndicator: (place: IndicatorPlace) => ReactNode;
}

/** The methodology's indicators grouped by dimension and variable, each drawn by the caller. */
export function IndicatorTree({ method, explanation, renderIndicator }: IndicatorTreeProps) {
  const t = useT(messages);
  const { locale } = useLocale();
  const number = (value: number) => formatScore(value, { decimalSeparator: locale === 'id' ? ',' : '.' });
  const percent = (value: number) => new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 }).format(value);
  return (
    <div className="indicator-tree">
      {method.methodology.dimensions.map((dimension) => {
        const points = explanation?.dimensions.find((item) => item.code === dimension.code);
        return (
          <section key={dimension.code} className="dimension-section" aria-labelledby={`dimensi-${dimension.code}`}>
            <h2 id={`dimensi-${dimension.code}`}>{dimension.title[locale]}</h2>
            <p className="muted">
              {t('dimensionWeight', { weight: percent(dimension.weight) })}
              {points ? ` · ${t('dimensionPoints', { points: number(points.points), max: number(points.maxPoints) })}` : null}
            </p>
            {dimension.variables.map((variable) => (
              <section key={variable.code} className="variable-section" aria-labelledby={`variabel-${variable.code}`}>
                <h3 id={`variabel-${variable.code}`}>{variable.title[locale]}</h3>
                <p className="muted">{t('variableWeight', { weight: percent(variable.weight) })}</p>
                {variable.indicators.map((indicator) => renderIndicator({ indicator, variable, dimension }))}
              </section>
            ))}
          </section>
        );
      })}
    </div>
  );
}

/** The anchor of an indicator on an assessment page, for links from lists of missing indicators. */
export const indicatorAnchor = (code: string) => `indikator-${code}`;
