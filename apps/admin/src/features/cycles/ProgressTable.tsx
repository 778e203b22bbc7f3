import type { CycleProgressByProvinceQuery } from '@patuh/graphql';
import { defineMessages, EmptyState, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { paths } from '../../routes/paths';
import { TableScroll } from '../../components/TableScroll';

type Progress = NonNullable<NonNullable<CycleProgressByProvinceQuery['cycle']>['progress']>;
type Counts = Progress['assessments'];

const messages = defineMessages(
  {
    caption: 'Kemajuan per provinsi',
    province: 'Provinsi',
    institutions: 'Instansi sampel',
    units: 'Unit sampel',
    draft: 'Draf',
    submitted: 'Diajukan',
    returned: 'Dikembalikan',
    verified: 'Terverifikasi',
    ministries: 'Kementerian dan lembaga',
    national: 'Nasional',
    empty: 'Belum ada unit layanan yang menjadi sampel pada siklus ini.',
    linkHint: 'Setiap angka membuka daftar penilaian di baliknya.',
  },
  {
    caption: 'Progress by province',
    province: 'Province',
    institutions: 'Bodies sampled',
    units: 'Units sampled',
    draft: 'Drafted',
    submitted: 'Submitted',
    returned: 'Returned',
    verified: 'Verified',
    ministries: 'Ministries and agencies',
    national: 'National',
    empty: 'No service unit has been sampled in this cycle yet.',
    linkHint: 'Each figure opens the list of assessments behind it.',
  },
);

/** The statuses shown, in the order work flows; each maps to the API's AssessmentStatus. */
const statusColumns = [
  { key: 'draft', status: 'DRAFT' },
  { key: 'submitted', status: 'SUBMITTED' },
  { key: 'returned', status: 'RETURNED' },
  { key: 'verified', status: 'VERIFIED' },
] as const;

/**
 * Sampled units and assessments by status, per province and nationally. Every figure links to the
 * assessments it counts; ministries and agencies have no province to filter by, so theirs are plain.
 */
export function ProgressTable({ cycleId, progress }: { cycleId: string; progress: Progress }) {
  const t = useT(messages);
  if (progress.unitCount === 0) {
    return (
      <EmptyState>
        <p>{t('empty')}</p>
      </EmptyState>
    );
  }
  const figure = (value: number, to: string | null) =>
    to && value > 0 ? <Link to={to}>{t.formatNumber(value)}</Link> : t.formatNumber(value);
  const cells = (counts: Counts, unitCount: number, institutionCount: number, linkable: boolean, provinceCode: string | null) => (
    <>
      <td className="numeric">{t.formatNumber(institutionCount)}</td>
      <td className="numeric">{figure(unitCount, linkable ? paths.cycleAssessments(cycleId, { provinceCode }) : null)}</td>
      {statusColumns.map((column) => (
        <td key={column.key} className="numeric">
          {figure(counts[column.key], linkable ? paths.cycleAssessments(cycleId, { status: column.status, provinceCode }) : null)}
        </td>
      ))}
    </>
  );
  return (
    <>
      <p className="muted">{t('linkHint')}</p>
      <TableScroll label={t('caption')}>
        <table className="data-table">
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('province')}</th>
              <th scope="col" className="numeric">
                {t('institutions')}
              </th>
              <th scope="col" className="numeric">
                {t('units')}
              </th>
              {statusColumns.map((column) => (
                <th key={column.key} scope="col" className="numeric">
                  {t(column.key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {progress.byProvince.map((row) => (
              <tr key={row.provinceCode ?? 'kl'}>
                <th scope="row">{row.provinceName ?? t('ministries')}</th>
                {cells(row.assessments, row.unitCount, row.institutionCount, row.provinceCode !== null, row.provinceCode)}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('national')}</th>
              {cells(progress.assessments, progress.unitCount, progress.institutionCount, true, null)}
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </>
  );
}
