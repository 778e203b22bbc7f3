import { useQuery } from '@apollo/client/react';
import { GradeDistributionDocument } from '@patuh/graphql';
import { EmptyState, ErrorState, LoadingState, SyntheticMarker, defineMessages, useT } from '@patuh/ui';
import { useDeferredValue, useEffect, useMemo } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { UnpublishedYear } from '../features/cycles/UnpublishedYear';
import { usePublishedCycles } from '../features/cycles/usePublishedCycles';
import { YearSelect } from '../features/cycles/YearSelect';
import { institutionTypePluralMessages, zoneMessages } from '../features/format/labels';
import { Pagination } from '../features/navigation/Pagination';
import { usePageMeta } from '../features/page/usePageMeta';
import { markRankingViewChange, measureRankingViewChange } from '../features/rankings/measure';
import { RankingFilters, type ProvinceOption } from '../features/rankings/RankingFilters';
import { RankingTable } from '../features/rankings/RankingTable';
import { readRankingView, searchKeysOf, selectRankingRows, writeRankingView, type RankingView } from '../features/rankings/rankingView';
import { useCycleRankings } from '../features/rankings/useCycleRankings';
import { paths } from '../paths';

const messages = defineMessages(
  {
    documentTitle: 'Peringkat {year} — Patuh',
    description:
      'Peringkat kepatuhan pelayanan publik {year} dari seluruh instansi yang dinilai Ombudsman: saring menurut jenis, provinsi, predikat dan zona.',
    heading: 'Peringkat {year}',
    intro: 'Semua instansi yang dinilai pada {year}, dengan skor, predikat dan perubahan sejak tahun sebelumnya.',
    captionAll: 'Peringkat nasional {year}',
    captionScoped: 'Peringkat {year}: {scope}',
    filteredBy: 'disaring: {filters}',
    allIn: '{type} di {province}',
    shown: 'Menampilkan {shown} dari {total} instansi.',
    pageShown: 'Baris {from}–{to} dari {shown} instansi yang cocok ({total} dalam cakupan).',
    none: 'Tidak ada instansi yang cocok dengan saringan ini.',
    download: 'Unduh data {year} (CSV)',
    gradeFilter: 'predikat {grade}',
    zoneFilter: 'zona {zone}',
    queryFilter: '“{query}”',
  },
  {
    documentTitle: 'Rankings {year} — Patuh',
    description:
      'The {year} public-service compliance ranking of every body the Ombudsman assessed: filter by kind, province, grade and zone.',
    heading: 'Rankings {year}',
    intro: 'Every body assessed in {year}, with its score, grade and change since the year before.',
    captionAll: 'National ranking {year}',
    captionScoped: 'Ranking {year}: {scope}',
    filteredBy: 'filtered: {filters}',
    allIn: '{type} in {province}',
    shown: 'Showing {shown} of {total} bodies.',
    pageShown: 'Rows {from}–{to} of {shown} matching bodies ({total} in scope).',
    none: 'No body matches these filters.',
    download: 'Download the {year} data (CSV)',
    gradeFilter: 'grade {grade}',
    zoneFilter: '{zone} zone',
    queryFilter: '“{query}”',
  },
);

/**
 * Rows per page of the table. Filtering a whole cycle costs well under a millisecond; what costs
 * is laying out the table, so fifty rows at a time keep every change of view quick on a tablet
 * (see `npm run bench`) and the page short.
 */
const rankingPageSize = 50;

const noBands: readonly never[] = [];

export function RankingsPage() {
  const t = useT(messages);
  const tType = useT(institutionTypePluralMessages);
  const tZone = useT(zoneMessages);
  const navigate = useNavigate();
  const year = Number(useParams().year);
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => readRankingView(searchParams), [searchParams]);
  // The controls follow a change at once; the table, the heavier part, follows in its own render.
  const shownView = useDeferredValue(view);
  const { cycles } = usePublishedCycles();
  const cycle = cycles?.find((c) => c.year === year);
  const published = cycles ? Boolean(cycle) : null;

  usePageMeta(t('documentTitle', { year }), t('description', { year }));

  const { rows, error, retry } = useCycleRankings(published ? year : null);
  const distribution = useQuery(GradeDistributionDocument, { variables: { cycleYear: year }, skip: !published });
  const bands = distribution.data?.gradeDistribution.grades ?? noBands;

  const keys = useMemo(() => (rows ? searchKeysOf(rows) : new Map()), [rows]);
  const collator = useMemo(() => new Intl.Collator(t.locale === 'id' ? 'id-ID' : 'en-GB', { sensitivity: 'base' }), [t.locale]);
  const selection = useMemo(
    () => (rows ? selectRankingRows(rows, keys, shownView, collator) : null),
    [rows, keys, shownView, collator],
  );
  const provinces = useMemo<ProvinceOption[]>(() => {
    const byCode = new Map<string, string>();
    for (const row of rows ?? []) if (row.institution.province) byCode.set(row.institution.province.code, row.institution.province.name);
    return [...byCode].map(([code, name]) => ({ code, name })).sort((a, b) => collator.compare(a.name, b.name));
  }, [rows, collator]);

  const onChange = (next: RankingView) => {
    markRankingViewChange();
    // Typing a name replaces the address rather than adding a history entry per letter.
    const typing = next.query !== view.query;
    setSearchParams(writeRankingView(next), { replace: typing });
  };

  const shown = selection?.rows.length ?? 0;
  const pageCount = Math.max(1, Math.ceil(shown / rankingPageSize));
  const page = Math.min(shownView.page, pageCount);
  // A new array only when the shown rows change, so the effect below runs once per change of view.
  const pageRows = useMemo(() => (selection ? selection.rows.slice((page - 1) * rankingPageSize, page * rankingPageSize) : []), [selection, page]);
  // The time from a change of filters to its result on screen, for the portal's benchmark.
  useEffect(() => measureRankingViewChange(), [pageRows]);

  if (published === false) return <UnpublishedYear year={year} heading={t('heading', { year })} linkFor={(y) => paths.rankings(y)} />;

  const provinceName = shownView.province ? provinces.find((p) => p.code === shownView.province)?.name ?? shownView.province : null;
  const scope =
    shownView.type && provinceName ? t('allIn', { type: tType(shownView.type), province: provinceName }) : shownView.type ? tType(shownView.type) : provinceName;
  const filters = [
    shownView.grade ? t('gradeFilter', { grade: shownView.grade }) : null,
    shownView.zone ? t('zoneFilter', { zone: tZone(shownView.zone) }) : null,
    shownView.query.trim() ? t('queryFilter', { query: shownView.query.trim() }) : null,
  ].filter((f): f is string => f !== null);
  const caption = [
    scope ? t('captionScoped', { year, scope }) : t('captionAll', { year }),
    filters.length ? t('filteredBy', { filters: filters.join(', ') }) : null,
  ]
    .filter(Boolean)
    .join(' — ');



  return (
    <>
      <div className="page-heading">
        <h1>{t('heading', { year })}</h1>
        {cycle?.synthetic ? <SyntheticMarker /> : null}
      </div>
      <p className="lead">{t('intro', { year })}</p>
      {cycles && cycles.length > 1 ? (
        <YearSelect
          years={cycles.map((c) => c.year)}
          value={year}
          onChange={(next) => void navigate(paths.rankings(next, writeRankingView({ ...view, page: 1 })))}
        />
      ) : null}
      <RankingFilters view={view} provinces={provinces} grades={bands} onChange={onChange} />
      <p role="status" className="filters__status">
        {selection
          ? pageCount > 1
            ? t('pageShown', {
                from: t.formatNumber((page - 1) * rankingPageSize + 1),
                to: t.formatNumber(Math.min(shown, page * rankingPageSize)),
                shown: t.formatNumber(shown),
                total: t.formatNumber(selection.scopeCount),
              })
            : t('shown', { shown: t.formatNumber(shown), total: t.formatNumber(selection.scopeCount) })
          : null}
      </p>
      {selection ? (
        shown === 0 ? (
          <EmptyState>
            <p>{t('none')}</p>
          </EmptyState>
        ) : (
          <>
            <RankingTable caption={caption} rows={pageRows} view={shownView} year={year} bands={bands} />
            <Pagination
              page={page}
              pageCount={pageCount}
              hrefFor={(n) => paths.rankings(year, writeRankingView({ ...view, page: n }))}
            />
          </>
        )
      ) : error ? (
        <ErrorState onRetry={retry} />
      ) : (
        <LoadingState />
      )}
      <p>
        <a href={paths.openDataFile(year, 'csv')} download>
          {t('download', { year })}
        </a>
      </p>
    </>
  );
}
