import { useQuery } from '@apollo/client/react';
import { AssessmentsDocument } from '@patuh/graphql';
import { formatScore } from '@patuh/scoring';
import { defineMessages, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useCursorPage } from '../../components/Pagination';
import { paths, queryParams } from '../../routes/paths';
import { useCycleId } from '../cycles/CycleLayout';
import { InstitutionFilter, ProvinceFilter, useProvinces, useUrlFilters } from '../registry/listFilters';
import { useViewer } from '../session/useViewer';
import { lastSeenAt } from './lastSeen';

const PAGE_SIZE = 50;
const mine = 'saya';

const messages = defineMessages(
  {
    documentTitle: 'Antrean verifikasi — Patuh Admin',
    heading: 'Antrean verifikasi',
    intro: 'Penilaian yang telah diajukan dan menunggu verifikasi. Buka satu untuk membaca temuannya, bukti dukungnya, dan apa yang berubah sejak terakhir Anda membukanya.',
    filters: 'Saring antrean',
    province: 'Provinsi',
    institution: 'Instansi',
    assignedToMe: 'Hanya unit yang ditugaskan kepada saya',
    all: 'Semua',
    caption: 'Penilaian yang menunggu verifikasi',
    unit: 'Unit layanan',
    submitted: 'Diajukan',
    score: 'Nilai',
    seen: 'Terakhir Anda buka',
    never: 'Belum pernah',
    changed: 'Berubah sejak itu',
    ministries: 'Kementerian/lembaga',
    empty: 'Tidak ada penilaian yang menunggu verifikasi dengan saringan ini.',
  },
  {
    documentTitle: 'Verification queue — Patuh Admin',
    heading: 'Verification queue',
    intro: 'Assessments submitted and waiting for verification. Open one to read its findings, its supporting evidence and what changed since you last opened it.',
    filters: 'Filter the queue',
    province: 'Province',
    institution: 'Institution',
    assignedToMe: 'Only units assigned to me',
    all: 'All',
    caption: 'Assessments waiting for verification',
    unit: 'Service unit',
    submitted: 'Submitted',
    score: 'Score',
    seen: 'You last opened it',
    never: 'Never',
    changed: 'Changed since',
    ministries: 'Ministries/agencies',
    empty: 'No assessment waits for verification under these filters.',
  },
);

/** The cycle's submitted assessments: the verifiers' work queue. */
export function VerificationQueuePage() {
  const t = useT(messages);
  const { locale } = useLocale();
  useDocumentTitle(t('documentTitle'));
  const cycleId = useCycleId();
  const { viewer } = useViewer();
  const { after } = useCursorPage();
  const { nameOf } = useProvinces();
  const { values, setFilter } = useUrlFilters([queryParams.province, queryParams.institution, queryParams.assignee]);
  const filter = {
    status: 'SUBMITTED' as const,
    ...(values.provinsi ? { provinceCode: values.provinsi } : {}),
    ...(values.instansi ? { institutionId: values.instansi } : {}),
    ...(values.petugas === mine ? { assignedToMe: true } : {}),
  };
  const query = useQuery(AssessmentsDocument, { variables: { cycleId, filter, first: PAGE_SIZE, after }, fetchPolicy: 'cache-and-network' });
  const connection = query.data?.assessments;
  const number = (value: number) => formatScore(value, { decimalSeparator: locale === 'id' ? ',' : '.' });

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <form className="filters" role="search" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
        <ProvinceFilter id="queue-province" label={t('province')} allLabel={t('all')} value={values.provinsi} onChange={(code) => setFilter(queryParams.province, code)} />
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
        columns={[t('unit'), t('institution'), t('province'), t('submitted'), { label: t('score'), numeric: true }, t('seen')]}
        row={(assessment) => {
          const seen = viewer ? lastSeenAt(viewer.id, assessment.id) : null;
          const changed = seen !== null && Date.parse(assessment.updatedAt) > Date.parse(seen);
          return (
            <tr key={assessment.id}>
              <th scope="row">
                <Link to={paths.cycleVerification(cycleId, assessment.id)}>{assessment.unit.name}</Link>
              </th>
              <td>{assessment.institution.name}</td>
              <td>{nameOf(assessment.institution.provinceCode) ?? t('ministries')}</td>
              <td>{assessment.submittedAt ? formatDateTime(assessment.submittedAt, locale) : null}</td>
              <td className="numeric">{assessment.liveScore?.score != null ? number(assessment.liveScore.score) : null}</td>
              <td>
                {seen ? formatDateTime(seen, locale) : t('never')}
                {changed ? <span className="tag tag--overdue">{t('changed')}</span> : null}
              </td>
            </tr>
          );
        }}
      />
    </>
  );
}
