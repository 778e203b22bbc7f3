import { defineMessages, useT } from '@patuh/ui';
import { memo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { institutionTypeMessages } from '../format/labels';
import { formatScore } from '../format/numbers';
import { ResultGrade, type GradeNames } from '../grades/ResultGrade';
import { scopeRank, type RankingView } from './rankingView';
import { ScoreChange } from './ScoreChange';
import type { RankingRow } from './useCycleRankings';

const messages = defineMessages(
  {
    rank: 'Peringkat',
    institution: 'Instansi',
    score: 'Skor',
    grade: 'Predikat',
    change: 'Perubahan sejak {year}',
    nationalRank: 'nasional ke-{rank}',
  },
  {
    rank: 'Rank',
    institution: 'Body',
    score: 'Score',
    grade: 'Grade',
    change: 'Change since {year}',
    nationalRank: '{rank} nationally',
  },
);

export interface RankingTableProps {
  caption: string;
  rows: readonly RankingRow[];
  view: Pick<RankingView, 'type' | 'province'>;
  year: number;
  bands: readonly GradeNames[];
}

interface RowProps {
  row: RankingRow;
  rank: number | null;
  scoped: boolean;
  bands: readonly GradeNames[];
}

/** A body's row. Memoised: a change of filters re-renders only the rows that were not shown before. */
const RankingTableRow = memo(function RankingTableRow({ row, rank, scoped, bands }: RowProps) {
  const t = useT(messages);
  const tType = useT(institutionTypeMessages);
  return (
    <tr>
      <td className="numeric">
        {rank}
        {scoped ? <span className="ranking-table__national">{t('nationalRank', { rank: row.rankNational })}</span> : null}
      </td>
      <th scope="row" className="ranking-table__body">
        <Link to={paths.institution(row.institution.id)}>{row.institution.name}</Link>
        <span className="ranking-table__meta">
          {tType(row.institution.type)}
          {row.institution.province ? ` · ${row.institution.province.name}` : ''}
        </span>
      </th>
      <td className="numeric">{formatScore(row.score, t.locale)}</td>
      <td>
        <ResultGrade grade={row.grade} zone={row.zone} label={row.label} bands={bands} />
      </td>
      <td>
        <ScoreChange delta={row.delta} grade={row.grade} previousGrade={row.previousGrade} />
      </td>
    </tr>
  );
});

/** One row per body: its rank in the scope shown, score, grade and change since last year. */
export const RankingTable = memo(function RankingTable({ caption, rows, view, year, bands }: RankingTableProps) {
  const t = useT(messages);
  const scoped = Boolean(view.type || view.province);
  return (
    <div className="table-scroll">
      <table className="data-table ranking-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t('rank')}
            </th>
            <th scope="col">{t('institution')}</th>
            <th scope="col" className="numeric">
              {t('score')}
            </th>
            <th scope="col">{t('grade')}</th>
            <th scope="col">{t('change', { year: year - 1 })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <RankingTableRow key={row.institution.id} row={row} rank={scopeRank(row, view)} scoped={scoped} bands={bands} />
          ))}
        </tbody>
      </table>
    </div>
  );
});
