import type { ImportRegistryMutation, RegistryImportStatus } from '@patuh/graphql';
import { defineMessages, useLocale, useT } from '@patuh/ui';
import { useState } from 'react';
import './registry.css';
import { TableScroll } from '../../components/TableScroll';

export type RegistryImportReportData = ImportRegistryMutation['importRegistry'];

const messages = defineMessages(
  {
    summaryDry: 'Uji coba: {total} baris dibaca — {created} baru, {updated} diubah, {unchanged} tetap, {errors} galat. Belum ada yang ditulis.',
    summaryDone: 'Impor selesai: {total} baris — {created} baru, {updated} diubah, {unchanged} tetap.',
    blocked: 'Impor tidak dapat dijalankan selama ada baris bergalat: perbaiki {errors} baris yang ditandai di berkasnya, lalu uji coba lagi.',
    onlyErrors: 'Tampilkan hanya baris bergalat',
    caption: 'Hasil setiap baris berkas',
    line: 'Baris',
    kind: 'Jenis',
    key: 'Yang dimaksud',
    status: 'Hasil',
    details: 'Keterangan',
    INSTITUTION: 'Instansi',
    UNIT: 'Unit',
    unknownKind: '?',
    CREATE: 'Baru',
    UPDATE: 'Diubah',
    UNCHANGED: 'Tetap',
    ERROR: 'Galat',
    commit: 'Impor {count} baris',
  },
  {
    summaryDry: 'Dry run: {total} rows read — {created} new, {updated} changed, {unchanged} unchanged, {errors} errors. Nothing is written yet.',
    summaryDone: 'Import done: {total} rows — {created} new, {updated} changed, {unchanged} unchanged.',
    blocked: 'The import cannot run while any row has an error: fix the {errors} marked row(s) in the file, then run the dry run again.',
    onlyErrors: 'Show only rows with errors',
    caption: "Each row's outcome",
    line: 'Line',
    kind: 'Kind',
    key: 'What it names',
    status: 'Outcome',
    details: 'Details',
    INSTITUTION: 'Institution',
    UNIT: 'Unit',
    unknownKind: '?',
    CREATE: 'New',
    UPDATE: 'Changed',
    UNCHANGED: 'Unchanged',
    ERROR: 'Error',
    commit: 'Import {count} rows',
  },
);

const statusClass: Record<RegistryImportStatus, string> = {
  CREATE: 'tag--active',
  UPDATE: 'tag--changed',
  UNCHANGED: 'tag--inactive',
  ERROR: 'tag--overdue',
};

export interface RegistryImportReportProps {
  report: RegistryImportReportData;
  /** Writes the file; offered after a dry run, and refused while any row has an error. */
  onCommit?: () => void;
  committing?: boolean;
}

/** What a registry import does, or did, row by row: its fate, line and reason. */
export function RegistryImportReport({ report, onCommit, committing = false }: RegistryImportReportProps) {
  const t = useT(messages);
  const { locale } = useLocale();
  const [onlyErrors, setOnlyErrors] = useState(false);
  const rows = onlyErrors ? report.rows.filter((row) => row.status === 'ERROR') : report.rows;
  const blocked = report.errorCount > 0;

  return (
    <div className="import-report">
      <div className={`notice ${blocked ? 'notice--error' : report.dryRun ? 'notice--info' : 'notice--success'}`} role="status">
        <p>
          {report.dryRun
            ? t('summaryDry', { total: report.totalRows, created: report.created, updated: report.updated, unchanged: report.unchanged, errors: report.errorCount })
            : t('summaryDone', { total: report.totalRows, created: report.created, updated: report.updated, unchanged: report.unchanged })}
        </p>
        {blocked ? <p id="import-blocked">{t('blocked', { errors: report.errorCount })}</p> : null}
      </div>
      {report.dryRun && onCommit ? (
        <div className="button-row">
          <button type="button" className="button" disabled={blocked || committing} aria-describedby={blocked ? 'import-blocked' : undefined} onClick={onCommit}>
            {t('commit', { count: report.totalRows })}
          </button>
        </div>
      ) : null}
      {blocked ? (
        <label className="checkbox">
          <input type="checkbox" checked={onlyErrors} onChange={(event) => setOnlyErrors(event.target.checked)} />
          <span>{t('onlyErrors')}</span>
        </label>
      ) : null}
      <TableScroll label={t('caption')}>
        <table className="data-table import-table">
          <caption>{t('caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('line')}
              </th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('key')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('details')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.line} className={row.status === 'ERROR' ? 'row--error' : undefined}>
                <th scope="row" className="numeric">
                  {row.line}
                </th>
                <td>{row.kind ? t(row.kind) : t('unknownKind')}</td>
                <td>{row.key}</td>
                <td>
                  <span className={`tag ${statusClass[row.status]}`}>{t(row.status)}</span>
                </td>
                <td>
                  {row.messages.length > 0 ? (
                    <ul className="import-table__messages">
                      {row.messages.map((message) => (
                        <li key={message.en}>{message[locale]}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}
