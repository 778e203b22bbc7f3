import type { YearResultFieldsFragment } from '@patuh/graphql';
import { defineMessages, useT } from '@patuh/ui';
import { useId } from 'react';
import { formatScore } from '../format/numbers';
import { ResultGrade } from '../grades/ResultGrade';

const messages = defineMessages(
  {
    desc: 'Skor per tahun: {points}. Latar tiap tahun menunjukkan rentang predikat metode tahun itu.',
    point: '{year} {score} (predikat {grade})',
    tableCaption: '{title} (tabel)',
    year: 'Tahun',
    score: 'Skor',
    grade: 'Predikat',
    rankNational: 'Peringkat nasional',
    rankType: 'Peringkat dalam jenisnya',
    rankProvince: 'Peringkat di provinsi',
    notes: 'Catatan',
    corrected: 'dikoreksi (revisi {revision})',
    imported: 'angka resmi yang diimpor',
    synthetic: 'data demo sintetis',
  },
  {
    desc: "Score per year: {points}. Each year's background shows the grade bands of that year's method.",
    point: '{year} {score} (grade {grade})',
    tableCaption: '{title} (table)',
    year: 'Year',
    score: 'Score',
    grade: 'Grade',
    rankNational: 'National rank',
    rankType: 'Rank among its kind',
    rankProvince: 'Rank in its province',
    notes: 'Notes',
    corrected: 'corrected (revision {revision})',
    imported: 'imported official figures',
    synthetic: 'synthetic demo data',
  },
);

type YearResult = YearResultFieldsFragment;

const WIDTH = 640;
const HEIGHT = 280;
const MARGIN = { top: 16, right: 40, bottom: 36, left: 44 };
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
const y = (score: number) => MARGIN.top + PLOT_H * (1 - score / 100);

/**
 * A body's score across the years as a line, with each year's grade bands behind it (methods, and
 * so bands, can change from one year to the next). The SVG is one image for screen readers, with
 * a text summary; `ScoreHistoryTable` gives the same figures as a table.
 */
export function ScoreHistoryChart({ title, results }: { title: string; results: readonly YearResult[] }) {
  const t = useT(messages);
  const titleId = useId();
  const descId = useId();
  const columnWidth = PLOT_W / Math.max(1, results.length);
  const x = (index: number) => MARGIN.left + columnWidth * (index + 0.5);
  const line = results.map((result, index) => `${index === 0 ? 'M' : 'L'}${x(index).toFixed(1)} ${y(result.score).toFixed(1)}`).join('');
  const last = results[results.length - 1];
  const points = results
    .map((result) => t('point', { year: result.year, score: formatScore(result.score, t.locale), grade: result.grade }))
    .join('; ');

  return (
    <svg className="score-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{t('desc', { points })}</desc>
      {results.map((result, index) =>
        result.gradeBands.map((band) => (
          <rect
            key={`${result.year}-${band.code}`}
            x={MARGIN.left + columnWidth * index}
            width={columnWidth}
            y={y(band.max)}
            height={Math.max(0, y(band.min) - y(band.max))}
            fill={band.colour}
            opacity={0.2}
          />
        )),
      )}
      {last?.gradeBands.map((band) => (
        <text key={band.code} x={MARGIN.left + PLOT_W + 6} y={(y(band.min) + y(band.max)) / 2 + 4} className="score-chart__band">
          {band.code}
        </text>
      ))}
      {[0, 25, 50, 75, 100].map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={MARGIN.left + PLOT_W} y1={y(tick)} y2={y(tick)} className="score-chart__grid" />
          <text x={MARGIN.left - 6} y={y(tick) + 4} textAnchor="end" className="score-chart__tick">
            {tick}
          </text>
        </g>
      ))}
      {results.map((result, index) => (
        <text key={result.year} x={x(index)} y={HEIGHT - 12} textAnchor="middle" className="score-chart__tick">
          {result.year}
        </text>
      ))}
      <path d={line} className="score-chart__line" />
      {results.map((result, index) => (
        <g key={result.year}>
          <circle cx={x(index)} cy={y(result.score)} r={5} className="score-chart__point" />
          <text x={x(index)} y={y(result.score) + (result.score > 90 ? 20 : -10)} textAnchor="middle" className="score-chart__value">
            {formatScore(result.score, t.locale)}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** The chart's figures as a table, and more: the ranks of each year and notes on the figures. */
export function ScoreHistoryTable({ title, results }: { title: string; results: readonly YearResult[] }) {
  const t = useT(messages);
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>{t('tableCaption', { title })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('year')}</th>
            <th scope="col" className="numeric">
              {t('score')}
            </th>
            <th scope="col">{t('grade')}</th>
            <th scope="col" className="numeric">
              {t('rankNational')}
            </th>
            <th scope="col" className="numeric">
              {t('rankType')}
            </th>
            <th scope="col" className="numeric">
              {t('rankProvince')}
            </th>
            <th scope="col">{t('notes')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr key={result.year}>
              <th scope="row">{result.year}</th>
              <td className="numeric">{formatScore(result.score, t.locale)}</td>
              <td>
                <ResultGrade grade={result.grade} zone={result.zone} label={result.label} bands={result.gradeBands} />
              </td>
              <td className="numeric">{t.formatNumber(result.rankNational)}</td>
              <td className="numeric">{t.formatNumber(result.rankType)}</td>
              <td className="numeric">{result.rankProvince === null ? '—' : t.formatNumber(result.rankProvince)}</td>
              <td>
                {[
                  result.corrected ? t('corrected', { revision: result.revision }) : null,
                  result.source === 'IMPORTED' ? t('imported') : null,
                  result.synthetic ? t('synthetic') : null,
                ]
                  .filter(Boolean)
                  .join('; ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
