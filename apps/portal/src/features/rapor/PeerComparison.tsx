import { defineMessages, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { institutionTypePluralMessages } from '../format/labels';
import { formatDelta, formatScore } from '../format/numbers';
import { ResultGrade, type GradeNames } from '../grades/ResultGrade';
import type { Rapor } from './types';

const messages = defineMessages(
  {
    national: 'Nasional',
    ofType: 'Di antara {type}',
    inProvince: 'Di {province}',
    rankOf: '{rank} dari {total}',
    provinceMean: 'Rata-rata instansi di {province}: {mean} (selisih Anda {delta}).',
    peersCaption: '{type} di {scope}, {year}',
    nationally: 'tingkat nasional',
    rank: 'Peringkat',
    body: 'Instansi',
    score: 'Skor',
    grade: 'Predikat',
    you: '(instansi Anda)',
  },
  {
    national: 'Nationally',
    ofType: 'Among {type}',
    inProvince: 'In {province}',
    rankOf: '{rank} of {total}',
    provinceMean: 'Mean of the bodies in {province}: {mean} (you differ by {delta}).',
    peersCaption: '{type} in {scope}, {year}',
    nationally: 'the whole country',
    rank: 'Rank',
    body: 'Body',
    score: 'Score',
    grade: 'Grade',
    you: '(your body)',
  },
);

export interface PeerComparisonProps {
  rapor: Rapor;
  bands: readonly GradeNames[];
  /** The published mean of the province's bodies, when the body has a province. */
  provinceMean: number | null;
}

/** Where the body stands nationally, among its kind and in its province, beside its peers. */
export function PeerComparison({ rapor, bands, provinceMean }: PeerComparisonProps) {
  const t = useT(messages);
  const tType = useT(institutionTypePluralMessages);
  const { standing, institution, result } = rapor;
  const of = (rank: number, total: number) => t('rankOf', { rank: t.formatNumber(rank), total: t.formatNumber(total) });
  const typeName = tType(institution.type);
  return (
    <>
      {standing ? (
        <dl className="stat-list">
          <div className="stat-list__item">
            <dt className="stat-list__label">{t('national')}</dt>
            <dd className="stat-list__value">{of(standing.national, standing.nationalOf)}</dd>
          </div>
          <div className="stat-list__item">
            <dt className="stat-list__label">{t('ofType', { type: typeName.toLowerCase() })}</dt>
            <dd className="stat-list__value">{of(standing.type, standing.typeOf)}</dd>
          </div>
          {institution.province && standing.province !== null && standing.provinceOf !== null ? (
            <div className="stat-list__item">
              <dt className="stat-list__label">{t('inProvince', { province: institution.province.name })}</dt>
              <dd className="stat-list__value">{of(standing.province, standing.provinceOf)}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {institution.province && provinceMean !== null && result ? (
        <p>
          {t('provinceMean', {
            province: institution.province.name,
            mean: formatScore(provinceMean, t.locale),
            delta: formatDelta(Math.round((result.score - provinceMean) * 100) / 100, t.locale),
          })}
        </p>
      ) : null}
      {rapor.peers.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption>
              {t('peersCaption', { type: typeName, scope: institution.province?.name ?? t('nationally'), year: rapor.year })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  {t('rank')}
                </th>
                <th scope="col">{t('body')}</th>
                <th scope="col" className="numeric">
                  {t('score')}
                </th>
                <th scope="col">{t('grade')}</th>
              </tr>
            </thead>
            <tbody>
              {rapor.peers.map((peer) => {
                const self = peer.institution.id === institution.id;
                return (
                  <tr key={peer.institution.id} className={self ? 'data-table__highlight' : undefined}>
                    <td className="numeric">{peer.rank}</td>
                    <th scope="row">
                      {self ? (
                        <strong>
                          {peer.institution.name} {t('you')}
                        </strong>
                      ) : (
                        <Link to={paths.institution(peer.institution.id)}>{peer.institution.name}</Link>
                      )}
                    </th>
                    <td className="numeric">{formatScore(peer.score, t.locale)}</td>
                    <td>
                      <ResultGrade grade={peer.grade} zone={peer.zone} bands={bands} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
