import type { InstitutionType } from '@patuh/graphql';
import { defineMessages, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { institutionTypePluralMessages, institutionTypes } from '../format/labels';
import { formatScore } from '../format/numbers';
import { ResultGrade, type GradeNames } from '../grades/ResultGrade';
import { defaultRankingView, writeRankingView } from '../rankings/rankingView';
import type { RankingRow } from '../rankings/useCycleRankings';

const messages = defineMessages(
  { tied: 'bersama {count} lainnya dengan skor sama', all: 'Semua {type}', score: 'Skor {score}' },
  { tied: 'with {count} others on the same score', all: 'All {type}', score: 'Score {score}' },
);

/** The first-ranked body of each kind: rows arrive in national order, so the first one found. */
export function bestOfEachType(rows: readonly RankingRow[]): { type: InstitutionType; best: RankingRow; tiedWith: number }[] {
  return institutionTypes.flatMap((type) => {
    const ofType = rows.filter((row) => row.institution.type === type);
    const best = ofType[0];
    if (!best) return [];
    return [{ type, best, tiedWith: ofType.filter((row) => row.rankType === best.rankType).length - 1 }];
  });
}

export function BestOfType({ rows, year, bands }: { rows: readonly RankingRow[]; year: number; bands: readonly GradeNames[] }) {
  const t = useT(messages);
  const tType = useT(institutionTypePluralMessages);
  return (
    <ul className="best-list">
      {bestOfEachType(rows).map(({ type, best, tiedWith }) => (
        <li key={type} className="best-card">
          <h3 className="best-card__type">{tType(type)}</h3>
          <p className="best-card__name">
            <Link to={paths.institution(best.institution.id)}>{best.institution.name}</Link>
          </p>
          <p className="best-card__figures">
            <span>{t('score', { score: formatScore(best.score, t.locale) })}</span>{' '}
            <ResultGrade grade={best.grade} zone={best.zone} label={best.label} bands={bands} />
          </p>
          {tiedWith > 0 ? <p className="hint">{t('tied', { count: t.formatNumber(tiedWith) })}</p> : null}
          <p className="best-card__more">
            <Link to={paths.rankings(year, writeRankingView({ ...defaultRankingView, type }))}>{t('all', { type: tType(type).toLowerCase() })}</Link>
          </p>
        </li>
      ))}
    </ul>
  );
}
