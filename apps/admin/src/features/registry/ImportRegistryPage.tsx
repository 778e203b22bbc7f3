import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { ImportRegistryDocument } from '@patuh/graphql';
import { ConfirmDialog, defineMessages, useDocumentTitle, useT } from '@patuh/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { readApiError, type ApiError } from '../../api/errors';
import { ApiErrorMessage, useApiErrorText } from '../../components/ApiErrorMessage';
import { paths } from '../../routes/paths';
import { CsvSource } from './CsvSource';
import { RegistryImportReport, type RegistryImportReportData } from './RegistryImportReport';

const header = 'kind,institution_code,institution_name,institution_type,province_code,unit_name,unit_kind';

const messages = defineMessages(
  {
    documentTitle: 'Impor registri — Patuh Admin',
    heading: 'Impor instansi dan unit dari CSV',
    intro: 'Setiap baris menambah atau mengubah satu instansi (kind "institution") atau satu unit layanan (kind "unit"); tidak ada yang dinonaktifkan atau dihapus. Uji coba dulu: hasil setiap baris ditampilkan tanpa menulis apa pun. Impor hanya dapat dijalankan bila tidak ada baris bergalat, dan menulis seluruh berkas sekaligus.',
    back: 'Kembali ke registri',
    dryRun: 'Uji coba',
    checking: 'Memeriksa…',
    empty: 'Pilih berkas atau tempel isi CSV terlebih dahulu.',
    stale: 'Isi CSV berubah sejak uji coba: jalankan uji coba lagi sebelum mengimpor.',
    title: 'Impor {count} baris ke registri?',
    body: '{created} instansi atau unit baru dibuat dan {updated} diubah, dalam satu transaksi; setiap perubahan dicatat di jejak audit.',
    confirm: 'Ya, impor',
    refused: 'Impor ditolak: berkas berubah atau registri berubah sejak uji coba. Laporan terbaru ditampilkan di bawah.',
  },
  {
    documentTitle: 'Registry import — Patuh Admin',
    heading: 'Import institutions and units from CSV',
    intro: 'Each row adds or changes one body (kind "institution") or one service unit (kind "unit"); nothing is deactivated or deleted. Run the dry run first: every row\'s outcome is shown and nothing is written. The import can run only when no row has an error, and writes the whole file at once.',
    back: 'Back to the registry',
    dryRun: 'Dry run',
    checking: 'Checking…',
    empty: 'Choose a file or paste the CSV first.',
    stale: 'The CSV changed since the dry run: run the dry run again before importing.',
    title: 'Import {count} rows into the registry?',
    body: '{created} new bodies or units are created and {updated} changed, in one transaction; every change is recorded in the audit log.',
    confirm: 'Yes, import',
    refused: 'The import was refused: the file or the registry changed since the dry run. The latest report is shown below.',
  },
);

/** The report a refused import carries in `extensions.report`. */
function reportOf(error: unknown): RegistryImportReportData | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const report = (error.errors[0]?.extensions as { report?: unknown } | undefined)?.report;
  return typeof report === 'object' && report !== null && Array.isArray((report as RegistryImportReportData).rows) ? (report as RegistryImportReportData) : null;
}

/** Loading the registry from CSV: a dry run with every row's fate, then the import, which no row may have an error for. */
export function ImportRegistryPage() {
  const t = useT(messages);
  useDocumentTitle(t('documentTitle'));
  const errorText = useApiErrorText();
  const [csv, setCsv] = useState('');
  const [checked, setChecked] = useState<{ csv: string; report: RegistryImportReportData } | null>(null);
  const [csvError, setCsvError] = useState<string | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [refused, setRefused] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [run, { loading }] = useMutation(ImportRegistryDocument);
  const stale = checked !== null && checked.csv !== csv && checked.report.dryRun;

  const dryRun = async () => {
    setFailure(null);
    setRefused(false);
    if (!csv.trim()) {
      setCsvError(t('empty'));
      return;
    }
    setCsvError(null);
    try {
      const result = await run({ variables: { csv, dryRun: true } });
      if (result.data) setChecked({ csv, report: result.data.importRegistry });
    } catch (error) {
      const apiError = readApiError(error);
      if (apiError.code === 'BAD_USER_INPUT' && apiError.field === 'csv') setCsvError(errorText(apiError));
      setFailure(apiError);
    }
  };

  const commit = async () => {
    if (!checked) return;
    setFailure(null);
    try {
      const result = await run({ variables: { csv: checked.csv, dryRun: false } });
      if (result.data) setChecked({ csv: checked.csv, report: result.data.importRegistry });
    } catch (error) {
      const report = reportOf(error);
      if (report) setChecked({ csv: checked.csv, report });
      setRefused(report !== null);
      setFailure(readApiError(error));
    } finally {
      setConfirming(false);
    }
  };

  return (
    <>
      <p>
        <Link to={paths.registry}>{t('back')}</Link>
      </p>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <CsvSource value={csv} onChange={setCsv} header={header} error={csvError} />
      <div className="button-row">
        <button type="button" className="button" disabled={loading} onClick={() => void dryRun()}>
          {loading && !confirming ? t('checking') : t('dryRun')}
        </button>
      </div>
      {refused ? (
        <div className="notice notice--error" role="alert">
          <p>{t('refused')}</p>
        </div>
      ) : failure && !csvError ? (
        <ApiErrorMessage error={failure} />
      ) : null}
      <div aria-live="polite">
        {stale ? (
          <div className="notice notice--warning">
            <p>{t('stale')}</p>
          </div>
        ) : null}
      </div>
      {checked && !stale ? (
        <section className="page-section" aria-label={t('dryRun')}>
          <RegistryImportReport report={checked.report} committing={loading} onCommit={() => setConfirming(true)} />
        </section>
      ) : null}
      {confirming && checked ? (
        <ConfirmDialog
          title={t('title', { count: checked.report.totalRows })}
          confirmLabel={t('confirm')}
          busy={loading}
          onCancel={() => setConfirming(false)}
          onConfirm={() => void commit()}
        >
          <p>{t('body', { created: checked.report.created, updated: checked.report.updated })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
