import { useMutation } from '@apollo/client/react';
import { ImportPublishedResultsDocument, type ImportPublishedResultsMutation } from '@patuh/graphql';
import { ConfirmDialog, defineMessages, GradeBadge, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { useRef, useState } from 'react';
import { readApiError, type ApiError } from '../../api/errors';
import { ApiErrorMessage, useApiErrorText } from '../../components/ApiErrorMessage';
import { Field } from '../../components/Field';
import { formatDateTime } from '../../components/format';
import { TableScroll } from '../../components/TableScroll';
import { CsvSource } from '../registry/CsvSource';

type Report = ImportPublishedResultsMutation['importPublishedResults'];

const header = 'institution_code,institution_type,institution_name,score,unit_name,unit_score';
const firstYear = 2000;
const lastYear = 2100;

const messages = defineMessages(
  {
    documentTitle: 'Hasil historis — Patuh Admin',
    heading: 'Impor hasil resmi tahun lalu',
    intro: 'Hasil yang telah dipublikasikan resmi oleh Ombudsman untuk tahun-tahun sebelum platform ini (tanpa rincian indikator): satu baris per instansi, atau satu baris per unit dengan nilai instansi diulang. Siklus tahun itu dibuat dengan metode tahunnya bila belum ada. Uji coba dulu; impor menulis seluruh berkas atau tidak sama sekali.',
    year: 'Tahun siklus',
    yearInvalid: 'Isi tahun antara {first} dan {last}.',
    reason: 'Alasan koreksi',
    reasonHint: 'Wajib bila tahun ini sudah memiliki hasil impor: impor baru menjadi koreksi dengan alasan ini.',
    reasonRequired: 'Impor ini adalah koreksi (revisi {revision}): tuliskan alasannya.',
    dryRun: 'Uji coba',
    empty: 'Pilih berkas atau tempel isi CSV terlebih dahulu.',
    stale: 'Tahun, berkas atau alasan berubah sejak uji coba: jalankan uji coba lagi sebelum mengimpor.',
    summaryDry: 'Uji coba tahun {year}: {rows} baris, {institutions} instansi, {units} unit; metode {method}; akan ditulis sebagai revisi {revision}. Belum ada yang ditulis.',
    summaryDone: 'Impor tahun {year} ditulis sebagai revisi {revision} pada {time}: {institutions} instansi, {units} unit.',
    createsCycle: 'Siklus {year} belum ada dan akan dibuat dengan metode tahunnya.',
    problems: '{count} baris bermasalah: impor tidak dapat dijalankan sampai semuanya diperbaiki di berkas.',
    problemsCaption: 'Baris yang bermasalah',
    line: 'Baris',
    column: 'Kolom',
    problem: 'Masalah',
    noProblems: 'Semua baris dapat diimpor.',
    grades: 'Instansi per predikat pada baris yang sah, untuk dicocokkan dengan jumlah yang dipublikasikan',
    grade: 'Predikat',
    count: 'Instansi',
    zones: 'Per zona: {zones}.',
    commit: 'Impor hasil {year}',
    title: 'Impor hasil resmi tahun {year}?',
    body: '{institutions} instansi dan peringkatnya ditulis sebagai revisi {revision} dan langsung terlihat di portal publik sebagai hasil resmi tahun {year}.',
    confirm: 'Ya, impor',
    HIJAU: 'Hijau',
    KUNING: 'Kuning',
    MERAH: 'Merah',
  },
  {
    documentTitle: 'Past results — Patuh Admin',
    heading: 'Import officially published past results',
    intro: "Results the Ombudsman officially published for years before this platform (without indicator detail): one row per body, or one row per unit with the body's score repeated. The year's cycle is created with the method of its year if needed. Run the dry run first; the import writes the whole file or nothing.",
    year: 'Cycle year',
    yearInvalid: 'Enter a year from {first} to {last}.',
    reason: 'Reason for the correction',
    reasonHint: 'Required when the year already has imported results: the new import is then a correction with this reason.',
    reasonRequired: 'This import is a correction (revision {revision}): write its reason.',
    dryRun: 'Dry run',
    empty: 'Choose a file or paste the CSV first.',
    stale: 'The year, the file or the reason changed since the dry run: run it again before importing.',
    summaryDry: 'Dry run for {year}: {rows} rows, {institutions} bodies, {units} units; method {method}; would be written as revision {revision}. Nothing is written yet.',
    summaryDone: 'The {year} import was written as revision {revision} at {time}: {institutions} bodies, {units} units.',
    createsCycle: 'The {year} cycle does not exist yet and will be created with the method of its year.',
    problems: '{count} row(s) have problems: the import cannot run until every one is fixed in the file.',
    problemsCaption: 'Rows with problems',
    line: 'Line',
    column: 'Column',
    problem: 'Problem',
    noProblems: 'Every row can be imported.',
    grades: 'Bodies per grade in the valid rows, to compare with the published totals',
    grade: 'Grade',
    count: 'Bodies',
    zones: 'By zone: {zones}.',
    commit: 'Import the {year} results',
    title: 'Import the official results of {year}?',
    body: '{institutions} bodies and their ranks are written as revision {revision} and show at once on the public portal as the official results of {year}.',
    confirm: 'Yes, import',
    HIJAU: 'Green',
    KUNING: 'Yellow',
    MERAH: 'Red',
  },
);

/** Importing officially published past results from CSV: a dry run with every bad row, then the import. */
export function HistoricalResultsPage() {
  const t = useT(messages);
  const { locale } = useLocale();
  const errorText = useApiErrorText();
  useDocumentTitle(t('documentTitle'));
  const yearRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [year, setYear] = useState('');
  const [csv, setCsv] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ year?: string; csv?: string; reason?: string }>({});
  const [checked, setChecked] = useState<{ key: string; report: Report } | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [run, { loading }] = useMutation(ImportPublishedResultsDocument);
  const key = JSON.stringify([year, csv, reason.trim()]);
  const stale = checked !== null && checked.report.dryRun && checked.key !== key;
  const report = checked && !stale ? checked.report : null;

  const input = (dryRun: boolean) => ({ cycleYear: Number(year), csv, dryRun, reason: reason.trim() || null });
  const fieldOf = (apiError: ApiError) => apiError.field?.replace(/^input\./, '');

  const dryRun = async () => {
    setFailure(null);
    const found: typeof errors = {};
    const yearNumber = Number(year);
    if (!Number.isInteger(yearNumber) || yearNumber < firstYear || yearNumber > lastYear) found.year = t('yearInvalid', { first: firstYear, last: lastYear });
    if (!csv.trim()) found.csv = t('empty');
    setErrors(found);
    if (found.year) return yearRef.current?.focus();
    if (found.csv) return;
    try {
      const result = await run({ variables: { input: input(true) } });
      if (!result.data) return;
      const answer = result.data.importPublishedResults;
      setChecked({ key, report: answer });
      if (answer.revision > 1 && !reason.trim()) setErrors({ reason: t('reasonRequired', { revision: answer.revision }) });
    } catch (error) {
      const apiError = readApiError(error);
      const field = fieldOf(apiError);
      if (apiError.code === 'BAD_USER_INPUT' && (field === 'cycleYear' || field === 'csv' || field === 'reason')) {
        setErrors({ [field === 'cycleYear' ? 'year' : field]: errorText(apiError) });
      } else setFailure(apiError);
    }
  };

  const commit = async () => {
    try {
      const result = await run({ variables: { input: input(false) } });
      if (result.data) setChecked({ key, report: result.data.importPublishedResults });
    } catch (error) {
      const apiError = readApiError(error);
      if (apiError.code === 'BAD_USER_INPUT' && fieldOf(apiError) === 'reason') {
        setErrors({ reason: errorText(apiError) });
        reasonRef.current?.focus();
      } else setFailure(apiError);
    } finally {
      setConfirming(false);
    }
  };

  const needsReason = report !== null && report.dryRun && report.revision > 1 && !reason.trim();
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="narrow-page form">
        <Field label={t('year')} error={errors.year}>
          {(control) => <input {...control} ref={yearRef} className="input--short" inputMode="numeric" autoComplete="off" value={year} onChange={(event) => setYear(event.target.value.trim())} />}
        </Field>
        <Field label={t('reason')} hint={t('reasonHint')} error={errors.reason}>
          {(control) => <textarea {...control} ref={reasonRef} rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />}
        </Field>
      </div>
      <CsvSource value={csv} onChange={setCsv} header={header} error={errors.csv} />
      <div className="button-row">
        <button type="button" className="button" disabled={loading} onClick={() => void dryRun()}>
          {t('dryRun')}
        </button>
      </div>
      {failure ? <ApiErrorMessage error={failure} /> : null}
      <div aria-live="polite">
        {stale ? (
          <div className="notice notice--warning">
            <p>{t('stale')}</p>
          </div>
        ) : null}
      </div>
      {report ? (
        <section className="page-section import-report" aria-label={t('dryRun')}>
          <div className={`notice ${report.valid ? (report.dryRun ? 'notice--info' : 'notice--success') : 'notice--error'}`} role="status">
            <p>
              {report.dryRun
                ? t('summaryDry', { year: report.cycleYear, rows: report.rowCount, institutions: report.institutionCount, units: report.unitCount, method: report.methodologyId, revision: report.revision })
                : t('summaryDone', {
                    year: report.cycleYear,
                    revision: report.written?.revision ?? report.revision,
                    time: report.written ? formatDateTime(report.written.publishedAt, locale) : '—',
                    institutions: report.institutionCount,
                    units: report.unitCount,
                  })}
            </p>
            {report.dryRun && report.createsCycle ? <p>{t('createsCycle', { year: report.cycleYear })}</p> : null}
            <p id="results-problems">{report.problems.length > 0 ? t('problems', { count: report.problems.length }) : t('noProblems')}</p>
          </div>
          {report.dryRun ? (
            <div className="button-row">
              <button
                type="button"
                className="button"
                disabled={!report.valid || needsReason || loading}
                aria-describedby="results-problems"
                onClick={() => setConfirming(true)}
              >
                {t('commit', { year: report.cycleYear })}
              </button>
            </div>
          ) : null}
          {report.problems.length > 0 ? (
            <TableScroll label={t('problemsCaption')}>
              <table className="data-table import-table">
                <caption>{t('problemsCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="numeric">
                      {t('line')}
                    </th>
                    <th scope="col">{t('column')}</th>
                    <th scope="col">{t('problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.problems.map((problem) => (
                    <tr key={`${problem.line}-${problem.column ?? ''}-${problem.messageEn}`} className="row--error">
                      <th scope="row" className="numeric">
                        {problem.line}
                      </th>
                      <td>{problem.column ?? '—'}</td>
                      <td>{locale === 'id' ? problem.message : problem.messageEn}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : null}
          <TableScroll label={t('grades')}>
            <table className="data-table">
              <caption>{t('grades')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('grade')}</th>
                  <th scope="col" className="numeric">
                    {t('count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.grades.map((grade) => (
                  <tr key={grade.code}>
                    <th scope="row">
                      <GradeBadge code={grade.code} label={grade.label[locale]} zone={grade.zone} />
                    </th>
                    <td className="numeric">{t.formatNumber(grade.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <p>{t('zones', { zones: report.zones.map((zone) => `${t(zone.zone)} ${t.formatNumber(zone.count)}`).join(', ') })}</p>
        </section>
      ) : null}
      {confirming && report ? (
        <ConfirmDialog
          title={t('title', { year: report.cycleYear })}
          confirmLabel={t('confirm')}
          busy={loading}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void commit()}
        >
          <p>{t('body', { institutions: report.institutionCount, revision: report.revision, year: report.cycleYear })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
