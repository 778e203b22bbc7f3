import { useQuery } from '@apollo/client/react';
import { GradeDistributionDocument, RankingsDocument } from '@patuh/graphql';
import { EmptyState, ErrorState, LoadingState, SyntheticMarker, defineMessages, useT } from '@patuh/ui';
import { Link, useParams } from 'react-router';
import { useYearParam } from '../features/cycles/useYearParam';
import { YearSelect } from '../features/cycles/YearSelect';
import { formatScore } from '../features/format/numbers';
import { ZoneTag } from '../features/grades/ZoneTag';
import { usePageMeta } from '../features/page/usePageMeta';
import { useProvinceFigures } from '../features/provinces/useProvinceFigures';
import { RankingTable } from '../features/rankings/RankingTable';
import { paths } from '../paths';

const messages = defineMessages(
  {
    documentTitle: '{province} — Provinsi — Patuh',
    description: 'Hasil penilaian kepatuhan pelayanan publik instansi di {province}: skor, predikat dan peringkat.',
    heading: '{province}',
    unknown: 'Provinsi dengan kode {code} tidak dikenal.',
    notAssessed: 'Tidak ada instansi di {province} yang dinilai pada {year}.',
    facts: 'Ringkasan {year}',
    bodies: 'Instansi dinilai',
    mean: 'Rata-rata skor',
    zones: 'Menurut zona',
    best: 'Terbaik',
    tableCaption: 'Instansi di {province}, {year}',
    inRankings: 'Buka di halaman peringkat (dengan saringan dan urutan)',
    allProvinces: 'Semua provinsi',
    zoneCount: ': {count}',
  },
  {
    documentTitle: '{province} — Provinces — Patuh',
    description: 'Public-service compliance results of the bodies in {province}: scores, grades and ranks.',
    heading: '{province}',
    unknown: 'There is no province with code {code}.',
    notAssessed: 'No body in {province} was assessed in {year}.',
    facts: 'Summary {year}',
    bodies: 'Bodies assessed',
    mean: 'Mean score',
    zones: 'By zone',
    best: 'Best',
    tableCaption: 'Bodies in {province}, {year}',
    inRankings: 'Open in the rankings (with filters and sorting)',
    allProvinces: 'All provinces',
    zoneCount: ': {count}',
  },
);

export function ProvincePage() {
  const t = useT(messages);
  const code = useParams().code ?? '';
  const { year, cycle, cycles, setYear } = useYearParam();
  const { figures, error, retry } = useProvinceFigures(year);
  const figure = figures?.find((f) => f.code === code);
  const name = figure?.name ?? code;
  usePageMeta(t('documentTitle', { province: name }), t('description', { province: name }));

  const assessed = Boolean(figure?.summary);
  const ranking = useQuery(RankingsDocument, {
    variables: { cycleYear: year ?? 0, scope: { provinceCode: code }, first: 200 },
    skip: year === null || !assessed,
  });
  const distribution = useQuery(GradeDistributionDocument, { variables: { cycleYear: year ?? 0 }, skip: year === null || !assessed });

  if (figures && !figure) {
    return (
      <>
        <h1>{t('heading', { province: code })}</h1>
        <EmptyState>
          <p>{t('unknown', { code })}</p>
          <p>
            <Link to={paths.provinces()}>{t('allProvinces')}</Link>
          </p>
        </EmptyState>
      </>
    );
  }

  const summary = figure?.summary;
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.provinces(year ?? undefined)}>{t('allProvinces')}</Link>
      </p>
      <div className="page-heading">
        <h1>{t('heading', { province: name })}</h1>
        {cycle?.synthetic ? <SyntheticMarker /> : null}
      </div>
      {cycles && year !== null && cycles.length > 1 ? <YearSelect years={cycles.map((c) => c.year)} value={year} onChange={setYear} /> : null}
      {!figures ? (
        error ? (
          <ErrorState onRetry={retry} />
        ) : (
          <LoadingState />
        )
      ) : !summary || year === null ? (
        <EmptyState>
          <p>{t('notAssessed', { province: name, year: year ?? '—' })}</p>
        </EmptyState>
      ) : (
        <>
          <section className="page-section" aria-labelledby="province-facts">
            <h2 id="province-facts">{t('facts', { year })}</h2>
            <dl className="stat-list">
              <div className="stat-list__item">
                <dt className="stat-list__label">{t('bodies')}</dt>
                <dd className="stat-list__value">{t.formatNumber(summary.institutionCount)}</dd>
              </div>
              <div className="stat-list__item">
                <dt className="stat-list__label">{t('mean')}</dt>
                <dd className="stat-list__value">{formatScore(summary.meanScore, t.locale)}</dd>
              </div>
              <div className="stat-list__item">
                <dt className="stat-list__label">{t('zones')}</dt>
                <dd className="stat-list__value stat-list__value--text">
                  <ul className="inline-list">
                    {summary.zones.map((zone) => (
                      <li key={zone.zone}>
                        <ZoneTag zone={zone.zone}>{t('zoneCount', { count: t.formatNumber(zone.count) })}</ZoneTag>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
              <div className="stat-list__item">
                <dt className="stat-list__label">{t('best')}</dt>
                <dd className="stat-list__value stat-list__value--text">
                  <Link to={paths.institution(summary.best.institution.id)}>{summary.best.institution.name}</Link> (
                  {formatScore(summary.best.score, t.locale)})
                </dd>
              </div>
            </dl>
          </section>
          {ranking.data ? (
            <RankingTable
              caption={t('tableCaption', { province: name, year })}
              rows={ranking.data.rankings.nodes}
              view={{ type: null, province: code }}
              year={year}
              bands={distribution.data?.gradeDistribution.grades ?? []}
            />
          ) : ranking.error ? (
            <ErrorState onRetry={() => void ranking.refetch().catch(() => undefined)} />
          ) : (
            <LoadingState />
          )}
          <p>
            <Link to={paths.rankings(year, `provinsi=${encodeURIComponent(code)}`)}>{t('inRankings')}</Link>
          </p>
        </>
      )}
    </>
  );
}
