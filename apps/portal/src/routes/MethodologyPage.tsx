import { useQuery } from '@apollo/client/react';
import { PublishedMethodologyDocument } from '@patuh/graphql';
import { ErrorState, LoadingState, SyntheticMarker, defineMessages, useT } from '@patuh/ui';
import { useId } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { UnpublishedYear } from '../features/cycles/UnpublishedYear';
import { usePublishedCycles } from '../features/cycles/usePublishedCycles';
import { YearSelect } from '../features/cycles/YearSelect';
import { MethodologyComparison } from '../features/methodology/MethodologyComparison';
import { MethodologyView } from '../features/methodology/MethodologyView';
import { usePageMeta } from '../features/page/usePageMeta';
import { paths } from '../paths';

const messages = defineMessages(
  {
    documentTitle: 'Metodologi {year} — Patuh',
    description:
      'Metodologi penilaian kepatuhan pelayanan publik {year}: dimensi, variabel, indikator dengan bobot dan skalanya, rentang predikat, dan cara skor dihitung.',
    heading: 'Metodologi {year}',
    method: '{title}, versi {version}',
    compare: 'Bandingkan dengan tahun lain',
    compareWith: 'Bandingkan dengan',
    nothing: 'Tidak membandingkan',
    comparison: 'Perbedaan {a} dan {b}',
  },
  {
    documentTitle: 'Methodology {year} — Patuh',
    description:
      'The {year} public-service compliance methodology: dimensions, variables, indicators with their weights and scales, grade bands, and how a score is made.',
    heading: 'Methodology {year}',
    method: '{title}, version {version}',
    compare: 'Compare with another year',
    compareWith: 'Compare with',
    nothing: 'No comparison',
    comparison: 'Differences between {a} and {b}',
  },
);

export function MethodologyPage() {
  const t = useT(messages);
  const navigate = useNavigate();
  const id = useId();
  const year = Number(useParams().year);
  const [params] = useSearchParams();
  const { cycles } = usePublishedCycles();
  const cycle = cycles?.find((c) => c.year === year);
  const compareYear = cycles?.find((c) => c.year === Number(params.get('banding')) && c.year !== year)?.year ?? null;
  usePageMeta(t('documentTitle', { year }), t('description', { year }));

  const current = useQuery(PublishedMethodologyDocument, { variables: { year }, skip: !cycle });
  const other = useQuery(PublishedMethodologyDocument, { variables: { year: compareYear ?? 0 }, skip: compareYear === null });

  if (cycles && !cycle) return <UnpublishedYear year={year} heading={t('heading', { year })} linkFor={(y) => paths.methodology(y)} />;

  const methodology = current.data?.cycleMethodology.methodology;
  const summary = methodology?.summary;
  const otherMethodology = other.data?.cycleMethodology.methodology;

  return (
    <>
      <div className="page-heading">
        <h1>{t('heading', { year })}</h1>
        {cycle?.synthetic ? <SyntheticMarker /> : null}
      </div>
      {cycles && cycles.length > 1 ? (
        <YearSelect
          years={cycles.map((c) => c.year)}
          value={year}
          onChange={(next) => void navigate(paths.methodology(next, compareYear !== null && compareYear !== next ? compareYear : undefined))}
        />
      ) : null}
      {!methodology ? (
        current.error ? (
          <ErrorState onRetry={() => void current.refetch().catch(() => undefined)} />
        ) : (
          <LoadingState />
        )
      ) : (
        <>
          {summary ? (
            <>
              <p className="lead">{t('method', { title: summary.title[t.locale], version: summary.version })}</p>
              {summary.description ? <p>{summary.description[t.locale]}</p> : null}
            </>
          ) : null}
          <MethodologyView methodology={methodology} />
          {cycles && cycles.length > 1 ? (
            <section className="page-section" aria-labelledby={`${id}-compare`}>
              <h2 id={`${id}-compare`}>{compareYear === null ? t('compare') : t('comparison', { a: year, b: compareYear })}</h2>
              <div className="field field--inline">
                <label htmlFor={`${id}-select`}>{t('compareWith')}</label>
                <select
                  id={`${id}-select`}
                  value={compareYear ?? ''}
                  onChange={(event) => void navigate(paths.methodology(year, event.target.value ? Number(event.target.value) : undefined), { replace: true })}
                >
                  <option value="">{t('nothing')}</option>
                  {cycles
                    .filter((c) => c.year !== year)
                    .map((c) => (
                      <option key={c.year} value={c.year}>
                        {c.year}
                      </option>
                    ))}
                </select>
              </div>
              {compareYear !== null ? (
                otherMethodology ? (
                  <MethodologyComparison a={{ year, methodology }} b={{ year: compareYear, methodology: otherMethodology }} />
                ) : other.error ? (
                  <ErrorState onRetry={() => void other.refetch().catch(() => undefined)} />
                ) : (
                  <LoadingState />
                )
              ) : null}
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
