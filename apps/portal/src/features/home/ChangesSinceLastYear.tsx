import { defineMessages, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { paths } from '../../paths';
import type { GradeNames } from '../grades/ResultGrade';
import { ScoreChange } from '../rankings/ScoreChange';
import type { RankingRow } from '../rankings/useCycleRankings';

const messages = defineMessages(
  {
    intro: 'Dibandingkan dengan hasil {previous} instansi yang sama:',
    rose: 'Skor naik',
    fell: 'Skor turun',
    same: 'Skor tetap',
    newcomers: 'Baru dinilai',
    gradeUp: 'Naik predikat',
    gradeDown: 'Turun predikat',
    risers: 'Kenaikan terbesar',
    fallers: 'Penurunan terbesar',
    noPrevious: 'Tidak ada hasil tahun sebelumnya untuk dibandingkan.',
  },
  {
    intro: 'Compared with the {previous} results of the same bodies:',
    rose: 'Score rose',
    fell: 'Score fell',
    same: 'Score unchanged',
    newcomers: 'Newly assessed',
    gradeUp: 'Moved up a grade',
    gradeDown: 'Moved down a grade',
    risers: 'Largest rises',
    fallers: 'Largest falls',
    noPrevious: 'There are no results of the year before to compare with.',
  },
);

export interface YearOnYear {
  rose: number;
  fell: number;
  same: number;
  newcomers: number;
  /** Null when last year's grades are not this year's (another method). */
  gradeUp: number | null;
  gradeDown: number | null;
  risers: RankingRow[];
  fallers: RankingRow[];
}

/** Counts of the published changes (each row's previous-year fields); no score is recomputed. */
export function yearOnYear(rows: readonly RankingRow[], bands: readonly GradeNames[], top = 5): YearOnYear {
  const order = new Map(bands.map((band, index) => [band.code, index]));
  let rose = 0;
  let fell = 0;
  let same = 0;
  let newcomers = 0;
  let gradeUp = 0;
  let gradeDown = 0;
  let comparable = true;
  const changed: RankingRow[] = [];
  for (const row of rows) {
    if (row.delta === null) {
      newcomers++;
      continue;
    }
    if (row.delta > 0) rose++;
    else if (row.delta < 0) fell++;
    else same++;
    changed.push(row);
    if (row.previousGrade !== null) {
      const before = order.get(row.previousGrade);
      const now = order.get(row.grade);
      if (before === undefined || now === undefined) comparable = false;
      else if (now < before) gradeUp++;
      else if (now > before) gradeDown++;
    }
  }
  const byDelta = [...changed].sort((a, b) => (b.delta ?? 0) - (a.delta ?? 0));
  return {
    rose,
    fell,
    same,
    newcomers,
    gradeUp: comparable ? gradeUp : null,
    gradeDown: comparable ? gradeDown : null,
    risers: byDelta.filter((row) => (row.delta ?? 0) > 0).slice(0, top),
    fallers: byDelta
      .filter((row) => (row.delta ?? 0) < 0)
      .reverse()
      .slice(0, top),
  };
}

export function ChangesSinceLastYear({ rows, bands, previousYear }: { rows: readonly RankingRow[]; bands: readonly GradeNames[]; previousYear: number | null }) {
  const t = useT(messages);
  const changes = yearOnYear(rows, bands);
  if (previousYear === null || changes.newcomers === rows.length) return <p>{t('noPrevious')}</p>;
  const figures: [string, number | null][] = [
    [t('rose'), changes.rose],
    [t('fell'), changes.fell],
    [t('same'), changes.same],
    [t('gradeUp'), changes.gradeUp],
    [t('gradeDown'), changes.gradeDown],
    [t('newcomers'), changes.newcomers],
  ];
  const list = (rowsToShow: RankingRow[]) => (
    <ol className="change-list">
      {rowsToShow.map((row) => (
        <li key={row.institution.id}>
          <Link to={paths.institution(row.institution.id)}>{row.institution.name}</Link>{' '}
          <ScoreChange delta={row.delta} grade={row.grade} previousGrade={row.previousGrade} />
        </li>
      ))}
    </ol>
  );
  return (
    <>
      <p>{t('intro', { previous: previousYear })}</p>
      <dl className="stat-list stat-list--compact">
        {figures
          .filter((entry): entry is [string, number] => entry[1] !== null)
          .map(([label, value]) => (
            <div className="stat-list__item" key={label}>
              <dt className="stat-list__label">{label}</dt>
              <dd className="stat-list__value">{t.formatNumber(value)}</dd>
            </div>
          ))}
      </dl>
      <div className="two-columns">
        <div>
          <h3>{t('risers')}</h3>
          {list(changes.risers)}
        </div>
        <div>
          <h3>{t('fallers')}</h3>
          {list(changes.fallers)}
        </div>
      </div>
    </>
  );
}
