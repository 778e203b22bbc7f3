import { useQuery } from '@apollo/client/react';
import { ProvinceSummariesDocument, RaporDocument } from '@patuh/graphql';
import { ErrorState, LoadingState, SyntheticMarker, defineMessages, useT } from '@patuh/ui';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { messageIn, readApiError } from '../features/api/errors';
import { UnpublishedYear } from '../features/cycles/UnpublishedYear';
import { formatDate, formatScore } from '../features/format/numbers';
import { ResultGrade } from '../features/grades/ResultGrade';
import { ScoreHistoryChart, ScoreHistoryTable } from '../features/institution/ScoreHistory';
import { usePageMeta } from '../features/page/usePageMeta';
import { ImprovementPoints } from '../features/rapor/ImprovementPoints';
import { PeerComparison } from '../features/rapor/PeerComparison';
import { UnitExplanation } from '../features/rapor/UnitExplanation';
import { usePrintAllDetails } from '../features/rapor/usePrintAllDetails';
import { NotAllowed } from '../features/session/NotAllowed';
import { NoBodyOfYourOwn, SignInRequired } from '../features/session/SignInRequired';
import { useBodyInView } from '../features/session/useBodyInView';
import { paths } from '../paths';

const messages = defineMessages(
  {
    documentTitle: 'Rapor {year} — Patuh',
    description: 'Rapor hasil penilaian kepatuhan pelayanan publik sebuah instansi: skor per unit, dimensi dan indikator, poin perbaikan, tren dan perbandingan.',
    heading: 'Rapor {year}',
    bodyHeading: 'Rapor {year}: {name}',
    revision: 'Revisi {revision}, dipublikasikan {date}.',
    corrected: 'Hasil dikoreksi setelah publikasi pertama: {reason}',
    print: 'Cetak atau simpan PDF',
    whatIf: 'Simulasi perbaikan dan jalur ke target',
    summary: 'Ringkasan',
    score: 'Skor instansi',
    grade: 'Predikat',
    units: 'Unit layanan',
    unitsIntro: 'Skor instansi adalah gabungan skor unit-unitnya menurut metode tahun {year}. Tiap unit dirinci per dimensi dan indikator, dengan setiap poin yang hilang dan sebabnya.',
    feedback: 'Poin perbaikan dari Ombudsman',
    trend: 'Tren',
    chartTitle: 'Skor {name} per tahun',
    comparison: 'Perbandingan',
    noResult: 'Instansi ini tidak memiliki hasil pada {year}.',
    printMarker: 'Data demo sintetis — bukan hasil resmi Ombudsman',
    notFound: 'Rapor ini tidak ditemukan.',
  },
  {
    documentTitle: 'Report card {year} — Patuh',
    description: "A body's public-service compliance report card: scores by unit, dimension and indicator, improvement points, trend and comparison.",
    heading: 'Report card {year}',
    bodyHeading: 'Report card {year}: {name}',
    revision: 'Revision {revision}, published {date}.',
    corrected: 'The results were corrected after their first publication: {reason}',
    print: 'Print or save as PDF',
    whatIf: 'Simulate improvements and the path to a goal',
    summary: 'Summary',
    score: 'Body score',
    grade: 'Grade',
    units: 'Service units',
    unitsIntro: "The body's score combines its units' scores by the {year} method. Each unit is broken down by dimension and indicator, with every point lost and why.",
    feedback: 'Improvement points from the Ombudsman',
    trend: 'Trend',
    chartTitle: 'Score of {name} by year',
    comparison: 'Comparison',
    noResult: 'This body has no result in {year}.',
    printMarker: 'Synthetic demo data — not official Ombudsman results',
    notFound: 'This report card was not found.',
  },
);

export function RaporPage() {
  const t = useT(messages);
  const year = Number(useParams().year);
  const body = useBodyInView();
  const ready = body.status === 'ready';
  const { data, error, refetch } = useQuery(RaporDocument, {
    variables: { cycleYear: year, institutionId: ready ? body.institutionId : '' },
    skip: !ready || !Number.isInteger(year),
  });
  const rapor = data?.rapor;
  const provinces = useQuery(ProvinceSummariesDocument, { variables: { cycleYear: year }, skip: !rapor?.institution.province });
  usePageMeta(
    rapor ? `${t('bodyHeading', { year, name: rapor.institution.name })} — Patuh` : t('documentTitle', { year }),
    t('description'),
  );
  usePrintAllDetails();

  const indicatorTitles = useMemo(() => {
    const titles = new Map<string, { id: string; en: string }>();
    for (const unit of rapor?.units ?? [])
      for (const dimension of unit.explanation?.dimensions ?? [])
        for (const variable of dimension.variables) for (const indicator of variable.indicators) titles.set(indicator.code, indicator.title);
    return titles;
  }, [rapor]);

  if (body.status === 'loading') return <LoadingState />;
  if (body.status === 'signed-out') return <SignInRequired heading={t('heading', { year })} />;
  if (body.status === 'no-body') return <NoBodyOfYourOwn heading={t('heading', { year })} />;

  if (!rapor) {
    if (!error) return <LoadingState />;
    const api = readApiError(error);
    if (api.code === 'FORBIDDEN') return <NotAllowed error={api} viewer={body.viewer} ownHref={paths.rapor(year)} />;
    if (api.code === 'NOT_FOUND') {
      return <UnpublishedYear year={year} heading={messageIn(api, t.locale) ?? t('notFound')} linkFor={(y) => paths.rapor(y, body.own ? undefined : body.institutionId)} />;
    }
    return <ErrorState onRetry={() => void refetch().catch(() => undefined)} />;
  }

  const { institution, result, revision } = rapor;
  const bands = result?.gradeBands ?? rapor.trend[rapor.trend.length - 1]?.gradeBands ?? [];
  const provinceMean = provinces.data?.provinceSummaries.find((p) => p.province.code === institution.province?.code)?.meanScore ?? null;

  return (
    <article className="rapor">
      {revision.synthetic ? (
        <p className="print-demo-marker" aria-hidden="true">
          {t('printMarker')}
        </p>
      ) : null}
      <div className="page-heading">
        <h1>{t('bodyHeading', { year, name: institution.name })}</h1>
        {revision.synthetic ? <SyntheticMarker /> : null}
      </div>
      <p className="hint">
        {t('revision', { revision: revision.revision, date: formatDate(revision.publishedAt, t.locale) })}
        {revision.corrected && revision.reason ? ` ${t('corrected', { reason: revision.reason })}` : ''}
      </p>
      <p className="rapor__actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('print')}
        </button>
        {result ? (
          <Link className="button button--secondary" to={paths.whatIf(year, body.own ? undefined : body.institutionId)}>
            {t('whatIf')}
          </Link>
        ) : null}
      </p>

      {!result ? (
        <p>{t('noResult', { year })}</p>
      ) : (
        <>
          <section className="page-section" aria-labelledby="rapor-summary">
            <h2 id="rapor-summary">{t('summary')}</h2>
            <dl className="stat-list">
              <div className="stat-list__item">
                <dt className="stat-list__label">{t('score')}</dt>
                <dd className="stat-list__value">{formatScore(result.score, t.locale)}</dd>
              </div>
              <div className="stat-list__item">
                <dt className="stat-list__label">{t('grade')}</dt>
                <dd className="stat-list__value stat-list__value--text">
                  <ResultGrade grade={result.grade} zone={result.zone} label={result.label} bands={bands} />
                </dd>
              </div>
            </dl>
          </section>

          <section className="page-section" aria-labelledby="rapor-comparison">
            <h2 id="rapor-comparison">{t('comparison')}</h2>
            <PeerComparison rapor={rapor} bands={bands} provinceMean={provinceMean} />
          </section>

          <section className="page-section" aria-labelledby="rapor-units">
            <h2 id="rapor-units">{t('units')}</h2>
            <p>{t('unitsIntro', { year })}</p>
            {rapor.units.map((unit) => (
              <UnitExplanation
                key={unit.unit.id}
                unit={unit}
                bands={bands}
                points={rapor.improvementPoints.filter((point) => point.unitId === unit.unit.id)}
              />
            ))}
          </section>

          <section className="page-section rapor__feedback" aria-labelledby="rapor-feedback">
            <h2 id="rapor-feedback">{t('feedback')}</h2>
            <ImprovementPoints points={rapor.improvementPoints} indicatorTitles={indicatorTitles} />
          </section>

          <section className="page-section rapor__trend" aria-labelledby="rapor-trend">
            <h2 id="rapor-trend">{t('trend')}</h2>
            <ScoreHistoryChart title={t('chartTitle', { name: institution.name })} results={rapor.trend} />
            <ScoreHistoryTable title={t('chartTitle', { name: institution.name })} results={rapor.trend} />
          </section>
        </>
      )}
    </article>
  );
}
