import type { LiveScoreFieldsFragment } from '@patuh/graphql';
import { formatScore, type UnitScore } from '@patuh/scoring';
import { defineMessages, GradeBadge, useLocale, useT } from '@patuh/ui';
import { useId } from 'react';
import './assessments.css';
import { TableScroll } from '../../components/TableScroll';

const messages = defineMessages(
  {
    heading: 'Nilai unit',
    computedHere: 'Dihitung di peramban dengan metodologi siklus, setiap kali jawaban berubah.',
    score: 'Nilai',
    incomplete: 'Belum lengkap: {missing} dari {total} indikator belum dijawab.',
    pointsSoFar: 'Poin sejauh ini: {points} dari {max}.',
    invalid: '{count} jawaban tidak sesuai skala.',
    nothingApplicable: 'Semua indikator dinyatakan tidak berlaku: tidak ada yang dinilai.',
    breakdown: 'Rincian per dimensi',
    dimension: 'Dimensi',
    points: 'Poin',
    maxPoints: 'Maks',
    dimensionScore: 'Nilai dimensi',
    notYet: '—',
    server: 'Menurut server (jawaban tersimpan): {score}',
    serverIncomplete: 'Menurut server (jawaban tersimpan): belum lengkap, {missing} indikator belum dijawab.',
  },
  {
    heading: 'Unit score',
    computedHere: "Computed in the browser with the cycle's methodology, whenever an answer changes.",
    score: 'Score',
    incomplete: 'Incomplete: {missing} of {total} indicators are unanswered.',
    pointsSoFar: 'Points so far: {points} of {max}.',
    invalid: '{count} answer(s) do not fit their scale.',
    nothingApplicable: 'Every indicator is declared not applicable: there is nothing to score.',
    breakdown: 'Breakdown by dimension',
    dimension: 'Dimension',
    points: 'Points',
    maxPoints: 'Max',
    dimensionScore: 'Dimension score',
    notYet: '—',
    server: 'According to the server (saved answers): {score}',
    serverIncomplete: 'According to the server (saved answers): incomplete, {missing} indicator(s) unanswered.',
  },
);

export interface UnitScorePanelProps {
  score: UnitScore;
  indicatorCount: number;
  /** The server's score of the stored answers (`liveScore`), once they are saved. */
  serverScore?: LiveScoreFieldsFragment | null;
}

/** The unit's score and its dimensions as the answers stand on screen, and the server's view of what is stored. */
export function UnitScorePanel({ score, indicatorCount, serverScore }: UnitScorePanelProps) {
  const t = useT(messages);
  const { locale } = useLocale();
  const headingId = useId();
  const number = (value: number) => formatScore(value, { decimalSeparator: locale === 'id' ? ',' : '.' });
  const explanation = score.explanation;

  return (
    <section className="score-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('heading')}</h2>
      <div className="score-panel__summary" aria-live="polite" aria-atomic="true" data-testid="unit-score">
        {score.status === 'SCORED' && score.score !== null ? (
          <p className="score-panel__score">
            <span className="visually-hidden">{t('score')} </span>
            <span className="score-panel__value">{number(score.score)}</span>{' '}
            {score.grade ? <GradeBadge code={score.grade.code} label={score.grade.label[locale]} zone={score.grade.zone} /> : null}
          </p>
        ) : score.status === 'NOTHING_APPLICABLE' ? (
          <p>{t('nothingApplicable')}</p>
        ) : (
          <>
            {score.missing.length > 0 ? <p>{t('incomplete', { missing: score.missing.length, total: indicatorCount })}</p> : null}
            {score.invalid.length > 0 ? <p className="field__error">{t('invalid', { count: score.invalid.length })}</p> : null}
            {explanation ? <p>{t('pointsSoFar', { points: number(explanation.points), max: number(explanation.maxPoints) })}</p> : null}
          </>
        )}
      </div>
      <p className="field__hint">{t('computedHere')}</p>
      {explanation ? (
        <TableScroll label={t('breakdown')}>
          <table className="data-table score-panel__table">
            <caption>{t('breakdown')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dimension')}</th>
                <th scope="col" className="numeric">
                  {t('points')}
                </th>
                <th scope="col" className="numeric">
                  {t('maxPoints')}
                </th>
                <th scope="col" className="numeric">
                  {t('dimensionScore')}
                </th>
              </tr>
            </thead>
            <tbody>
              {explanation.dimensions.map((dimension) => (
                <tr key={dimension.code}>
                  <th scope="row">{dimension.title[locale]}</th>
                  <td className="numeric">{number(dimension.points)}</td>
                  <td className="numeric">{number(dimension.maxPoints)}</td>
                  <td className="numeric">{dimension.score === null ? t('notYet') : number(dimension.score)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {serverScore ? (
        <p className="muted">
          {serverScore.score !== null
            ? t('server', { score: `${number(serverScore.score)}${serverScore.grade ? ` (${serverScore.grade.code})` : ''}` })
            : t('serverIncomplete', { missing: serverScore.missing.length })}
        </p>
      ) : null}
    </section>
  );
}
