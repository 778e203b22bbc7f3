import { useQuery } from '@apollo/client/react';
import { AdminActorOptionsDocument, AdminAuditActorNameDocument, AdminAuditEventsDocument, AdminAuditInstitutionNameDocument, CyclesDocument } from '@patuh/graphql';
import { defineMessages, LoadingState, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { useState } from 'react';
import { Combobox, type ComboboxOption } from '../../components/Combobox';
import { formatDateTime } from '../../components/format';
import { InstitutionPicker } from '../../components/InstitutionPicker';
import { PagedTable } from '../../components/PagedTable';
import { useCursorPage } from '../../components/Pagination';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { useUrlFilters } from '../registry/listFilters';
import { AuditDiff } from './AuditDiff';

const PAGE_SIZE = 25;
/** The filters in the address, so a view of the log can be shared. */
const filterParams = { cycle: 'siklus', institution: 'instansi', actor: 'pelaku', action: 'tindakan' } as const;
/** Action families the platform records, offered as suggestions (a prefix ends with a dot). */
const actionPrefixes = ['cycle.', 'methodology.', 'sampling.', 'assignment.', 'assessment.', 'evidence.', 'clarification.', 'feedback.', 'user.', 'institution.', 'unit.', 'results.'];

const messages = defineMessages(
  {
    documentTitle: 'Jejak audit — Patuh Admin',
    heading: 'Jejak audit',
    intro: 'Setiap perubahan di platform, yang terbaru dahulu, dengan keadaan sebelum dan sesudahnya. Jejak ini tidak dapat diubah.',
    filters: 'Saring jejak audit',
    cycle: 'Siklus',
    allCycles: 'Semua siklus',
    institution: 'Instansi',
    actor: 'Pelaku',
    actorHint: 'Ketik sebagian nama atau e-mel.',
    action: 'Tindakan',
    actionHint: 'Satu tindakan (cycle.stage) atau awalan yang diakhiri titik (cycle.).',
    caption: 'Peristiwa audit, yang terbaru dahulu',
    at: 'Waktu',
    who: 'Pelaku',
    what: 'Tindakan',
    object: 'Objek',
    changes: 'Sebelum dan sesudah',
    system: 'Sistem',
    cycleYear: 'siklus {year}',
    empty: 'Tidak ada peristiwa yang cocok dengan saringan ini.',
    none: '—',
  },
  {
    documentTitle: 'Audit log — Patuh Admin',
    heading: 'Audit log',
    intro: 'Every change on the platform, the latest first, with the state before and after. The log cannot be altered.',
    filters: 'Filter the audit log',
    cycle: 'Cycle',
    allCycles: 'All cycles',
    institution: 'Institution',
    actor: 'Actor',
    actorHint: 'Type part of a name or e-mail.',
    action: 'Action',
    actionHint: 'One action (cycle.stage) or a prefix ending in a dot (cycle.).',
    caption: 'Audit events, the latest first',
    at: 'Time',
    who: 'Actor',
    what: 'Action',
    object: 'Object',
    changes: 'Before and after',
    system: 'System',
    cycleYear: 'cycle {year}',
    empty: 'No event matches these filters.',
    none: '—',
  },
);

export function AuditLogPage() {
  const t = useT(messages);
  const { locale } = useLocale();
  useDocumentTitle(t('documentTitle'));
  const { after } = useCursorPage();
  const { values, setFilter } = useUrlFilters(Object.values(filterParams));
  const { [filterParams.cycle]: cycleId, [filterParams.institution]: institutionId, [filterParams.actor]: actorId, [filterParams.action]: action } = values;
  const settledAction = useDebouncedValue(action.trim());
  const cycles = useQuery(CyclesDocument);

  const filter = {
    ...(cycleId ? { cycleId } : {}),
    ...(institutionId ? { institutionId } : {}),
    ...(actorId ? { actorId } : {}),
    ...(settledAction ? { action: settledAction } : {}),
  };
  const events = useQuery(AdminAuditEventsDocument, { variables: { filter, first: PAGE_SIZE, after }, fetchPolicy: 'cache-and-network' });
  // While other filters load, the list shown so far stays (marked as loading) rather than blinking away.
  const connection = (events.data ?? events.previousData)?.auditEvents;
  const refreshing = events.loading && connection !== undefined;
  const yearOf = new Map((cycles.data?.cycles ?? []).map((cycle) => [cycle.id, cycle.year]));

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <form className="filters" role="search" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label className="field__label" htmlFor="audit-cycle">
            {t('cycle')}
          </label>
          <select id="audit-cycle" value={cycleId} onChange={(event) => setFilter(filterParams.cycle, event.target.value)}>
            <option value="">{t('allCycles')}</option>
            {(cycles.data?.cycles ?? []).map((cycle) => (
              <option key={cycle.id} value={cycle.id}>
                {cycle.year} — {cycle.title}
              </option>
            ))}
          </select>
        </div>
        <InstitutionFilter id={institutionId} onChange={(value) => setFilter(filterParams.institution, value)} />
        <ActorFilter id={actorId} onChange={(value) => setFilter(filterParams.actor, value)} />
        <div className="field">
          <label className="field__label" htmlFor="audit-action">
            {t('action')}
          </label>
          <p className="field__hint" id="audit-action-hint">
            {t('actionHint')}
          </p>
          <input
            id="audit-action"
            type="text"
            list="audit-action-prefixes"
            spellCheck={false}
            aria-describedby="audit-action-hint"
            value={action}
            onChange={(event) => setFilter(filterParams.action, event.target.value)}
          />
          <datalist id="audit-action-prefixes">
            {actionPrefixes.map((prefix) => (
              <option key={prefix} value={prefix} />
            ))}
          </datalist>
        </div>
      </form>

      {refreshing ? <LoadingState /> : null}
      <PagedTable
        connection={connection}
        query={events}
        caption={t('caption')}
        empty={t('empty')}
        className="audit-table"
        pageSize={PAGE_SIZE}
        columns={[t('at'), t('who'), t('what'), t('object'), t('changes')]}
        row={(event) => {
          const year = event.cycleId ? yearOf.get(event.cycleId) : undefined;
          return (
            <tr key={event.id}>
              <td>{formatDateTime(event.at, locale)}</td>
              <td>{event.actor ? event.actor.name : <span className="muted">{t('system')}</span>}</td>
              <th scope="row">
                <code>{event.action}</code>
              </th>
              <td>
                {event.entityType} <code className="audit-table__id">{event.entityId.slice(0, 8)}</code>
                {year !== undefined ? <span className="muted"> · {t('cycleYear', { year })}</span> : null}
              </td>
              <td>
                {event.before === null && event.after === null ? (
                  t('none')
                ) : (
                  <AuditDiff before={event.before} after={event.after} context={`${event.action}, ${formatDateTime(event.at, locale)}`} />
                )}
              </td>
            </tr>
          );
        }}
      />
    </>
  );
}

/** The institution filter: the address holds the id, the field shows the body's name. */
function InstitutionFilter({ id, onChange }: { id: string; onChange: (id: string) => void }) {
  const t = useT(messages);
  const { data } = useQuery(AdminAuditInstitutionNameDocument, { variables: { id }, skip: !id });
  const [picked, setPicked] = useState<ComboboxOption | null>(null);
  const value = id ? (picked?.id === id ? picked : data ? { id, label: data.institution.name } : { id, label: id }) : null;
  return (
    <InstitutionPicker
      label={t('institution')}
      value={value}
      onChange={(option) => {
        setPicked(option);
        onChange(option?.id ?? '');
      }}
    />
  );
}

/** The actor filter: people searched by name or e-mail; the address holds the id. */
function ActorFilter({ id, onChange }: { id: string; onChange: (id: string) => void }) {
  const t = useT(messages);
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim());
  const named = useQuery(AdminAuditActorNameDocument, { variables: { id }, skip: !id });
  const options = useQuery(AdminActorOptionsDocument, { variables: { search: settled, first: 10 }, skip: settled === '' });
  const [picked, setPicked] = useState<ComboboxOption | null>(null);
  const value = id ? (picked?.id === id ? picked : named.data ? { id, label: named.data.user.name } : { id, label: id }) : null;
  return (
    <Combobox
      label={t('actor')}
      hint={t('actorHint')}
      value={value}
      onChange={(option) => {
        setPicked(option);
        onChange(option?.id ?? '');
      }}
      options={settled === '' ? [] : (options.data?.users.nodes ?? []).map((user) => ({ id: user.id, label: user.name, detail: user.email }))}
      loading={options.loading || search.trim() !== settled}
      onSearch={setSearch}
    />
  );
}
