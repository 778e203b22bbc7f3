import { useQuery } from '@apollo/client/react';
import { GradeDistributionDocument } from '@patuh/graphql';
import { ErrorState, LoadingState, defineMessages, useT } from '@patuh/ui';
import { formatScore } from '../format/numbers';
import { ResultGrade } from '../grades/ResultGrade';
import { ZoneTag } from '../grades/ZoneTag';

const messages = defineMessages(
  {
    total: '{total} instansi dinilai pada {year}.',
    caption: 'Jumlah instansi per predikat, {year}',
    grade: 'Predikat',
    range: 'Rentang skor',
    count: 'Jumlah {year}',
    share: 'Bagian',
    previous: 'Jumlah {year}',
    zones: 'Menurut zona',
    zoneCount: ': {count} instansi',
    rangeValue: '{min}–{max}',
  },
  {
    total: '{total} bodies were assessed in {year}.',
    caption: 'Bodies per grade, {year}',
    grade: 'Grade',
    range: 'Score range',
    count: 'Count {year}',
    share: 'Share',
    previous: 'Count {year}',
    zones: 'By zone',
    zoneCount: ': {count} bodies',
    rangeValue: '{min}–{max}',
  },
);

/** A published year in counts: bodies per grade (beside the year before) and per zone. */
export function CycleAtAGlance({ year, previousYear }: { year: number; previousYear: number | null }) {
  const t = useT(messages);
  const current = useQuery(GradeDistributionDocument, { variables: { cycleYear: year } });
  const previous = useQuery(GradeDistributionDocument, { variables: { cycleYear: previousYear ?? 0 }, skip: previousYear === null });
  const distribution = current.data?.gradeDistribution;
  if (!distribution) {
    return current.error ? <ErrorState onRetry={() => void current.refetch().catch(() => undefined)} /> : <LoadingState />;
  }
  const before = previous.data?.gradeDistribution;
  const percent = new Intl.NumberFormat(t.locale === 'id' ? 'id-ID' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });
  return (
    <>
      <p>{t('total', { total: t.formatNumber(distribution.total), year })}</p>
      <h3>{t('zones')}</h3>
      <ul className="zone-summary">
        {distribution.zones.map((zone) => (
          <li key={zone.zone}>
            <ZoneTag zone={zone.zone}>{t('zoneCount', { count: t.formatNumber(zone.count) })}</ZoneTag>
          </li>
        ))}
      </ul>
      <div className="table-scroll">
        <table className="data-table grade-table">
          <caption>{t('caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('grade')}</th>
              <th scope="col">{t('range')}</th>
              <th scope="col" className="numeric">
                {t('count', { year })}
              </th>
              <th scope="col">{t('share')}</th>
              {before && previousYear !== null ? (
                <th scope="col" className="numeric">
                  {t('previous', { year: previousYear })}
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {distribution.grades.map((grade) => {
              const share = distribution.total === 0 ? 0 : grade.count / distribution.total;
              return (
                <tr key={grade.code}>
                  <th scope="row">
                    <ResultGrade grade={grade.code} zone={grade.zone} bands={distribution.grades} />
                  </th>
                  <td>{t('rangeValue', { min: formatScore(grade.min, t.locale), max: formatScore(grade.max, t.locale) })}</td>
                  <td className="numeric">{t.formatNumber(grade.count)}</td>
                  <td>
                    <span className="share-bar" aria-hidden="true">
                      <span className="share-bar__fill" style={{ width: `${share * 100}%`, background: grade.colour }} />
                    </span>
                    {percent.format(share)}
                  </td>
                  {before ? <td className="numeric">{t.formatNumber(before.grades.find((g) => g.code === grade.code)?.count ?? 0)}</td> : null}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
