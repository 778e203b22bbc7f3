import { defineMessages, useT } from '@patuh/ui';
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

/** One row per body: its rank in the scope shown, score, grade and change since last year. */
export function RankingTable({ caption, rows, view, year, bands }: RankingTableProps) {
  const t = useT(messages);
  const tType = useT(institutionTypeMessages);
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
            <tr key={row.institution.id}>
              <td className="numeric">
                {scopeRank(row, view)}
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
          ))}
        </tbody>
      </table>
    </div>
  );
}
