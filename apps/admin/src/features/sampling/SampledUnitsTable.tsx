import { useMutation, useQuery } from '@apollo/client/react';
import {
  AssignableStaffDocument,
  AssignStaffDocument,
  SampledUnitsDocument,
  UnassignStaffDocument,
  UnsampleUnitDocument,
  type AssessmentStatus,
  type AssignableStaffQuery,
  type AssignmentRole,
  type SampledUnitsQuery,
} from '@patuh/graphql';
import { ConfirmDialog, defineMessages, useT } from '@patuh/ui';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiErrorMessage } from '../../components/ApiErrorMessage';
import { PagedTable } from '../../components/PagedTable';
import { useCursorPage } from '../../components/Pagination';
import { paths, queryParams } from '../../routes/paths';
import { assessmentStatuses, assessmentStatusMessages } from '../assessments/status';
import { FilterSelect, InstitutionFilter, ProvinceFilter, useProvinces, useUrlFilters } from '../registry/listFilters';
import { unitKindMessages } from '../registry/labels';
import { roleMessages } from '../session/roles';
import './sampling.css';

type Row = SampledUnitsQuery['sampledUnits']['nodes'][number];

const PAGE_SIZE = 100;

const messages = defineMessages(
  {
    heading: 'Unit sampel dan penugasan',
    filters: 'Saring unit sampel',
    province: 'Provinsi',
    institution: 'Instansi',
    status: 'Status penilaian',
    assignee: 'Petugas',
    all: 'Semua',
    caption: 'Unit sampel siklus ini',
    selectPage: 'Pilih semua unit di halaman ini',
    select: 'Pilih {unit}',
    unit: 'Unit layanan',
    assessors: 'Penilai',
    verifiers: 'Verifikator',
    actions: 'Tindakan',
    none: '—',
    noAssessment: 'tanpa penilaian',
    unsample: 'Keluarkan',
    empty: 'Tidak ada unit sampel yang cocok dengan saringan ini.',
    bulk: 'Penugasan untuk {count} unit terpilih',
    role: 'Peran',
    ASSESSOR: 'Penilai',
    VERIFIER: 'Verifikator',
    staff: 'Staf',
    chooseStaff: '— pilih staf —',
    assign: 'Tugaskan',
    unassign: 'Cabut penugasan',
    chooseFirst: 'Pilih staf dan setidaknya satu unit.',
    assigned: '{name} ditugaskan sebagai {role} pada {count} unit.',
    unassigned: 'Penugasan {name} sebagai {role} dicabut dari {count} unit.',
    unassignTitle: 'Cabut penugasan {name} dari {count} unit?',
    unassignBody: '{name} tidak lagi ditugaskan sebagai {role} pada unit terpilih. Jawaban yang sudah diisi tidak berubah.',
    confirmUnassign: 'Ya, cabut',
    unsampleTitle: 'Keluarkan {unit} dari sampel?',
    unsampleBody: '{unit} ({institution}) dikeluarkan dari siklus ini bersama penilaian dan penugasannya; jawaban yang sudah diisi ikut terhapus.',
    confirmUnsample: 'Ya, keluarkan',
    removed: '{unit} dikeluarkan dari sampel.',
  },
  {
    heading: 'Sampled units and assignments',
    filters: 'Filter sampled units',
    province: 'Province',
    institution: 'Institution',
    status: 'Assessment status',
    assignee: 'Staff member',
    all: 'All',
    caption: 'Sampled units of this cycle',
    selectPage: 'Select every unit on this page',
    select: 'Select {unit}',
    unit: 'Service unit',
    assessors: 'Assessors',
    verifiers: 'Verifiers',
    actions: 'Actions',
    none: '—',
    noAssessment: 'no assessment',
    unsample: 'Take out',
    empty: 'No sampled unit matches these filters.',
    bulk: 'Assignment for {count} selected unit(s)',
    role: 'Role',
    ASSESSOR: 'Assessor',
    VERIFIER: 'Verifier',
    staff: 'Staff member',
    chooseStaff: '— choose a staff member —',
    assign: 'Assign',
    unassign: 'Remove the assignment',
    chooseFirst: 'Choose a staff member and at least one unit.',
    assigned: '{name} is assigned as {role} to {count} unit(s).',
    unassigned: "{name}'s assignment as {role} is removed from {count} unit(s).",
    unassignTitle: "Remove {name}'s assignment from {count} unit(s)?",
    unassignBody: '{name} is no longer assigned as {role} to the selected units. Answers already entered do not change.',
    confirmUnassign: 'Yes, remove it',
    unsampleTitle: 'Take {unit} out of the sample?',
    unsampleBody: '{unit} ({institution}) leaves this cycle with its assessment and assignments; answers already entered are deleted with it.',
    confirmUnsample: 'Yes, take it out',
    removed: '{unit} is taken out of the sample.',
  },
);

export interface SampledUnitsTableProps {
  cycleId: string;
  /** Whether staff may be assigned (admins and regional offices; never after publication). */
  canAssign: boolean;
  /** Whether units may leave the sample (planning stages, admins and regional offices). */
  canUnsample: boolean;
}

/** The sampled units, filtered in the address, with bulk selection to assign staff by province, body or status. */
export function SampledUnitsTable({ cycleId, canAssign, canUnsample }: SampledUnitsTableProps) {
  const t = useT(messages);
  const tStatus = useT(assessmentStatusMessages);
  const tKind = useT(unitKindMessages);
  const { after } = useCursorPage();
  const { nameOf } = useProvinces();
  const { values, setFilter } = useUrlFilters([queryParams.province, queryParams.institution, queryParams.status, queryParams.assignee]);
  const filter = {
    ...(values.provinsi ? { provinceCode: values.provinsi } : {}),
    ...(values.instansi ? { institutionId: values.instansi } : {}),
    ...(values.status ? { status: values.status as AssessmentStatus } : {}),
    ...(values.petugas ? { assignedTo: values.petugas } : {}),
  };
  const query = useQuery(SampledUnitsDocument, { variables: { cycleId, filter, first: PAGE_SIZE, after } });
  const staff = useQuery(AssignableStaffDocument, { variables: { filter: {} } });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [unsampling, setUnsampling] = useState<Row | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rows = query.data?.sampledUnits.nodes ?? [];
  const pageKey = JSON.stringify([filter, after]);
  // A new page or filter starts with nothing selected.
  useEffect(() => setSelected(new Set()), [pageKey]);

  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.unit.id));
  const toggle = (unitId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(unitId);
      else next.delete(unitId);
      return next;
    });
  const names = (row: Row, role: AssignmentRole) =>
    row.assignees
      .filter((assignment) => assignment.role === role)
      .map((assignment) => assignment.user.name)
      .join(', ') || t('none');
  const connection = query.data?.sampledUnits;

  return (
    <section className="page-section" aria-labelledby="sampled-heading">
      <h2 id="sampled-heading">{t('heading')}</h2>
      <form className="filters" role="search" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
        <ProvinceFilter id="sampled-province" label={t('province')} allLabel={t('all')} value={values.provinsi} onChange={(code) => setFilter(queryParams.province, code)} />
        <InstitutionFilter label={t('institution')} id={values.instansi} onChange={(id) => setFilter(queryParams.institution, id)} />
        <FilterSelect id="sampled-status" label={t('status')} value={values.status} onChange={(value) => setFilter(queryParams.status, value)} allLabel={t('all')}>
          {assessmentStatuses.map((status) => (
            <option key={status} value={status}>
              {tStatus(status)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="sampled-assignee" label={t('assignee')} value={values.petugas} onChange={(value) => setFilter(queryParams.assignee, value)} allLabel={t('all')}>
          {(staff.data?.staff ?? []).map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </FilterSelect>
      </form>
      <div aria-live="polite">
        {notice ? (
          <div className="notice notice--success">
            <p>{notice}</p>
          </div>
        ) : null}
      </div>
      {canAssign ? (
        <AssignmentBar
          cycleId={cycleId}
          unitIds={[...selected]}
          provinceCode={values.provinsi || null}
          staff={staff.data?.staff ?? []}
          onDone={(text) => {
            setNotice(text);
            setSelected(new Set());
          }}
        />
      ) : null}
      <PagedTable
        connection={connection}
        query={query}
        caption={t('caption')}
        empty={t('empty')}
        className="sampled-table"
        pageSize={PAGE_SIZE}
        columns={[
          canAssign && {
            label: (
              <input
                type="checkbox"
                aria-label={t('selectPage')}
                checked={allSelected}
                onChange={(event) => setSelected(event.target.checked ? new Set(rows.map((row) => row.unit.id)) : new Set())}
              />
            ),
          },
          t('unit'),
          t('institution'),
          t('province'),
          t('status'),
          t('assessors'),
          t('verifiers'),
          canUnsample && t('actions'),
        ]}
        row={(row) => (
          <tr key={row.id} className={selected.has(row.unit.id) ? 'row--selected' : undefined}>
            {canAssign ? (
              <td>
                <input type="checkbox" aria-label={t('select', { unit: `${row.unit.name}, ${row.institution.name}` })} checked={selected.has(row.unit.id)} onChange={(event) => toggle(row.unit.id, event.target.checked)} />
              </td>
            ) : null}
            <th scope="row">
              {row.assessmentId ? <Link to={paths.cycleAssessment(cycleId, row.assessmentId)}>{row.unit.name}</Link> : row.unit.name}
              <span className="muted sampled-table__kind">{tKind(row.unit.kind)}</span>
            </th>
            <td>{row.institution.name}</td>
            <td>{nameOf(row.institution.provinceCode) ?? t('none')}</td>
            <td>{row.assessmentStatus ? tStatus(row.assessmentStatus) : <span className="muted">{t('noAssessment')}</span>}</td>
            <td>{names(row, 'ASSESSOR')}</td>
            <td>{names(row, 'VERIFIER')}</td>
            {canUnsample ? (
              <td>
                <button type="button" className="button button--secondary button--small" onClick={() => setUnsampling(row)}>
                  {t('unsample')}
                  <span className="visually-hidden"> — {row.unit.name}</span>
                </button>
              </td>
            ) : null}
          </tr>
        )}
      />
      {unsampling ? (
        <UnsampleDialog
          cycleId={cycleId}
          row={unsampling}
          onCancel={() => setUnsampling(null)}
          onDone={() => {
            setNotice(t('removed', { unit: unsampling.unit.name }));
            setUnsampling(null);
          }}
        />
      ) : null}
    </section>
  );
}

type StaffMember = AssignableStaffQuery['staff'][number];

function AssignmentBar({
  cycleId,
  unitIds,
  provinceCode,
  staff,
  onDone,
}: {
  cycleId: string;
  unitIds: string[];
  provinceCode: string | null;
  staff: readonly StaffMember[];
  onDone: (notice: string) => void;
}) {
  const t = useT(messages);
  const tRole = useT(roleMessages);
  const { nameOf } = useProvinces();
  const [role, setRole] = useState<AssignmentRole>('ASSESSOR');
  const [userId, setUserId] = useState('');
  const [prompt, setPrompt] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [assign, assigning] = useMutation(AssignStaffDocument);
  const [unassign, unassigning] = useMutation(UnassignStaffDocument);
  const member = staff.find((person) => person.id === userId);
  // Staff of the province being filtered come first: a regional office assigns its own people.
  const ordered = [...staff].sort((a, b) => Number(b.provinceCode === provinceCode) - Number(a.provinceCode === provinceCode) || a.name.localeCompare(b.name));
  const busy = assigning.loading || unassigning.loading;
  const ready = () => {
    if (!member || unitIds.length === 0) {
      setPrompt(t('chooseFirst'));
      return false;
    }
    setPrompt(null);
    return true;
  };

  return (
    <fieldset className="fieldset assignment-bar">
      <legend>{t('bulk', { count: unitIds.length })}</legend>
      <div className="field-row">
        <div className="field">
          <label className="field__label" htmlFor="assign-role">
            {t('role')}
          </label>
          <select id="assign-role" value={role} onChange={(event) => setRole(event.target.value as AssignmentRole)}>
            <option value="ASSESSOR">{t('ASSESSOR')}</option>
            <option value="VERIFIER">{t('VERIFIER')}</option>
          </select>
        </div>
        <div className="field field--grow">
          <label className="field__label" htmlFor="assign-staff">
            {t('staff')}
          </label>
          <select id="assign-staff" value={userId} onChange={(event) => setUserId(event.target.value)}>
            <option value="">{t('chooseStaff')}</option>
            {ordered.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name} — {tRole(person.role)}
                {person.provinceCode ? ` · ${nameOf(person.provinceCode)}` : ''}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => {
            if (!ready() || !member) return;
            void assign({ variables: { cycleId, unitIds, userId: member.id, role } })
              .then(() => onDone(t('assigned', { name: member.name, role: t(role), count: unitIds.length })))
              .catch(() => undefined);
          }}
        >
          {t('assign')}
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={() => ready() && setConfirming(true)}>
          {t('unassign')}
        </button>
      </div>
      <div aria-live="polite">{prompt ? <p className="field__error">{prompt}</p> : null}</div>
      {assigning.error ? <ApiErrorMessage error={assigning.error} /> : null}
      {confirming && member ? (
        <ConfirmDialog
          title={t('unassignTitle', { name: member.name, count: unitIds.length })}
          confirmLabel={t('confirmUnassign')}
          tone="danger"
          busy={unassigning.loading}
          error={unassigning.error ? <ApiErrorMessage error={unassigning.error} /> : null}
          onCancel={() => setConfirming(false)}
          onConfirm={() =>
            void unassign({ variables: { cycleId, unitIds, userId: member.id, role } })
              .then(() => {
                setConfirming(false);
                onDone(t('unassigned', { name: member.name, role: t(role), count: unitIds.length }));
              })
              .catch(() => undefined)
          }
        >
          <p>{t('unassignBody', { name: member.name, role: t(role) })}</p>
        </ConfirmDialog>
      ) : null}
    </fieldset>
  );
}

function UnsampleDialog({ cycleId, row, onCancel, onDone }: { cycleId: string; row: Row; onCancel: () => void; onDone: () => void }) {
  const t = useT(messages);
  const [unsample, { loading, error }] = useMutation(UnsampleUnitDocument, { refetchQueries: ['SampledUnits', 'CycleProgressByProvince'] });
  return (
    <ConfirmDialog
      title={t('unsampleTitle', { unit: row.unit.name })}
      confirmLabel={t('confirmUnsample')}
      tone="danger"
      busy={loading}
      error={error ? <ApiErrorMessage error={error} /> : null}
      onCancel={onCancel}
      onConfirm={() =>
        void unsample({ variables: { cycleId, unitId: row.unit.id } })
          .then(onDone)
          .catch(() => undefined)
      }
    >
      <p>{t('unsampleBody', { unit: row.unit.name, institution: row.institution.name })}</p>
    </ConfirmDialog>
  );
}
