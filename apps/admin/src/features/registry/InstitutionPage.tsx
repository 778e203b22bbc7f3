import { useMutation, useQuery } from '@apollo/client/react';
import { CyclesDocument, RegistryInstitutionDocument, SetInstitutionActiveDocument, SetUnitActiveDocument, type RegistryUnitFieldsFragment } from '@patuh/graphql';
import { ConfirmDialog, defineMessages, EmptyState, ErrorState, LoadingState, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { readApiError, type ApiError } from '../../api/errors';
import { useApiErrorText } from '../../components/ApiErrorMessage';
import { formatDateTime } from '../../components/format';
import { TableScroll } from '../../components/TableScroll';
import { paths } from '../../routes/paths';
import { useViewer } from '../session/useViewer';
import { InstitutionFormDialog } from './InstitutionFormDialog';
import { institutionTypeMessages, unitKindMessages } from './labels';
import { ServiceProducts } from './ServiceProducts';
import { UnitFormDialog } from './UnitFormDialog';
import './registry.css';

const messages = defineMessages(
  {
    documentTitle: '{name} — Registri — Patuh Admin',
    back: 'Kembali ke registri',
    code: 'Kode resmi',
    type: 'Jenis',
    province: 'Provinsi',
    status: 'Status',
    updated: 'Terakhir diubah',
    none: '—',
    active: 'Aktif',
    inactive: 'Nonaktif',
    edit: 'Ubah instansi',
    deactivate: 'Nonaktifkan instansi',
    activate: 'Aktifkan kembali instansi',
    units: 'Unit layanan',
    addUnit: 'Tambah unit layanan',
    unitsCaption: 'Unit layanan {name}',
    unitName: 'Nama unit',
    unitKind: 'Jenis',
    actions: 'Tindakan',
    editUnit: 'Ubah',
    deactivateUnit: 'Nonaktifkan',
    activateUnit: 'Aktifkan kembali',
    noUnits: 'Instansi ini belum memiliki unit layanan.',
    rapor: 'Rapor',
    raporIntro: 'Poin perbaikan instansi ini per siklus:',
    deactivateTitle: 'Nonaktifkan {name}?',
    deactivateBody: '{name} tidak lagi muncul bagi publik dan tidak dapat dijadikan sampel. Data dan riwayat penilaiannya tetap tersimpan, dan dapat diaktifkan kembali. Tidak mungkin selama masih menjadi sampel siklus yang belum dipublikasikan.',
    activateTitle: 'Aktifkan kembali {name}?',
    activateBody: '{name} kembali muncul di registri dan dapat dijadikan sampel.',
    confirmDeactivate: 'Ya, nonaktifkan',
    confirmActivate: 'Ya, aktifkan',
    saved: 'Perubahan disimpan.',
    notFound: 'Instansi tidak ditemukan.',
  },
  {
    documentTitle: '{name} — Registry — Patuh Admin',
    back: 'Back to the registry',
    code: 'Official code',
    type: 'Type',
    province: 'Province',
    status: 'Status',
    updated: 'Last changed',
    none: '—',
    active: 'Active',
    inactive: 'Deactivated',
    edit: 'Edit the institution',
    deactivate: 'Deactivate the institution',
    activate: 'Reactivate the institution',
    units: 'Service units',
    addUnit: 'Add a service unit',
    unitsCaption: 'Service units of {name}',
    unitName: 'Unit name',
    unitKind: 'Kind',
    actions: 'Actions',
    editUnit: 'Edit',
    deactivateUnit: 'Deactivate',
    activateUnit: 'Reactivate',
    noUnits: 'This institution has no service unit yet.',
    rapor: 'Report cards',
    raporIntro: "This institution's improvement points by cycle:",
    deactivateTitle: 'Deactivate {name}?',
    deactivateBody: '{name} no longer shows to the public and cannot be sampled. Its data and assessment history are kept, and it can be reactivated. Not possible while it is sampled in a cycle not yet published.',
    activateTitle: 'Reactivate {name}?',
    activateBody: '{name} shows in the registry again and can be sampled.',
    confirmDeactivate: 'Yes, deactivate',
    confirmActivate: 'Yes, reactivate',
    saved: 'The changes are saved.',
    notFound: 'Institution not found.',
  },
);

type Pending =
  | { kind: 'edit' }
  | { kind: 'active'; active: boolean }
  | { kind: 'addUnit' }
  | { kind: 'editUnit'; unit: RegistryUnitFieldsFragment }
  | { kind: 'unitActive'; unit: RegistryUnitFieldsFragment; active: boolean };

/** One body of the registry: its details, its units and their service products, and changing them. */
export function InstitutionPage() {
  const t = useT(messages);
  const tType = useT(institutionTypeMessages);
  const tKind = useT(unitKindMessages);
  const { locale } = useLocale();
  const { institutionId = '' } = useParams();
  const { viewer } = useViewer();
  const query = useQuery(RegistryInstitutionDocument, { variables: { id: institutionId } });
  const cycles = useQuery(CyclesDocument);
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const institution = query.data?.institution;
  useDocumentTitle(t('documentTitle', { name: institution?.name ?? '' }));

  if (!institution) {
    if (query.loading) return <LoadingState />;
    const code = query.error ? readApiError(query.error).code : null;
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <p>{t('notFound')}</p>;
    return <ErrorState onRetry={() => void query.refetch().catch(() => undefined)} />;
  }
  const manages = viewer?.role === 'ADMIN' || (viewer?.role === 'REGIONAL_STAFF' && viewer.province?.code === institution.provinceCode);
  const done = () => {
    setPending(null);
    setNotice(t('saved'));
  };

  return (
    <>
      <p>
        <Link to={paths.registry}>{t('back')}</Link>
      </p>
      <h1>{institution.name}</h1>
      <dl className="detail-list">
        <div>
          <dt>{t('code')}</dt>
          <dd>{institution.code ?? t('none')}</dd>
        </div>
        <div>
          <dt>{t('type')}</dt>
          <dd>{tType(institution.type)}</dd>
        </div>
        <div>
          <dt>{t('province')}</dt>
          <dd>{institution.province?.name ?? t('none')}</dd>
        </div>
        <div>
          <dt>{t('status')}</dt>
          <dd>
            <span className={`tag ${institution.active ? 'tag--active' : 'tag--inactive'}`}>{institution.active ? t('active') : t('inactive')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('updated')}</dt>
          <dd>{formatDateTime(institution.updatedAt, locale)}</dd>
        </div>
      </dl>
      <div aria-live="polite">
        {notice ? (
          <div className="notice notice--success">
            <p>{notice}</p>
          </div>
        ) : null}
      </div>
      {manages ? (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setPending({ kind: 'edit' })}>
            {t('edit')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setPending({ kind: 'active', active: !institution.active })}>
            {institution.active ? t('deactivate') : t('activate')}
          </button>
        </div>
      ) : null}

      <section className="page-section" aria-labelledby="units-heading">
        <h2 id="units-heading">{t('units')}</h2>
        {manages ? (
          <div className="button-row">
            <button type="button" className="button button--secondary" onClick={() => setPending({ kind: 'addUnit' })}>
              {t('addUnit')}
            </button>
          </div>
        ) : null}
        {institution.units.length === 0 ? (
          <EmptyState>
            <p>{t('noUnits')}</p>
          </EmptyState>
        ) : (
          <TableScroll label={t('unitsCaption', { name: institution.name })}>
            <table className="data-table">
              <caption>{t('unitsCaption', { name: institution.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('unitName')}</th>
                  <th scope="col">{t('unitKind')}</th>
                  <th scope="col">{t('status')}</th>
                  {manages ? <th scope="col">{t('actions')}</th> : null}
                </tr>
              </thead>
              <tbody>
                {institution.units.map((unit) => (
                  <tr key={unit.id}>
                    <th scope="row">{unit.name}</th>
                    <td>{tKind(unit.kind)}</td>
                    <td>
                      <span className={`tag ${unit.active ? 'tag--active' : 'tag--inactive'}`}>{unit.active ? t('active') : t('inactive')}</span>
                    </td>
                    {manages ? (
                      <td>
                        <div className="action-list">
                          <button type="button" className="button button--secondary button--small" onClick={() => setPending({ kind: 'editUnit', unit })}>
                            {t('editUnit')}
                            <span className="visually-hidden"> — {unit.name}</span>
                          </button>
                          <button type="button" className="button button--secondary button--small" onClick={() => setPending({ kind: 'unitActive', unit, active: !unit.active })}>
                            {unit.active ? t('deactivateUnit') : t('activateUnit')}
                            <span className="visually-hidden"> — {unit.name}</span>
                          </button>
                        </div>
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>

      <ServiceProducts units={institution.units} manages={manages} />

      {cycles.data && cycles.data.cycles.length > 0 ? (
        <section className="page-section" aria-labelledby="rapor-heading">
          <h2 id="rapor-heading">{t('rapor')}</h2>
          <p>{t('raporIntro')}</p>
          <ul>
            {cycles.data.cycles.map((cycle) => (
              <li key={cycle.id}>
                <Link to={paths.cycleFeedback(cycle.id, institution.id)}>{cycle.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {pending?.kind === 'edit' ? <InstitutionFormDialog institution={institution} onCancel={() => setPending(null)} onDone={done} /> : null}
      {pending?.kind === 'addUnit' || pending?.kind === 'editUnit' ? (
        <UnitFormDialog institution={institution} unit={pending.kind === 'editUnit' ? pending.unit : undefined} onCancel={() => setPending(null)} onDone={done} />
      ) : null}
      {pending?.kind === 'active' ? (
        <ActiveDialog target={{ kind: 'institution', id: institution.id, name: institution.name }} active={pending.active} onCancel={() => setPending(null)} onDone={done} />
      ) : null}
      {pending?.kind === 'unitActive' ? (
        <ActiveDialog target={{ kind: 'unit', id: pending.unit.id, name: pending.unit.name }} active={pending.active} onCancel={() => setPending(null)} onDone={done} />
      ) : null}
    </>
  );
}

/** Deactivating or reactivating a body or a unit, with the API's reasons when it refuses. */
function ActiveDialog({
  target,
  active,
  onCancel,
  onDone,
}: {
  target: { kind: 'institution' | 'unit'; id: string; name: string };
  active: boolean;
  onCancel: () => void;
  onDone: () => void;
}) {
  const t = useT(messages);
  const { locale } = useLocale();
  const errorText = useApiErrorText();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [setInstitutionActive, institutionState] = useMutation(SetInstitutionActiveDocument);
  const [setUnitActive, unitState] = useMutation(SetUnitActiveDocument);
  const busy = institutionState.loading || unitState.loading;
  const name = target.name;

  const confirm = async () => {
    setFailure(null);
    try {
      if (target.kind === 'institution') await setInstitutionActive({ variables: { id: target.id, active } });
      else await setUnitActive({ variables: { id: target.id, active } });
      onDone();
    } catch (error) {
      setFailure(readApiError(error));
    }
  };

  return (
    <ConfirmDialog
      title={t(active ? 'activateTitle' : 'deactivateTitle', { name })}
      confirmLabel={t(active ? 'confirmActivate' : 'confirmDeactivate')}
      tone={active ? 'default' : 'danger'}
      busy={busy}
      onCancel={onCancel}
      onConfirm={() => void confirm()}
      error={
        failure ? (
          <div className="notice notice--error" role="alert">
            <p>{errorText(failure)}</p>
            {failure.reasons.length > 0 ? (
              <ul>
                {failure.reasons.map((reason) => (
                  <li key={reason.en}>{reason[locale]}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null
      }
    >
      <p>{t(active ? 'activateBody' : 'deactivateBody', { name })}</p>
    </ConfirmDialog>
  );
}
