import { useMutation, useQuery } from '@apollo/client/react';
import {
  AdminAssessmentFindingsDocument,
  AdminAuditInstitutionNameDocument,
  CreateFeedbackDocument,
  DeleteFeedbackDocument,
  InstitutionFeedbackDocument,
  UpdateFeedbackDocument,
  type FeedbackFieldsFragment,
} from '@patuh/graphql';
import { ConfirmDialog, defineMessages, EmptyState, ErrorState, LoadingState, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { readApiError, type ApiError } from '../../api/errors';
import { ApiErrorMessage, useApiErrorText } from '../../components/ApiErrorMessage';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../components/format';
import { cycleSegments, paths, queryParams } from '../../routes/paths';
import { useScoringMethod, type ScoringMethod } from '../assessments/method';
import { useCycleId } from '../cycles/CycleLayout';
import { IndicatorFindings } from './IndicatorFindings';
import { priorities, priorityKey, priorityMessages } from './priority';
import './feedback.css';

type Point = FeedbackFieldsFragment;
type Scope = 'institution' | 'unit' | 'indicator';

const messages = defineMessages(
  {
    documentTitle: 'Rapor {name} — Patuh Admin',
    heading: 'Rapor {name}',
    back: 'Pilih instansi lain',
    registry: 'Buka di registri',
    points: 'Poin perbaikan',
    pointsCaption: 'Poin perbaikan, yang paling mendesak lebih dahulu',
    none: 'Belum ada poin perbaikan untuk instansi ini pada siklus ini.',
    whole: 'Seluruh instansi',
    published: 'Terbit {time}',
    notPublished: 'Belum terlihat oleh instansi',
    edit: 'Ubah',
    delete: 'Hapus',
    newPoint: 'Poin perbaikan baru',
    editPoint: 'Ubah poin perbaikan',
    scope: 'Tentang',
    scopeInstitution: 'Seluruh instansi',
    scopeUnit: 'Satu unit layanan',
    scopeIndicator: 'Satu indikator',
    scopeFixed: 'Cakupan poin tidak dapat diubah; hapus dan buat baru untuk cakupan lain.',
    unit: 'Unit layanan',
    allUnits: 'Semua unit',
    chooseUnit: '— pilih unit —',
    indicator: 'Indikator',
    chooseIndicator: '— pilih indikator —',
    priority: 'Prioritas',
    body: 'Poin perbaikan',
    bodyHint: 'Apa yang perlu diperbaiki, dan bagaimana; dibaca oleh instansi.',
    bodyRequired: 'Tuliskan poin perbaikannya.',
    unitRequired: 'Pilih unit layanannya.',
    indicatorRequired: 'Pilih indikatornya.',
    save: 'Simpan poin',
    cancelEdit: 'Batal mengubah',
    created: 'Poin perbaikan ditambahkan.',
    updated: 'Poin perbaikan diubah.',
    deleted: 'Poin perbaikan dihapus.',
    conflict: 'Poin ini diubah orang lain sejak Anda membukanya; teks terbarunya kini tampil di daftar poin. Teks Anda tetap di sini: simpan lagi bila tetap ingin memakainya.',
    deleteTitle: 'Hapus poin perbaikan ini?',
    deleteBody: 'Poin “{body}” dihapus dari rapor {name}{published}.',
    deletePublished: ', termasuk dari rapor yang sudah terlihat oleh instansi',
    confirmDelete: 'Ya, hapus',
    findings: 'Temuan',
    noMethodology: 'Siklus ini belum memiliki metodologi yang sah.',
  },
  {
    documentTitle: 'Report card of {name} — Patuh Admin',
    heading: 'Report card of {name}',
    back: 'Choose another institution',
    registry: 'Open in the registry',
    points: 'Improvement points',
    pointsCaption: 'Improvement points, the most urgent first',
    none: 'No improvement point for this body in this cycle yet.',
    whole: 'The whole body',
    published: 'Published {time}',
    notPublished: 'Not visible to the body yet',
    edit: 'Edit',
    delete: 'Delete',
    newPoint: 'New improvement point',
    editPoint: 'Edit the improvement point',
    scope: 'About',
    scopeInstitution: 'The whole body',
    scopeUnit: 'One service unit',
    scopeIndicator: 'One indicator',
    scopeFixed: "A point's scope cannot change; delete it and write a new one for another scope.",
    unit: 'Service unit',
    allUnits: 'Every unit',
    chooseUnit: '— choose a unit —',
    indicator: 'Indicator',
    chooseIndicator: '— choose an indicator —',
    priority: 'Priority',
    body: 'Improvement point',
    bodyHint: 'What needs improving, and how; read by the body.',
    bodyRequired: 'Write the improvement point.',
    unitRequired: 'Choose the service unit.',
    indicatorRequired: 'Choose the indicator.',
    save: 'Save the point',
    cancelEdit: 'Cancel editing',
    created: 'The improvement point is added.',
    updated: 'The improvement point is changed.',
    deleted: 'The improvement point is deleted.',
    conflict: 'Someone else changed this point since you opened it; its latest text now shows in the list of points. Your text stays here: save again if you still want it.',
    deleteTitle: 'Delete this improvement point?',
    deleteBody: 'The point “{body}” is removed from the report card of {name}{published}.',
    deletePublished: ', including the one the body can already see',
    confirmDelete: 'Yes, delete it',
    findings: 'Findings',
    noMethodology: 'This cycle has no valid methodology yet.',
  },
);

/** A body's report card in a cycle: its improvement points, written beside what the assessors found. */
export function InstitutionFeedbackPage() {
  const t = useT(messages);
  const cycleId = useCycleId();
  const { institutionId = '' } = useParams();
  const name = useQuery(AdminAuditInstitutionNameDocument, { variables: { id: institutionId } });
  const points = useQuery(InstitutionFeedbackDocument, { variables: { cycleId, institutionId } });
  const findings = useQuery(AdminAssessmentFindingsDocument, { variables: { cycleId, filter: { institutionId }, first: 200 } });
  const scoring = useScoringMethod(cycleId);
  const [editing, setEditing] = useState<Point | null>(null);
  const [deleting, setDeleting] = useState<Point | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const institutionName = name.data?.institution.name ?? '';
  useDocumentTitle(t('documentTitle', { name: institutionName }));

  if (!points.data) {
    if (points.loading) return <LoadingState />;
    if (points.error && readApiError(points.error).code !== 'NETWORK') return <ApiErrorMessage error={points.error} />;
    return <ErrorState onRetry={() => void points.refetch().catch(() => undefined)} />;
  }
  const method = scoring.method;
  const units = (findings.data?.assessments.nodes ?? []).map((finding) => finding.unit);

  return (
    <>
      <p>
        <Link to={paths.cycle(cycleId, cycleSegments.feedback)}>{t('back')}</Link> · <Link to={paths.institution(institutionId)}>{t('registry')}</Link>
      </p>
      <h1>{t('heading', { name: institutionName })}</h1>
      <div aria-live="polite">
        {notice ? (
          <div className="notice notice--success">
            <p>{notice}</p>
          </div>
        ) : null}
      </div>
      <PointList
        points={points.data.feedback}
        method={method}
        onEdit={(point) => {
          setNotice(null);
          setEditing(point);
        }}
        onDelete={setDeleting}
      />
      {method ? (
        <PointEditor
          key={editing?.id ?? 'new'}
          cycleId={cycleId}
          institutionId={institutionId}
          point={editing}
          units={units}
          method={method}
          findings={findings.data?.assessments.nodes ?? []}
          onDone={(text) => {
            setEditing(null);
            setNotice(text);
          }}
          onCancel={() => setEditing(null)}
          onConflict={() =>
            void points
              .refetch()
              .then((result) => setEditing((current) => result.data?.feedback.find((item) => item.id === current?.id) ?? current))
              .catch(() => undefined)
          }
        />
      ) : scoring.loading ? (
        <LoadingState />
      ) : (
        <p>{t('noMethodology')}</p>
      )}
      {deleting ? (
        <DeleteDialog
          point={deleting}
          institutionName={institutionName}
          onCancel={() => setDeleting(null)}
          onDone={() => {
            if (editing?.id === deleting.id) setEditing(null);
            setDeleting(null);
            setNotice(t('deleted'));
          }}
        />
      ) : null}
    </>
  );
}

function PointList({ points, method, onEdit, onDelete }: { points: readonly Point[]; method: ScoringMethod | null; onEdit: (point: Point) => void; onDelete: (point: Point) => void }) {
  const t = useT(messages);
  const tPriority = useT(priorityMessages);
  const { locale } = useLocale();
  return (
    <section className="page-section" aria-labelledby="points-heading">
      <h2 id="points-heading">{t('points')}</h2>
      {points.length === 0 ? (
        <EmptyState>
          <p>{t('none')}</p>
        </EmptyState>
      ) : (
        <ul className="point-list" aria-label={t('pointsCaption')}>
          {points.map((point) => (
            <li key={point.id} className={`point point--${priorityKey(point.priority)}`}>
              <p className="point__meta">
                <span className={`tag tag--priority-${point.priority}`}>{tPriority(priorityKey(point.priority))}</span>{' '}
                <span>
                  {point.unitName ?? t('whole')}
                  {point.indicatorCode ? ` · ${point.indicatorCode} ${method?.indicators.get(point.indicatorCode)?.indicator.title[locale] ?? ''}` : ''}
                </span>{' '}
                <span className="muted">· {point.publishedAt ? t('published', { time: formatDateTime(point.publishedAt, locale) }) : t('notPublished')}</span>
              </p>
              <p className="point__body">{point.body}</p>
              <div className="action-list">
                <button type="button" className="button button--secondary button--small" onClick={() => onEdit(point)}>
                  {t('edit')}
                  <span className="visually-hidden"> — {point.body.slice(0, 60)}</span>
                </button>
                <button type="button" className="button button--secondary button--small" onClick={() => onDelete(point)}>
                  {t('delete')}
                  <span className="visually-hidden"> — {point.body.slice(0, 60)}</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type Findings = Parameters<typeof IndicatorFindings>[0]['findings'];

/** Writing a point (or changing one against its version), with the chosen indicator's findings beside it. */
function PointEditor({
  cycleId,
  institutionId,
  point,
  units,
  method,
  findings,
  onDone,
  onCancel,
  onConflict,
}: {
  cycleId: string;
  institutionId: string;
  point: Point | null;
  units: readonly { id: string; name: string }[];
  method: ScoringMethod;
  findings: Findings;
  onDone: (notice: string) => void;
  onCancel: () => void;
  /** Someone else saved the point first: the page reloads it, so the next save names its new version. */
  onConflict: () => void;
}) {
  const t = useT(messages);
  const tPriority = useT(priorityMessages);
  const { locale } = useLocale();
  const errorText = useApiErrorText();
  const [searchParams, setSearchParams] = useSearchParams();
  const initialScope: Scope = point ? (point.indicatorCode ? 'indicator' : point.unitId ? 'unit' : 'institution') : searchParams.get(queryParams.indicator) ? 'indicator' : 'institution';
  const [scope, setScope] = useState<Scope>(initialScope);
  const [unitId, setUnitId] = useState(point?.unitId ?? '');
  // The indicator is in the address, so a link can open the editor on it.
  const indicatorCode = point ? (point.indicatorCode ?? '') : (searchParams.get(queryParams.indicator) ?? '');
  const setIndicator = (code: string) =>
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (code) next.set(queryParams.indicator, code);
        else next.delete(queryParams.indicator);
        return next;
      },
      { replace: true },
    );
  const [priority, setPriority] = useState(point?.priority ?? 2);
  const [body, setBody] = useState(point?.body ?? '');
  const [errors, setErrors] = useState<{ body?: string; unit?: string; indicator?: string }>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [conflicted, setConflicted] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [create, creating] = useMutation(CreateFeedbackDocument, { refetchQueries: ['InstitutionFeedback'] });
  const [update, updating] = useMutation(UpdateFeedbackDocument);
  const busy = creating.loading || updating.loading;
  const indicators = [...method.indicators.values()];
  const chosenIndicator = scope === 'indicator' && indicatorCode ? (method.indicators.get(indicatorCode)?.indicator ?? null) : null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setConflicted(false);
    const found: typeof errors = {};
    if (!point && scope === 'unit' && !unitId) found.unit = t('unitRequired');
    if (!point && scope === 'indicator' && !indicatorCode) found.indicator = t('indicatorRequired');
    if (body.trim() === '') found.body = t('bodyRequired');
    setErrors(found);
    if (found.unit) return document.getElementById('point-unit')?.focus();
    if (found.indicator) return document.getElementById('point-indicator')?.focus();
    if (found.body) return bodyRef.current?.focus();
    try {
      if (point) {
        await update({ variables: { input: { id: point.id, expectedVersion: point.version, body, priority } } });
        onDone(t('updated'));
      } else {
        await create({
          variables: {
            input: {
              cycleId,
              institutionId,
              unitId: scope === 'institution' ? null : unitId || null,
              indicatorCode: scope === 'indicator' ? indicatorCode : null,
              body,
              priority,
            },
          },
        });
        setBody('');
        onDone(t('created'));
      }
    } catch (error) {
      const apiError = readApiError(error);
      if (apiError.code === 'BAD_USER_INPUT' && apiError.field?.endsWith('body')) {
        setErrors({ body: errorText(apiError) });
        bodyRef.current?.focus();
      } else if (apiError.code === 'CONFLICT') {
        setConflicted(true);
        onConflict();
      } else setFailure(apiError);
    }
  };

  return (
    <section className="page-section feedback-editor" aria-labelledby="editor-heading">
      <div className="feedback-editor__form">
        <h2 id="editor-heading">{point ? t('editPoint') : t('newPoint')}</h2>
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <fieldset className="fieldset">
            <legend>{t('scope')}</legend>
            {point ? <p className="field__hint">{t('scopeFixed')}</p> : null}
            {(['institution', 'unit', 'indicator'] as const).map((option) => (
              <label key={option} className="radio">
                <input type="radio" name="point-scope" checked={scope === option} disabled={point !== null} onChange={() => setScope(option)} />
                <span>{t(option === 'institution' ? 'scopeInstitution' : option === 'unit' ? 'scopeUnit' : 'scopeIndicator')}</span>
              </label>
            ))}
          </fieldset>
          {scope !== 'institution' ? (
            <div className={`field${errors.unit ? ' field--invalid' : ''}`}>
              <label className="field__label" htmlFor="point-unit">
                {t('unit')}
              </label>
              {errors.unit ? (
                <p className="field__error" id="point-unit-error">
                  {errors.unit}
                </p>
              ) : null}
              <select id="point-unit" value={unitId} disabled={point !== null} aria-describedby={errors.unit ? 'point-unit-error' : undefined} onChange={(event) => setUnitId(event.target.value)}>
                <option value="">{scope === 'indicator' ? t('allUnits') : t('chooseUnit')}</option>
                {units.map((unit) => (
                  <option key={unit.id} value={unit.id}>
                    {unit.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {scope === 'indicator' ? (
            <div className={`field${errors.indicator ? ' field--invalid' : ''}`}>
              <label className="field__label" htmlFor="point-indicator">
                {t('indicator')}
              </label>
              {errors.indicator ? (
                <p className="field__error" id="point-indicator-error">
                  {errors.indicator}
                </p>
              ) : null}
              <select
                id="point-indicator"
                value={indicatorCode}
                disabled={point !== null}
                aria-describedby={errors.indicator ? 'point-indicator-error' : undefined}
                onChange={(event) => setIndicator(event.target.value)}
              >
                <option value="">{t('chooseIndicator')}</option>
                {indicators.map(({ indicator }) => (
                  <option key={indicator.code} value={indicator.code}>
                    {indicator.code} — {indicator.title[locale]}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <Field label={t('priority')}>
            {(control) => (
              <select {...control} className="input--short" value={priority} onChange={(event) => setPriority(Number(event.target.value))}>
                {priorities.map((value) => (
                  <option key={value} value={value}>
                    {value} — {tPriority(priorityKey(value))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('body')} hint={t('bodyHint')} error={errors.body}>
            {(control) => <textarea {...control} ref={bodyRef} rows={5} value={body} onChange={(event) => setBody(event.target.value)} />}
          </Field>
          {failure ? <ApiErrorMessage error={failure} /> : null}
          {conflicted ? (
            <div className="notice notice--warning" role="alert">
              <p>{t('conflict')}</p>
            </div>
          ) : null}
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {t('save')}
            </button>
            {point ? (
              <button type="button" className="button button--secondary" onClick={onCancel}>
                {t('cancelEdit')}
              </button>
            ) : null}
          </div>
        </form>
      </div>
      <aside className="feedback-editor__findings" aria-label={t('findings')}>
        <IndicatorFindings indicator={chosenIndicator} findings={findings} unitId={scope === 'institution' ? null : unitId || null} />
      </aside>
    </section>
  );
}

function DeleteDialog({ point, institutionName, onCancel, onDone }: { point: Point; institutionName: string; onCancel: () => void; onDone: () => void }) {
  const t = useT(messages);
  const [remove, { loading, error }] = useMutation(DeleteFeedbackDocument, { refetchQueries: ['InstitutionFeedback'] });
  const excerpt = point.body.length > 80 ? `${point.body.slice(0, 80)}…` : point.body;
  return (
    <ConfirmDialog
      title={t('deleteTitle')}
      confirmLabel={t('confirmDelete')}
      tone="danger"
      busy={loading}
      error={error ? <ApiErrorMessage error={error} /> : null}
      onCancel={onCancel}
      onConfirm={() =>
        void remove({ variables: { id: point.id } })
          .then(onDone)
          .catch(() => undefined)
      }
    >
      <p>{t('deleteBody', { body: excerpt, name: institutionName, published: point.publishedAt ? t('deletePublished') : '' })}</p>
    </ConfirmDialog>
  );
}
