import { EmptyState, ErrorState, LoadingState, SyntheticMarker, defineMessages, useT } from '@patuh/ui';
import { useYearParam } from '../features/cycles/useYearParam';
import { YearSelect } from '../features/cycles/YearSelect';
import { ProvinceMap } from '../features/map/ProvinceMap';
import { usePageMeta } from '../features/page/usePageMeta';
import { ProvinceTable } from '../features/provinces/ProvinceTable';
import { useProvinceFigures } from '../features/provinces/useProvinceFigures';

const messages = defineMessages(
  {
    documentTitle: 'Provinsi dan peta — Patuh',
    description: 'Peta Indonesia menurut rata-rata skor kepatuhan pelayanan publik tiap provinsi, dengan tabel seluruh provinsi.',
    heading: 'Provinsi dan peta',
    intro:
      'Rata-rata skor instansi yang dinilai di tiap provinsi (pemerintah provinsi, kabupaten dan kota). Pilih provinsi di peta atau tabel untuk melihat instansinya.',
    mapTitle: 'Peta provinsi menurut rata-rata skor {year}',
    tableCaption: 'Rata-rata skor per provinsi, {year}',
    none: 'Belum ada hasil penilaian yang dipublikasikan.',
  },
  {
    documentTitle: 'Provinces and map — Patuh',
    description: "A map of Indonesia by each province's mean public-service compliance score, with a table of every province.",
    heading: 'Provinces and map',
    intro:
      'The mean score of the bodies assessed in each province (provincial, regency and city governments). Choose a province on the map or in the table to see its bodies.',
    mapTitle: 'Provinces by mean score, {year}',
    tableCaption: 'Mean score by province, {year}',
    none: 'No assessment results have been published yet.',
  },
);

export function ProvincesPage() {
  const t = useT(messages);
  usePageMeta(t('documentTitle'), t('description'));
  const { year, cycle, cycles, setYear, error: cyclesError, retry: retryCycles } = useYearParam();
  const { figures, error, retry } = useProvinceFigures(year);

  return (
    <>
      <div className="page-heading">
        <h1>{t('heading')}</h1>
        {cycle?.synthetic ? <SyntheticMarker /> : null}
      </div>
      <p className="lead">{t('intro')}</p>
      {cycles && cycles.length === 0 ? (
        <EmptyState>
          <p>{t('none')}</p>
        </EmptyState>
      ) : null}
      {cycles && year !== null && cycles.length > 1 ? <YearSelect years={cycles.map((c) => c.year)} value={year} onChange={setYear} /> : null}
      {figures && year !== null ? (
        <div className="map-layout">
          <ProvinceMap title={t('mapTitle', { year })} provinces={figures} />
          <ProvinceTable caption={t('tableCaption', { year })} figures={figures} />
        </div>
      ) : error || cyclesError ? (
        <ErrorState
          onRetry={() => {
            retryCycles();
            retry();
          }}
        />
      ) : cycles && cycles.length === 0 ? null : (
        <LoadingState />
      )}
    </>
  );
}
