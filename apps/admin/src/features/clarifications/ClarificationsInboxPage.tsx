import { useQuery } from '@apollo/client/react';
import { ClarificationsDocument, type ClarificationStatus } from '@patuh/graphql';
import { defineMessages, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useCursorPage } from '../../components/Pagination';
import { paths, queryParams } from '../../routes/paths';
import { useScoringMethod } from '../assessments/method';
import { useCycleId } from '../cycles/CycleLayout';
import { FilterSelect, InstitutionFilter, ProvinceFilter, useProvinces, useUrlFilters } from '../registry/listFilters';
import { clarificationStatuses, clarificationStatusMessages } from './status';

const PAGE_SIZE = 50;

const messages = defineMessages(
  {
    documentTitle: 'Klarifikasi — Patuh Admin',
    heading: 'Kotak masuk klarifikasi',
    intro: 'Permintaan instansi untuk memeriksa kembali temuan sementara, satu indikator per permintaan. Jawab setiap permintaan; admin atau verifikator memutuskannya sebelum hasil ditetapkan.',
    filters: 'Saring klarifikasi',
    status: 'Status',
    institution: 'Instansi',
    province: 'Provinsi',
    all: 'Semua',
    caption: 'Klarifikasi siklus ini',
    indicator: 'Indikator',
    unit: 'Unit layanan',
    raised: 'Diajukan',
    updated: 'Terakhir berubah',
    empty: 'Tidak ada klarifikasi yang cocok dengan saringan ini.',
  },
  {
    documentTitle: 'Clarifications — Patuh Admin',
    heading: 'Clarifications inbox',
    intro: "Bodies' requests to check their draft findings again, one indicator per request. Answer each request; an admin or verifier decides it before the results are fixed.",
    filters: 'Filter clarifications',
    status: 'Status',
    institution: 'Institution',
    province: 'Province',
    all: 'All',
    caption: 'Clarifications of this cycle',
    indicator: 'Indicator',
    unit: 'Service unit',
    raised: 'Raised',
    updated: 'Last changed',
    empty: 'No clarification matches these filters.',
  },
);

/** A cycle's clarifications by status, body and province, a page at a time. */
export function ClarificationsInboxPage() {
  const t = useT(messages);
  const tStatus = useT(clarificationStatusMessages);
  const { locale } = useLocale();
  useDocumentTitle(t('documentTitle'));
  const cycleId = useCycleId();
  const { after } = useCursorPage();
  const { nameOf } = useProvinces();
  const { method } = useScoringMethod(cycleId);
  const { values, setFilter } = useUrlFilters([queryParams.status, queryParams.institution, queryParams.province]);
  const filter = {
    ...(values.status ? { status: values.status as ClarificationStatus } : {}),
    ...(values.instansi ? { institutionId: values.instansi } : {}),
    ...(values.provinsi ? { provinceCode: values.provinsi } : {}),
  };
  const query = useQuery(ClarificationsDocument, { variables: { cycleId, filter, first: PAGE_SIZE, after }, fetchPolicy: 'cache-and-network' });
  const connection = query.data?.clarifications;

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <form className="filters" role="search" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
        <FilterSelect id="clarifications-status" label={t('status')} value={values.status} onChange={(value) => setFilter(queryParams.status, value)} allLabel={t('all')}>
          {clarificationStatuses.map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </FilterSelect>
        <InstitutionFilter label={t('institution')} id={values.instansi} onChange={(id) => setFilter(queryParams.institution, id)} />
        <ProvinceFilter id="clarifications-province" label={t('province')} allLabel={t('all')} value={values.provinsi} onChange={(code) => setFilter(queryParams.province, code)} />
      </form>
      <PagedTable
        connection={connection}
        query={query}
        caption={t('caption')}
        empty={t('empty')}
        pageSize={PAGE_SIZE}
        columns={[t('indicator'), t('institution'), t('unit'), t('status'), t('raised'), t('updated')]}
        row={(clarification) => (
          <tr key={clarification.id}>
            <th scope="row">
              <Link to={paths.cycleClarification(cycleId, clarification.id)}>
                {clarification.indicatorCode}
                {method?.indicators.get(clarification.indicatorCode) ? ` — ${method.indicators.get(clarification.indicatorCode)?.indicator.title[locale]}` : null}
              </Link>
            </th>
            <td>
              {clarification.institution.name}
              {clarification.institution.provinceCode ? <span className="muted"> · {nameOf(clarification.institution.provinceCode)}</span> : null}
            </td>
            <td>{clarification.unit.name}</td>
            <td>
              <span className={`tag tag--clarification-${clarification.status.toLowerCase()}`}>{tStatus(clarification.status)}</span>
            </td>
            <td>
              {formatDateTime(clarification.createdAt, locale)} <span className="muted">· {clarification.raisedBy.name}</span>
            </td>
            <td>{formatDateTime(clarification.updatedAt, locale)}</td>
          </tr>
        )}
      />
    </>
  );
}
