import { useQuery } from '@apollo/client/react';
import { GradeDistributionDocument } from '@patuh/graphql';
import { EmptyState, ErrorState, LoadingState, SyntheticMarker, defineMessages, useT } from '@patuh/ui';
import { Suspense, lazy, type ReactNode } from 'react';
import { Link } from 'react-router';
import { CycleList } from '../features/cycles/CycleList';
import { usePublishedCycles } from '../features/cycles/usePublishedCycles';
import { BestOfType } from '../features/home/BestOfType';
import { ChangesSinceLastYear } from '../features/home/ChangesSinceLastYear';
import { CycleAtAGlance } from '../features/home/CycleAtAGlance';
import { InstitutionSearch } from '../features/home/InstitutionSearch';
import { usePageMeta } from '../features/page/usePageMeta';
import { useCycleRankings } from '../features/rankings/useCycleRankings';
import { paths } from '../paths';

// The map's shapes are the heaviest part of the home: they load once the rest is on screen.
const ProvinceMapPreview = lazy(() => import('../features/home/ProvinceMapPreview'));

const messages = defineMessages(
  {
    documentTitle: 'Patuh — Penilaian Kepatuhan Pelayanan Publik',
    description:
      'Hasil penilaian kepatuhan penyelenggaraan pelayanan publik oleh Ombudsman Republik Indonesia: predikat, peringkat, peta provinsi, metodologi dan data terbuka.',
    heading: 'Kepatuhan pelayanan publik, dinilai setiap tahun',
    intro:
      'Setiap tahun Ombudsman Republik Indonesia menilai kepatuhan kementerian, lembaga, dan pemerintah daerah terhadap standar pelayanan publik. Di sini tersedia hasilnya: predikat, peringkat, peta dan data terbuka.',
    glance: 'Hasil {year} sekilas',
    best: 'Terbaik per jenis instansi, {year}',
    changes: 'Perubahan sejak {year}',
    map: 'Peta provinsi',
    noResults: 'Belum ada hasil penilaian yang dipublikasikan.',
    allRankings: 'Lihat peringkat lengkap {year}',
    methodology: 'Bagaimana skor dihitung',
  },
  {
    documentTitle: 'Patuh — Public Service Compliance Assessment',
    description:
      "The Ombudsman of the Republic of Indonesia's public-service compliance results: grades, rankings, a provincial map, the methodology and open data.",
    heading: 'Public service compliance, assessed every year',
    intro:
      'Every year the Ombudsman of the Republic of Indonesia assesses how well ministries, agencies and local governments comply with public service standards. Here are the results: grades, rankings, a map and open data.',
    glance: 'Results {year} at a glance',
    best: 'Best of each kind of body, {year}',
    changes: 'Changes since {year}',
    map: 'Provincial map',
    noResults: 'No assessment results have been published yet.',
    allRankings: 'See the full {year} ranking',
    methodology: 'How a score is made',
  },
);

export function HomePage() {
  const t = useT(messages);
  usePageMeta(t('documentTitle'), t('description'));
  const { cycles, latest, error: cyclesError, retry: retryCycles } = usePublishedCycles();
  const year = latest?.year ?? null;
  const previousYear = cycles?.find((cycle) => year !== null && cycle.year === year - 1)?.year ?? null;
  const { rows, error, retry } = useCycleRankings(year);
  const distribution = useQuery(GradeDistributionDocument, { variables: { cycleYear: year ?? 0 }, skip: year === null });
  const bands = distribution.data?.gradeDistribution.grades ?? [];

  const cycleRows = (render: (loaded: NonNullable<typeof rows>) => ReactNode) =>
    rows ? render(rows) : error ? <ErrorState onRetry={retry} /> : <LoadingState />;

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <InstitutionSearch year={year} />

      {cycles && !latest ? (
        <EmptyState>
          <p>{t('noResults')}</p>
        </EmptyState>
      ) : null}
      {cyclesError && !cycles ? <ErrorState onRetry={retryCycles} /> : null}

      {latest && year !== null ? (
        <>
          <section className="page-section" aria-labelledby="glance-heading">
            <div className="page-heading">
              <h2 id="glance-heading">{t('glance', { year })}</h2>
              {latest.synthetic ? <SyntheticMarker /> : null}
            </div>
            <CycleAtAGlance year={year} previousYear={previousYear} />
            <p>
              <Link to={paths.rankings(year)}>{t('allRankings', { year })}</Link> · <Link to={paths.methodology(year)}>{t('methodology')}</Link>
            </p>
          </section>

          <section className="page-section" aria-labelledby="best-heading">
            <h2 id="best-heading">{t('best', { year })}</h2>
            {cycleRows((loaded) => (
              <BestOfType rows={loaded} year={year} bands={bands} />
            ))}
          </section>

          <section className="page-section" aria-labelledby="changes-heading">
            <h2 id="changes-heading">{t('changes', { year: previousYear ?? year - 1 })}</h2>
            {cycleRows((loaded) => (
              <ChangesSinceLastYear rows={loaded} bands={bands} previousYear={previousYear} />
            ))}
          </section>

          <section className="page-section" aria-labelledby="map-heading">
            <h2 id="map-heading">{t('map')}</h2>
            <div className="map-slot">
              <Suspense fallback={<LoadingState />}>
                <ProvinceMapPreview year={year} />
              </Suspense>
            </div>
          </section>
        </>
      ) : !cycles && !cyclesError ? (
        <LoadingState />
      ) : null}

      <CycleList />
    </>
  );
}
