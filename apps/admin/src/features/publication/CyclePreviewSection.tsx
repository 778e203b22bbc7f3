import { useApolloClient } from '@apollo/client/react';
import { formatScore, type CompiledMethodology, type Grade, type Methodology } from '@patuh/scoring';
import { defineMessages, GradeBadge, LoadingState, useLocale, useT } from '@patuh/ui';
import { useState } from 'react';
import { ApiErrorMessage } from '../../components/ApiErrorMessage';
import { TableScroll } from '../../components/TableScroll';
import { institutionTypeMessages } from '../registry/labels';
import { useProvinces } from '../registry/listFilters';
import { loadCycleFindings, previewCycle, type CyclePreview } from './preview';

const SHOWN = 50;

const messages = defineMessages(
  {
    heading: 'Pratinjau hasil',
    intro: 'Dihitung di peramban ini dengan paket penilaian yang sama yang dipakai server saat publikasi (scoreCycle), dari temuan terverifikasi setiap unit sampel. Belum ada yang dipublikasikan.',
    compute: 'Hitung pratinjau',
    recompute: 'Hitung ulang pratinjau',
    loading: 'Memuat temuan: {loaded} dari {total}…',
    summary: '{ranked} instansi dinilai dan diperingkat dari {units} unit terverifikasi.',
    unverified: '{count} unit sampel belum terverifikasi: publikasi akan ditolak sampai semuanya terverifikasi.',
    unranked: '{count} instansi belum dapat dinilai (temuan belum lengkap atau tanpa unit terverifikasi) dan tidak masuk peringkat.',
    grades: 'Sebaran predikat',
    gradesCaption: 'Instansi per predikat (pratinjau)',
    grade: 'Predikat',
    zone: 'Zona',
    count: 'Instansi',
    rankings: 'Peringkat nasional',
    rankingsCaption: 'Peringkat nasional (pratinjau), {shown} dari {total}',
    rank: 'Peringkat',
    institution: 'Instansi',
    type: 'Jenis',
    province: 'Provinsi',
    score: 'Nilai',
    showAll: 'Tampilkan semua {total} instansi',
    none: '—',
    HIJAU: 'Hijau',
    KUNING: 'Kuning',
    MERAH: 'Merah',
  },
  {
    heading: 'Preview of the results',
    intro: 'Computed in this browser with the same scoring package the server uses when publishing (scoreCycle), from the verified findings of every sampled unit. Nothing is published yet.',
    compute: 'Compute the preview',
    recompute: 'Compute the preview again',
    loading: 'Loading findings: {loaded} of {total}…',
    summary: '{ranked} bodies scored and ranked from {units} verified units.',
    unverified: '{count} sampled unit(s) are not verified yet: publication is refused until every one is.',
    unranked: '{count} body(ies) cannot be scored yet (incomplete findings or no verified unit) and are left out of the ranking.',
    grades: 'Grade distribution',
    gradesCaption: 'Bodies per grade (preview)',
    grade: 'Grade',
    zone: 'Zone',
    count: 'Bodies',
    rankings: 'National ranking',
    rankingsCaption: 'National ranking (preview), {shown} of {total}',
    rank: 'Rank',
    institution: 'Institution',
    type: 'Type',
    province: 'Province',
    score: 'Score',
    showAll: 'Show all {total} bodies',
    none: '—',
    HIJAU: 'Green',
    KUNING: 'Yellow',
    MERAH: 'Red',
  },
);

/** The rankings and grade distribution the cycle would publish now, scored in the browser. */
export function CyclePreviewSection({ cycleId, methodology, compiled }: { cycleId: string; methodology: Methodology; compiled: CompiledMethodology }) {
  const t = useT(messages);
  const tType = useT(institutionTypeMessages);
  const { locale } = useLocale();
  const { nameOf } = useProvinces();
  const client = useApolloClient();
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [preview, setPreview] = useState<CyclePreview | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [showAll, setShowAll] = useState(false);
  const number = (value: number) => formatScore(value, { decimalSeparator: locale === 'id' ? ',' : '.' });

  const compute = async () => {
    setFailure(null);
    setProgress({ loaded: 0, total: 0 });
    try {
      const { units, findings } = await loadCycleFindings(client, cycleId, (loaded, total) => setProgress({ loaded, total }));
      setPreview(previewCycle(compiled, units, findings));
    } catch (error) {
      setFailure(error);
    } finally {
      setProgress(null);
    }
  };

  const national = preview?.result.rankings.national ?? [];
  const counts = new Map<string, number>();
  const gradeOf = new Map<string, Grade>();
  for (const institution of preview?.result.institutions ?? []) {
    const grade = institution.score.grade;
    if (!grade) continue;
    counts.set(grade.code, (counts.get(grade.code) ?? 0) + 1);
    gradeOf.set(institution.id, grade);
  }
  const shown = showAll ? national : national.slice(0, SHOWN);

  return (
    <section className="page-section" aria-labelledby="preview-heading">
      <h2 id="preview-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <button type="button" className="button button--secondary" disabled={progress !== null} onClick={() => void compute()}>
        {preview ? t('recompute') : t('compute')}
      </button>
      {progress ? <LoadingState label={t('loading', { loaded: t.formatNumber(progress.loaded), total: t.formatNumber(progress.total) })} /> : null}
      {failure ? <ApiErrorMessage error={failure} /> : null}
      {preview ? (
        <>
          <div className="notice notice--info" role="status">
            <p>{t('summary', { ranked: t.formatNumber(national.length), units: t.formatNumber(preview.unitCount) })}</p>
            {preview.unverified.length > 0 ? <p>{t('unverified', { count: t.formatNumber(preview.unverified.length) })}</p> : null}
            {preview.result.unranked.length > 0 ? <p>{t('unranked', { count: t.formatNumber(preview.result.unranked.length) })}</p> : null}
          </div>
          <h3>{t('grades')}</h3>
          <TableScroll label={t('gradesCaption')}>
            <table className="data-table">
              <caption>{t('gradesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('grade')}</th>
                  <th scope="col">{t('zone')}</th>
                  <th scope="col" className="numeric">
                    {t('count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {methodology.gradeBands.map((band) => (
                  <tr key={band.code}>
                    <th scope="row">
                      <GradeBadge code={band.code} label={band.label[locale]} zone={band.zone} />
                    </th>
                    <td>{t(band.zone)}</td>
                    <td className="numeric">{t.formatNumber(counts.get(band.code) ?? 0)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <h3>{t('rankings')}</h3>
          <TableScroll label={t('rankingsCaption', { shown: t.formatNumber(shown.length), total: t.formatNumber(national.length) })}>
            <table className="data-table">
              <caption>{t('rankingsCaption', { shown: t.formatNumber(shown.length), total: t.formatNumber(national.length) })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="numeric">
                    {t('rank')}
                  </th>
                  <th scope="col">{t('institution')}</th>
                  <th scope="col">{t('type')}</th>
                  <th scope="col">{t('province')}</th>
                  <th scope="col" className="numeric">
                    {t('score')}
                  </th>
                  <th scope="col">{t('grade')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((entry) => {
                  const grade = gradeOf.get(entry.id);
                  return (
                    <tr key={entry.id}>
                      <td className="numeric">{entry.rank}</td>
                      <th scope="row">{entry.name}</th>
                      <td>{tType(entry.type)}</td>
                      <td>{nameOf(entry.provinceCode) ?? t('none')}</td>
                      <td className="numeric">{number(entry.score)}</td>
                      <td>{grade ? <GradeBadge code={grade.code} label={grade.label[locale]} zone={grade.zone} /> : null}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          {!showAll && national.length > SHOWN ? (
            <button type="button" className="button button--secondary" onClick={() => setShowAll(true)}>
              {t('showAll', { total: t.formatNumber(national.length) })}
            </button>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
