import { defineMessages, useT } from '@patuh/ui';
import { Fragment } from 'react';
import { unitKindMessages } from '../format/labels';
import { formatScore } from '../format/numbers';
import { ResultGrade, type GradeNames } from '../grades/ResultGrade';
import { priorityKey, priorityMessages } from './priority';
import type { ExplainedIndicator, ImprovementPoint, RaporUnit } from './types';

const messages = defineMessages(
  {
    score: 'Skor {score}',
    dimensionsCaption: 'Skor {unit} per dimensi',
    dimension: 'Dimensi',
    weight: 'Bobot',
    maxPoints: 'Poin maksimum',
    points: 'Poin diperoleh',
    lost: 'Poin hilang',
    ownScore: 'Skor dimensi (0–100)',
    total: 'Jumlah',
    lostHeading: 'Di mana poin hilang',
    lostCaption: 'Indikator {unit} yang kehilangan poin, terbesar dulu',
    indicator: 'Indikator',
    answer: 'Jawaban tercatat',
    why: 'Penjelasan',
    feedback: 'Poin perbaikan',
    noLoss: 'Unit ini memperoleh nilai penuh pada semua indikator.',
    allIndicators: 'Semua {count} indikator unit ini',
    allCaption: 'Semua indikator {unit}',
    partial: 'Jawaban “{answer}” bernilai {share} dari nilai penuh: {points} dari {max} poin.',
    zero: 'Jawaban “{answer}” tidak memperoleh poin: 0 dari {max} poin.',
    missing: 'Tidak ada jawaban tercatat: {max} poin tidak diperoleh.',
    invalid: 'Jawaban tercatat tidak sesuai skala: {max} poin tidak diperoleh.',
    notApplicable: 'Tidak berlaku bagi unit ini; bobotnya dibagi ke indikator lain.',
    full: 'Nilai penuh.',
    share: '{value} %',
    noExplanation: 'Rincian per indikator tidak tersedia: angka unit ini diimpor dari hasil resmi tanpa temuan.',
    mismatch:
      'Rincian ini dihitung dari temuan sebagaimana tercatat sekarang dan berbeda dari skor yang dipublikasikan; koreksi hasil sedang diproses.',
    feedbackRef: '{priority}: lihat poin perbaikan',
    notAnswered: '—',
  },
  {
    score: 'Score {score}',
    dimensionsCaption: 'Score of {unit} by dimension',
    dimension: 'Dimension',
    weight: 'Weight',
    maxPoints: 'Maximum points',
    points: 'Points earned',
    lost: 'Points lost',
    ownScore: 'Dimension score (0–100)',
    total: 'Total',
    lostHeading: 'Where points were lost',
    lostCaption: 'Indicators of {unit} that lost points, largest first',
    indicator: 'Indicator',
    answer: 'Recorded answer',
    why: 'Explanation',
    feedback: 'Improvement point',
    noLoss: 'This unit earned full marks on every indicator.',
    allIndicators: 'All {count} indicators of this unit',
    allCaption: 'All indicators of {unit}',
    partial: 'The answer “{answer}” is worth {share} of full marks: {points} of {max} points.',
    zero: 'The answer “{answer}” earns no points: 0 of {max} points.',
    missing: 'No answer recorded: {max} points not earned.',
    invalid: 'The recorded answer does not fit the scale: {max} points not earned.',
    notApplicable: 'Does not apply to this unit; its weight goes to the other indicators.',
    full: 'Full marks.',
    share: '{value}%',
    noExplanation: "No indicator detail: this unit's figures were imported from the official results without findings.",
    mismatch:
      'This detail is computed from the findings as recorded now and differs from the published score; a correction of the results is under way.',
    feedbackRef: '{priority}: see the improvement point',
    notAnswered: '—',
  },
);

/** The recorded answer in words: the scale's label, or the figure itself. */
export function answerText(indicator: ExplainedIndicator, locale: 'id' | 'en'): string | null {
  if (indicator.answerLabel) return indicator.answerLabel[locale];
  if (indicator.answer === null) return null;
  return formatScore(indicator.answer, locale).replace(/[,.]00$/, '');
}

/** Why an indicator earned what it did, in one sentence built from the published explanation. */
export function lossExplanation(indicator: ExplainedIndicator, t: ReturnType<typeof useExplanationT>): string {
  const max = formatScore(indicator.maxPoints, t.locale);
  if (indicator.status === 'NOT_APPLICABLE') return t('notApplicable');
  if (indicator.status === 'MISSING') return t('missing', { max });
  if (indicator.status === 'INVALID') return t('invalid', { max });
  if (indicator.lostPoints <= 0) return t('full');
  const answer = answerText(indicator, t.locale) ?? t('notAnswered');
  if (indicator.points <= 0) return t('zero', { answer, max });
  return t('partial', {
    answer,
    share: t('share', { value: formatScore(indicator.score ?? 0, t.locale) }),
    points: formatScore(indicator.points, t.locale),
    max,
  });
}

function useExplanationT() {
  return useT(messages);
}

export interface UnitExplanationProps {
  unit: RaporUnit;
  bands: readonly GradeNames[];
  /** This unit's improvement points, to point at from the indicators they are about. */
  points: readonly ImprovementPoint[];
}

/** One unit of the rapor: its score by dimension, every point it lost and why, every indicator. */
export function UnitExplanation({ unit, bands, points }: UnitExplanationProps) {
  const t = useExplanationT();
  const tKind = useT(unitKindMessages);
  const tPriority = useT(priorityMessages);
  const explanation = unit.explanation;
  const headingId = `unit-${unit.unit.id}`;
  const num = (value: number) => formatScore(value, t.locale);
  const lost = explanation
    ? explanation.dimensions
        .flatMap((dimension) => dimension.variables.flatMap((variable) => variable.indicators.map((indicator) => ({ indicator, dimension, variable }))))
        .filter(({ indicator }) => indicator.lostPoints > 0)
        .sort((a, b) => b.indicator.lostPoints - a.indicator.lostPoints)
    : [];
  const pointFor = (code: string) => points.find((point) => point.indicatorCode === code);
  const indicatorCount = explanation?.dimensions.reduce((n, d) => n + d.variables.reduce((m, v) => m + v.indicators.length, 0), 0) ?? 0;

  return (
    <section className="rapor-unit" aria-labelledby={headingId}>
      <div className="rapor-unit__heading">
        <h3 id={headingId}>{unit.unit.name}</h3>
        <span className="hint">{tKind(unit.unit.kind)}</span>
        <span className="rapor-unit__score">{t('score', { score: num(unit.score) })}</span>
        <ResultGrade grade={unit.grade} zone={unit.zone} bands={bands} />
      </div>
      {!explanation ? (
        <p>{t('noExplanation')}</p>
      ) : (
        <>
          {!unit.explanationMatchesPublished ? <p className="notice">{t('mismatch')}</p> : null}
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t('dimensionsCaption', { unit: unit.unit.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dimension')}</th>
                  <th scope="col" className="numeric">
                    {t('weight')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('maxPoints')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('points')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('lost')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('ownScore')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {explanation.dimensions.map((dimension) => (
                  <tr key={dimension.code}>
                    <th scope="row">{dimension.title[t.locale]}</th>
                    <td className="numeric">{num(dimension.weight)} %</td>
                    <td className="numeric">{num(dimension.maxPoints)}</td>
                    <td className="numeric">{num(dimension.points)}</td>
                    <td className="numeric">{num(dimension.lostPoints)}</td>
                    <td className="numeric">{dimension.score === null ? '—' : num(dimension.score)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('total')}</th>
                  <td />
                  <td className="numeric">{num(explanation.maxPoints)}</td>
                  <td className="numeric">{num(explanation.points)}</td>
                  <td className="numeric">{num(explanation.lostPoints)}</td>
                  <td className="numeric">{explanation.score === null ? '—' : num(explanation.score)}</td>
                </tr>
              </tfoot>
            </table>
          </div>

          <h4>{t('lostHeading')}</h4>
          {lost.length === 0 ? (
            <p>{t('noLoss')}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <caption>{t('lostCaption', { unit: unit.unit.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('indicator')}</th>
                    <th scope="col" className="numeric">
                      {t('lost')}
                    </th>
                    <th scope="col">{t('why')}</th>
                    <th scope="col">{t('feedback')}</th>
                  </tr>
                </thead>
                <tbody>
                  {lost.map(({ indicator }) => {
                    const point = pointFor(indicator.code);
                    return (
                      <tr key={indicator.code}>
                        <th scope="row">
                          <code>{indicator.code}</code> {indicator.title[t.locale]}
                        </th>
                        <td className="numeric">{num(indicator.lostPoints)}</td>
                        <td>{lossExplanation(indicator, t)}</td>
                        <td>
                          {point ? (
                            <a href={`#point-${point.id}`}>{t('feedbackRef', { priority: tPriority(priorityKey(point.priority)) })}</a>
                          ) : (
                            '—'
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}

          <details className="rapor-unit__all">
            <summary>{t('allIndicators', { count: indicatorCount })}</summary>
            <div className="table-scroll">
              <table className="data-table">
                <caption>{t('allCaption', { unit: unit.unit.name })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('indicator')}</th>
                    <th scope="col">{t('answer')}</th>
                    <th scope="col" className="numeric">
                      {t('points')}
                    </th>
                    <th scope="col" className="numeric">
                      {t('maxPoints')}
                    </th>
                    <th scope="col">{t('why')}</th>
                  </tr>
                </thead>
                <tbody>
                  {explanation.dimensions.map((dimension) =>
                    dimension.variables.map((variable) => (
                      <Fragment key={`${dimension.code}-${variable.code}`}>
                        <tr className="data-table__group">
                          <th scope="colgroup" colSpan={5}>
                            {dimension.title[t.locale]} · {variable.title[t.locale]}
                          </th>
                        </tr>
                        {variable.indicators.map((indicator) => (
                          <tr key={indicator.code}>
                            <th scope="row">
                              <code>{indicator.code}</code> {indicator.title[t.locale]}
                            </th>
                            <td>{answerText(indicator, t.locale) ?? t('notAnswered')}</td>
                            <td className="numeric">{num(indicator.points)}</td>
                            <td className="numeric">{num(indicator.maxPoints)}</td>
                            <td>{lossExplanation(indicator, t)}</td>
                          </tr>
                        ))}
                      </Fragment>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
