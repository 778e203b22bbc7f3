import { useQuery } from '@apollo/client/react';
import { InstitutionProfileDocument, PortalScopeSizesDocument } from '@patuh/graphql';
import { EmptyState, ErrorState, LoadingState, SyntheticMarker, defineMessages, useT } from '@patuh/ui';
import { Link, useParams } from 'react-router';
import { readApiError } from '../features/api/errors';
import { institutionTypeMessages, institutionTypePluralMessages } from '../features/format/labels';
import { formatScore } from '../features/format/numbers';
import { ResultGrade } from '../features/grades/ResultGrade';
import { FeedbackSummary } from '../features/institution/FeedbackSummary';
import { ScoreHistoryChart, ScoreHistoryTable } from '../features/institution/ScoreHistory';
import { UnitScores } from '../features/institution/UnitScores';
import { usePageMeta } from '../features/page/usePageMeta';
import { useViewer } from '../features/session/useViewer';
import { paths } from '../paths';

const messages = defineMessages(
  {
    documentTitle: '{name} — Patuh',
    description: 'Hasil penilaian kepatuhan pelayanan publik {name}: predikat, skor, peringkat, unit layanan dan riwayatnya.',
    loadingTitle: 'Instansi — Patuh',
    loadingDescription: 'Hasil penilaian kepatuhan pelayanan publik sebuah instansi.',
    notFound: 'Instansi ini tidak ditemukan.',
    toRankings: 'Lihat peringkat',
    latest: 'Hasil {year}',
    score: 'Skor',
    grade: 'Predikat',
    rankNational: 'Peringkat nasional',
    rankType: 'Peringkat di antara {type}',
    rankProvince: 'Peringkat di {province}',
    rankOf: '{rank} dari {total}',
    units: 'Unit layanan {year}',
    unitsCaption: 'Skor unit layanan {name}, {year}',
    noUnits: 'Angka {year} diimpor dari hasil resmi tanpa rincian unit.',
    history: 'Riwayat',
    chartTitle: 'Skor {name} per tahun',
    feedback: 'Poin perbaikan',
    noFeedback: 'Belum ada rapor yang dipublikasikan.',
    noResults: 'Instansi ini belum memiliki hasil penilaian yang dipublikasikan.',
    ownRapor: 'Buka rapor {year} instansi Anda',
  },
  {
    documentTitle: '{name} — Patuh',
    description: "{name}'s public-service compliance results: grade, score, ranks, service units and history.",
    loadingTitle: 'Assessed body — Patuh',
    loadingDescription: "An assessed body's public-service compliance results.",
    notFound: 'This body was not found.',
    toRankings: 'See the rankings',
    latest: 'Results {year}',
    score: 'Score',
    grade: 'Grade',
    rankNational: 'National rank',
    rankType: 'Rank among {type}',
    rankProvince: 'Rank in {province}',
    rankOf: '{rank} of {total}',
    units: 'Service units {year}',
    unitsCaption: 'Service unit scores of {name}, {year}',
    noUnits: 'The {year} figures were imported from the official results, without units.',
    history: 'History',
    chartTitle: 'Score of {name} by year',
    feedback: 'Improvement points',
    noFeedback: 'No report card has been published yet.',
    noResults: 'This body has no published assessment results yet.',
    ownRapor: "Open your body's {year} report card",
  },
);

export function InstitutionPage() {
  const t = useT(messages);
  const tType = useT(institutionTypeMessages);
  const tTypes = useT(institutionTypePluralMessages);
  const id = useParams().id ?? '';
  const { data, error, refetch } = useQuery(InstitutionProfileDocument, { variables: { id } });
  const { viewer } = useViewer();
  const profile = data?.institutionProfile;
  const latest = profile?.results.find((r) => r.year === profile.latestYear) ?? profile?.results[profile.results.length - 1];
  const sizes = useQuery(PortalScopeSizesDocument, {
    variables: {
      cycleYear: latest?.year ?? 0,
      type: profile?.institution.type ?? 'KOTA',
      provinceCode: profile?.institution.province?.code ?? null,
      inProvince: Boolean(profile?.institution.province),
    },
    skip: !latest || !profile,
  });

  usePageMeta(
    profile ? t('documentTitle', { name: profile.institution.name }) : t('loadingTitle'),
    profile ? t('description', { name: profile.institution.name }) : t('loadingDescription'),
  );

  if (!profile) {
    if (error) {
      const code = readApiError(error).code;
      if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') {
        return (
          <>
            <h1>{t('notFound')}</h1>
            <p>
              <Link to={paths.rankings()}>{t('toRankings')}</Link>
            </p>
          </>
        );
      }
      return <ErrorState onRetry={() => void refetch().catch(() => undefined)} />;
    }
    return <LoadingState />;
  }

  const { institution } = profile;
  const total = (value: number | undefined, rank: number) =>
    value === undefined ? t.formatNumber(rank) : t('rankOf', { rank: t.formatNumber(rank), total: t.formatNumber(value) });
  const own = viewer?.institution?.id === institution.id && latest;

  return (
    <>
      <div className="page-heading">
        <h1>{institution.name}</h1>
        {latest?.synthetic ? <SyntheticMarker /> : null}
      </div>
      <p className="lead">
        {tType(institution.type)}
        {institution.province ? (
          <>
            {' · '}
            <Link to={paths.province(institution.province.code)}>{institution.province.name}</Link>
          </>
        ) : null}
        {institution.code ? ` · ${institution.code}` : ''}
      </p>
      {own && latest ? (
        <p>
          <Link className="button" to={paths.rapor(latest.year)}>
            {t('ownRapor', { year: latest.year })}
          </Link>
        </p>
      ) : null}

      {!latest ? (
        <EmptyState>
          <p>{t('noResults')}</p>
        </EmptyState>
      ) : (
        <>
          <section className="page-section" aria-labelledby="latest-heading">
            <h2 id="latest-heading">{t('latest', { year: latest.year })}</h2>
            <dl className="stat-list">
              <div className="stat-list__item">
                <dt className="stat-list__label">{t('grade')}</dt>
                <dd className="stat-list__value stat-list__value--text">
                  <ResultGrade grade={latest.grade} zone={latest.zone} label={latest.label} bands={latest.gradeBands} />
                </dd>
              </div>
              <div className="stat-list__item">
                <dt className="stat-list__label">{t('score')}</dt>
                <dd className="stat-list__value">{formatScore(latest.score, t.locale)}</dd>
              </div>
              <div className="stat-list__item">
                <dt className="stat-list__label">{t('rankNational')}</dt>
                <dd className="stat-list__value">{total(sizes.data?.national.total, latest.rankNational)}</dd>
              </div>
              <div className="stat-list__item">
                <dt className="stat-list__label">{t('rankType', { type: tTypes(institution.type).toLowerCase() })}</dt>
                <dd className="stat-list__value">{total(sizes.data?.ofType.total, latest.rankType)}</dd>
              </div>
              {institution.province && latest.rankProvince !== null ? (
                <div className="stat-list__item">
                  <dt className="stat-list__label">{t('rankProvince', { province: institution.province.name })}</dt>
                  <dd className="stat-list__value">{total(sizes.data?.inProvince?.total, latest.rankProvince)}</dd>
                </div>
              ) : null}
            </dl>
          </section>

          <section className="page-section" aria-labelledby="units-heading">
            <h2 id="units-heading">{t('units', { year: latest.year })}</h2>
            {profile.latestUnits.length > 0 ? (
              <UnitScores
                caption={t('unitsCaption', { name: institution.name, year: latest.year })}
                units={profile.latestUnits}
                bands={latest.gradeBands}
              />
            ) : (
              <p>{t('noUnits', { year: latest.year })}</p>
            )}
          </section>

          <section className="page-section" aria-labelledby="history-heading">
            <h2 id="history-heading">{t('history')}</h2>
            <ScoreHistoryChart title={t('chartTitle', { name: institution.name })} results={profile.results} />
            <ScoreHistoryTable title={t('chartTitle', { name: institution.name })} results={profile.results} />
          </section>

          <section className="page-section" aria-labelledby="feedback-heading">
            <h2 id="feedback-heading">{t('feedback')}</h2>
            {profile.feedbackSummary ? <FeedbackSummary summary={profile.feedbackSummary} /> : <p>{t('noFeedback')}</p>}
          </section>
        </>
      )}
    </>
  );
}
