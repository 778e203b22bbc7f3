import { useQuery } from '@apollo/client/react';
import { AssessmentsDocument, type AssessmentStatus } from '@patuh/graphql';
import { formatScore } from '@patuh/scoring';
import { defineMessages, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useCursorPage } from '../../components/Pagination';
import { paths, queryParams } from '../../routes/paths';
import { useCycleId } from '../cycles/CycleLayout';
import { FilterSelect, InstitutionFilter, ProvinceFilter, useProvinces, useUrlFilters } from '../registry/listFilters';
import { assessmentStatuses, assessmentStatusMessages } from './status';
import './assessments.css';

const PAGE_SIZE = 50;
const mine = 'saya';

const messages = defineMessages(
  {
    documentTitle: 'Penilaian — Patuh Admin',
    heading: 'Penilaian unit layanan',
    intro: 'Setiap unit sampel siklus ini memiliki satu penilaian. Buka penilaian untuk mengisi jawaban atau membaca temuannya.',
    filters: 'Saring penilaian',
    status: 'Status',
    province: 'Provinsi',
    institution: 'Instansi',
    assigned: 'Penugasan',
    assignedToMe: 'Hanya unit yang ditugaskan kepada saya',
    all: 'Semua',
    caption: 'Penilaian siklus ini',
    unit: 'Unit layanan',
    score: 'Nilai (jawaban tersimpan)',
    updated: 'Diubah',
    incomplete: 'belum lengkap',
    ministries: 'Kementerian/lembaga',
    empty: 'Tidak ada penilaian yang cocok dengan saringan ini.',
  },
  {
    documentTitle: 'Assessments — Patuh Admin',
    heading: 'Service unit assessments',
    intro: 'Every sampled unit of this cycle has one assessment. Open an assessment to fill in its answers or read its findings.',
    filters: 'Filter assessments',
    status: 'Status',
    province: 'Province',
    institution: 'Institution',
    assigned: 'Assignment',
    assignedToMe: 'Only units assigned to me',
    all: 'All',
    caption: 'Assessments of this cycle',
    unit: 'Service unit',
    score: 'Score (saved answers)',
    updated: 'Changed',
    incomplete: 'incomplete',
    ministries: 'Ministries/agencies',
    empty: 'No assessment matches these filters.',
  },
);

/** A cycle's assessments, filtered by status, province, body and assignment, a page at a time. */
export function AssessmentListPage() {
  const t = useT(messages);
  const tStatus = useT(assessmentStatusMessages);
  const { locale } = useLocale();
  useDocumentTitle(t('documentTitle'));
  const cycleId = useCycleId();
  const { after } = useCursorPage();
  const { nameOf } = useProvinces();
  const { values, setFilter } = useUrlFilters([queryParams.status, queryParams.province, queryParams.institution, queryParams.assignee]);
  const filter = {
    ...(values.status ? { status: values.status as AssessmentStatus } : {}),
    ...(values.provinsi ? { provinceCode: values.provinsi } : {}),
    ...(values.instansi ? { institutionId: values.instansi } : {}),
    ...(values.petugas === mine ? { assignedToMe: true } : {}),
  };
  const query = useQuery(AssessmentsDocument, { variables: { cycleId, filter, first: PAGE_SIZE, after } });
  const connection = query.data?.assessments;
  const number = (value: number) => formatScore(value, { decimalSeparator: locale === 'id' ? ',' : '.' });

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <form className="filters" role="search" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
        <FilterSelect id="assessments-status" label={t('status')} value={values.status} onChange={(value) => setFilter(queryParams.status, value)} allLabel={t('all')}>
          {assessmentStatuses.map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </FilterSelect>
        <ProvinceFilter id="assessments-province" label={t('province')} allLabel={t('all')} value={values.provinsi} onChange={(code) => setFilter(queryParams.province, code)} />
        <InstitutionFilter label={t('institution')} id={values.instansi} onChange={(id) => setFilter(queryParams.institution, id)} />
        <label className="checkbox">
          <input type="checkbox" checked={values.petugas === mine} onChange={(event) => setFilter(queryParams.assignee, event.target.checked ? mine : '')} />
          <span>{t('assignedToMe')}</span>
        </label>
      </form>

      <PagedTable
        connection={connection}
        query={query}
        caption={t('caption')}
        empty={t('empty')}
        pageSize={PAGE_SIZE}
        columns={[t('unit'), t('institution'), t('province'), t('status'), { label: t('score'), numeric: true }, t('updated')]}
        row={(assessment) => (
          <tr key={assessment.id}>
            <th scope="row">
              <Link to={paths.cycleAssessment(cycleId, assessment.id)}>{assessment.unit.name}</Link>
            </th>
            <td>{assessment.institution.name}</td>
            <td>{nameOf(assessment.institution.provinceCode) ?? t('ministries')}</td>
            <td>
              <span className={`tag tag--status-${assessment.status.toLowerCase()}`}>{tStatus(assessment.status)}</span>
            </td>
            <td className="numeric">
              {assessment.liveScore?.score != null ? (
                <>
                  {number(assessment.liveScore.score)}
                  {assessment.liveScore.grade ? ` (${assessment.liveScore.grade.code})` : null}
                </>
              ) : (
                <span className="muted">{t('incomplete')}</span>
              )}
            </td>
            <td>{formatDateTime(assessment.updatedAt, locale)}</td>
          </tr>
        )}
      />
    </>
  );
}
