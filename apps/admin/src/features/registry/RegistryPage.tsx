import { useQuery } from '@apollo/client/react';
import { RegistryInstitutionsDocument, type InstitutionType } from '@patuh/graphql';
import { defineMessages, useDocumentTitle, useT } from '@patuh/ui';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PagedTable } from '../../components/PagedTable';
import { useCursorPage } from '../../components/Pagination';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { paths, queryParams } from '../../routes/paths';
import { useViewer } from '../session/useViewer';
import { InstitutionFormDialog } from './InstitutionFormDialog';
import { institutionTypeMessages, institutionTypes } from './labels';
import { FilterSelect, ProvinceFilter, useUrlFilters } from './listFilters';

const PAGE_SIZE = 50;
const activeValues = { active: 'aktif', inactive: 'nonaktif' } as const;

const messages = defineMessages(
  {
    documentTitle: 'Registri instansi — Patuh Admin',
    heading: 'Registri instansi',
    intro: 'Instansi yang dinilai (kementerian, lembaga, provinsi, kabupaten dan kota) dengan unit layanannya. Instansi dan unit tidak pernah dihapus: yang tidak lagi dinilai dinonaktifkan.',
    add: 'Tambah instansi',
    import: 'Impor dari CSV',
    filters: 'Saring instansi',
    search: 'Cari nama atau kode',
    type: 'Jenis',
    province: 'Provinsi',
    status: 'Status',
    all: 'Semua',
    active: 'Aktif',
    inactive: 'Nonaktif',
    caption: 'Instansi, menurut nama',
    name: 'Nama',
    code: 'Kode',
    units: 'Unit layanan',
    none: '—',
    empty: 'Tidak ada instansi yang cocok dengan saringan ini.',
  },
  {
    documentTitle: 'Registry of institutions — Patuh Admin',
    heading: 'Registry of institutions',
    intro: 'The assessed bodies (ministries, agencies, provinces, regencies and cities) with their service units. Bodies and units are never deleted: those no longer assessed are deactivated.',
    add: 'Add an institution',
    import: 'Import from CSV',
    filters: 'Filter institutions',
    search: 'Search by name or code',
    type: 'Type',
    province: 'Province',
    status: 'Status',
    all: 'All',
    active: 'Active',
    inactive: 'Deactivated',
    caption: 'Institutions, by name',
    name: 'Name',
    code: 'Code',
    units: 'Service units',
    none: '—',
    empty: 'No institution matches these filters.',
  },
);

/** The registry: bodies searched and filtered on the server, a page at a time, with the way to add one. */
export function RegistryPage() {
  const t = useT(messages);
  const tType = useT(institutionTypeMessages);
  useDocumentTitle(t('documentTitle'));
  const navigate = useNavigate();
  const { viewer } = useViewer();
  const { after } = useCursorPage();
  const { values, setFilter } = useUrlFilters([queryParams.search, queryParams.type, queryParams.province, queryParams.active]);
  const search = useDebouncedValue(values.cari.trim());
  const [adding, setAdding] = useState(false);
  const filter = {
    ...(search ? { search } : {}),
    ...(values.jenis ? { type: values.jenis as InstitutionType } : {}),
    ...(values.provinsi ? { provinceCode: values.provinsi } : {}),
    ...(values.aktif ? { active: values.aktif === activeValues.active } : {}),
  };
  const query = useQuery(RegistryInstitutionsDocument, { variables: { filter, first: PAGE_SIZE, after } });
  const connection = query.data?.institutions;
  const manages = viewer?.role === 'ADMIN' || viewer?.role === 'REGIONAL_STAFF';

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      {manages ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setAdding(true)}>
            {t('add')}
          </button>
          {viewer?.role === 'ADMIN' ? (
            <Link className="button button--secondary" to={paths.registryImport}>
              {t('import')}
            </Link>
          ) : null}
        </div>
      ) : null}
      <form className="filters" role="search" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label className="field__label" htmlFor="registry-search">
            {t('search')}
          </label>
          <input id="registry-search" type="search" value={values.cari} onChange={(event) => setFilter(queryParams.search, event.target.value)} />
        </div>
        <FilterSelect id="registry-type" label={t('type')} value={values.jenis} onChange={(value) => setFilter(queryParams.type, value)} allLabel={t('all')}>
          {institutionTypes.map((type) => (
            <option key={type} value={type}>
              {tType(type)}
            </option>
          ))}
        </FilterSelect>
        <ProvinceFilter id="registry-province" label={t('province')} allLabel={t('all')} value={values.provinsi} onChange={(code) => setFilter(queryParams.province, code)} />
        <FilterSelect id="registry-status" label={t('status')} value={values.aktif} onChange={(value) => setFilter(queryParams.active, value)} allLabel={t('all')}>
          <option value={activeValues.active}>{t('active')}</option>
          <option value={activeValues.inactive}>{t('inactive')}</option>
        </FilterSelect>
      </form>
      <PagedTable
        connection={connection}
        query={query}
        caption={t('caption')}
        empty={t('empty')}
        pageSize={PAGE_SIZE}
        columns={[t('name'), t('code'), t('type'), t('province'), { label: t('units'), numeric: true }, t('status')]}
        row={(institution) => (
          <tr key={institution.id}>
            <th scope="row">
              <Link to={paths.institution(institution.id)}>{institution.name}</Link>
            </th>
            <td>{institution.code ?? t('none')}</td>
            <td>{tType(institution.type)}</td>
            <td>{institution.province?.name ?? t('none')}</td>
            <td className="numeric">{t.formatNumber(institution.unitCount)}</td>
            <td>
              <span className={`tag ${institution.active ? 'tag--active' : 'tag--inactive'}`}>{institution.active ? t('active') : t('inactive')}</span>
            </td>
          </tr>
        )}
      />
      {adding ? (
        <InstitutionFormDialog
          onCancel={() => setAdding(false)}
          onDone={(institution) => {
            setAdding(false);
            void navigate(paths.institution(institution.id));
          }}
        />
      ) : null}
    </>
  );
}
