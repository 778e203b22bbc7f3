import { useMutation, useQuery } from '@apollo/client/react';
import { CycleOverviewDocument, ScheduleStagesDocument, type CycleOverviewQuery, type CycleStage } from '@patuh/graphql';
import { cycleStageMessages, defineMessages, ErrorState, LoadingState, useDocumentTitle, useT } from '@patuh/ui';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { readApiError, type ApiError } from '../../api/errors';
import { useApiErrorText } from '../../components/ApiErrorMessage';
import { dateInputToIso, isoToDateInput } from '../../components/format';
import { paths } from '../../routes/paths';
import { useCycleId } from './CycleLayout';
import { TableScroll } from '../../components/TableScroll';

type Cycle = NonNullable<CycleOverviewQuery['cycle']>;

const messages = defineMessages(
  {
    documentTitle: 'Jadwal siklus {year} — Patuh Admin',
    heading: 'Jadwal tahap siklus {year}',
    intro: 'Tanggal dalam waktu Jakarta (WIB). Tenggat adalah hari terakhir tahap. Setiap tahap dibuka tidak lebih awal dari tahap sebelumnya.',
    caption: 'Rencana tanggal setiap tahap',
    stage: 'Tahap',
    opens: 'Dibuka',
    closes: 'Tenggat',
    opensLabel: 'Tanggal dibuka tahap {stage}',
    closesLabel: 'Tenggat tahap {stage}',
    save: 'Simpan jadwal',
    saving: 'Menyimpan…',
    saved: 'Jadwal disimpan.',
    nothing: 'Belum ada tanggal yang diisi.',
    closesBeforeOpens: 'Tenggat tidak boleh sebelum tanggal dibuka.',
    closesWithoutOpens: 'Isi juga tanggal dibuka.',
    cannotClear: 'Jadwal yang sudah direncanakan dapat diubah, tetapi tidak dapat dihapus.',
    reload: 'Muat ulang jadwal',
    back: 'Kembali ke dasbor siklus',
  },
  {
    documentTitle: 'Cycle {year} schedule — Patuh Admin',
    heading: 'Cycle {year} stage schedule',
    intro: 'Dates in Jakarta time (WIB). The deadline is the last day of a stage. Each stage opens no earlier than the one before it.',
    caption: 'Planned dates of each stage',
    stage: 'Stage',
    opens: 'Opens',
    closes: 'Deadline',
    opensLabel: '{stage} opens on',
    closesLabel: '{stage} deadline',
    save: 'Save the schedule',
    saving: 'Saving…',
    saved: 'Schedule saved.',
    nothing: 'No date has been entered yet.',
    closesBeforeOpens: 'The deadline cannot be before the opening date.',
    closesWithoutOpens: 'Enter the opening date too.',
    cannotClear: 'A planned window can be changed but not removed.',
    reload: 'Reload the schedule',
    back: 'Back to the cycle dashboard',
  },
);

/** The stages that are planned; DRAFT is where a cycle starts, not a window. */
const plannedStages = (cycle: Cycle) => cycle.stages.filter((window) => window.stage !== 'DRAFT');

export function ScheduleEditorPage() {
  const t = useT(messages);
  const cycleId = useCycleId();
  const { data, loading, refetch } = useQuery(CycleOverviewDocument, { variables: { id: cycleId } });
  // A reload after someone else's change starts the form again from their schedule.
  const [reloads, setReloads] = useState(0);
  const cycle = data?.cycle;
  useDocumentTitle(t('documentTitle', { year: cycle?.year ?? '' }));
  if (!cycle) return loading ? <LoadingState /> : <ErrorState onRetry={() => void refetch().catch(() => undefined)} />;
  const reload = () => void refetch().then(() => setReloads((count) => count + 1), () => undefined);
  return <ScheduleForm key={reloads} cycle={cycle} onReload={reload} />;
}

interface Row {
  stage: CycleStage;
  opens: string;
  closes: string;
  wasPlanned: boolean;
}

function ScheduleForm({ cycle, onReload }: { cycle: Cycle; onReload: () => void }) {
  const t = useT(messages);
  const tStage = useT(cycleStageMessages);
  const errorText = useApiErrorText();
  const [schedule, { loading }] = useMutation(ScheduleStagesDocument, { refetchQueries: [{ query: CycleOverviewDocument, variables: { id: cycle.id } }] });
  const [rows, setRows] = useState<Row[]>(() =>
    plannedStages(cycle).map((window) => ({
      stage: window.stage,
      opens: isoToDateInput(window.opensAt),
      closes: isoToDateInput(window.closesAt),
      wasPlanned: window.opensAt !== null,
    })),
  );
  const [errors, setErrors] = useState<Partial<Record<`${CycleStage}.${'opens' | 'closes'}`, string>>>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [empty, setEmpty] = useState(false);

  const update = (stage: CycleStage, field: 'opens' | 'closes', value: string) => {
    setSaved(false);
    setRows((current) => current.map((row) => (row.stage === stage ? { ...row, [field]: value } : row)));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: typeof errors = {};
    for (const row of rows) {
      if (!row.opens && row.wasPlanned) found[`${row.stage}.opens`] = t('cannotClear');
      else if (!row.opens && row.closes) found[`${row.stage}.opens`] = t('closesWithoutOpens');
      // Dates as YYYY-MM-DD compare in calendar order as text.
      if (row.opens && row.closes && row.closes < row.opens) found[`${row.stage}.closes`] = t('closesBeforeOpens');
    }
    setErrors(found);
    setFailure(null);
    setSaved(false);
    const firstKey = Object.keys(found)[0];
    if (firstKey) return document.getElementById(`schedule-${firstKey}`)?.focus();
    const windows = rows
      .filter((row) => row.opens)
      .map((row) => ({ stage: row.stage, opensAt: dateInputToIso(row.opens), closesAt: row.closes ? dateInputToIso(row.closes) : null }));
    setEmpty(windows.length === 0);
    if (windows.length === 0) return;
    try {
      await schedule({ variables: { cycleId: cycle.id, expectedVersion: cycle.version, windows } });
      setSaved(true);
    } catch (error) {
      const apiError = readApiError(error);
      // The API names the window at fault as windows[i].opensAt; i counts the windows sent.
      const match = apiError.field?.match(/^windows\[(\d+)\]\.(opensAt|closesAt)$/);
      const window = match ? windows[Number(match[1])] : undefined;
      if (apiError.code === 'BAD_USER_INPUT' && match && window) {
        const key = `${window.stage}.${match[2] === 'opensAt' ? 'opens' : 'closes'}` as const;
        setErrors({ [key]: errorText(apiError) });
        document.getElementById(`schedule-${key}`)?.focus();
      } else {
        setFailure(apiError);
      }
    }
  };

  return (
    <>
      <h1>{t('heading', { year: cycle.year })}</h1>
      <p className="lead">{t('intro')}</p>
      <form className="form form--wide" onSubmit={(event) => void onSubmit(event)} noValidate>
        {empty ? (
          <div className="notice notice--error" role="alert">
            <p>{t('nothing')}</p>
          </div>
        ) : null}
        {failure ? (
          <div className="notice notice--error" role="alert">
            <p>{errorText(failure)}</p>
            {failure.code === 'CONFLICT' ? (
              <button type="button" className="button button--secondary" onClick={onReload}>
                {t('reload')}
              </button>
            ) : null}
          </div>
        ) : null}
        <TableScroll label={t('caption')}>
          <table className="data-table schedule-table">
            <caption>{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('stage')}</th>
                <th scope="col">{t('opens')}</th>
                <th scope="col">{t('closes')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.stage}>
                  <th scope="row">{tStage(row.stage)}</th>
                  {(['opens', 'closes'] as const).map((field) => {
                    const key = `${row.stage}.${field}` as const;
                    const error = errors[key];
                    return (
                      <td key={field}>
                        <input
                          id={`schedule-${key}`}
                          type="date"
                          aria-label={t(field === 'opens' ? 'opensLabel' : 'closesLabel', { stage: tStage(row.stage) })}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `schedule-${key}-error` : undefined}
                          value={row[field]}
                          onChange={(event) => update(row.stage, field, event.target.value)}
                        />
                        {error ? (
                          <p className="field__error" id={`schedule-${key}-error`}>
                            {error}
                          </p>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {loading ? t('saving') : t('save')}
          </button>
          <Link to={paths.cycle(cycle.id)}>{t('back')}</Link>
        </div>
        <div aria-live="polite">
          {saved ? (
            <div className="notice notice--success">
              <p>{t('saved')}</p>
            </div>
          ) : null}
        </div>
      </form>
    </>
  );
}
