import { LocaleProvider } from '@patuh/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RegistryImportReport, type RegistryImportReportData } from './RegistryImportReport';

const message = (id: string, en: string) => ({ __typename: 'RegistryImportMessage' as const, id, en });

function report(overrides: Partial<RegistryImportReportData> = {}): RegistryImportReportData {
  return {
    dryRun: true,
    totalRows: 4,
    created: 1,
    updated: 1,
    unchanged: 1,
    errorCount: 1,
    rows: [
      { line: 2, status: 'CREATE', kind: 'INSTITUTION', key: '36.74', messages: [] },
      { line: 3, status: 'UPDATE', kind: 'UNIT', key: '36.74 / Dinas Sosial', messages: [message('unit_kind: DINKES → DINSOS', 'unit_kind: DINKES → DINSOS')] },
      { line: 4, status: 'UNCHANGED', kind: 'UNIT', key: '36.74 / DPMPTSP', messages: [] },
      {
        line: 6,
        status: 'ERROR',
        kind: null,
        key: '',
        messages: [message('Kolom kind harus "institution" atau "unit".', 'The kind column must be "institution" or "unit".')],
      },
    ],
    ...overrides,
  };
}

function renderReport(data: RegistryImportReportData, onCommit = vi.fn()) {
  render(
    <LocaleProvider>
      <RegistryImportReport report={data} onCommit={onCommit} />
    </LocaleProvider>,
  );
  return onCommit;
}

describe('RegistryImportReport', () => {
  it("shows every row's fate with its line and reason, in file order", () => {
    renderReport(report());
    const table = screen.getByRole('table', { name: 'Hasil setiap baris berkas' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]!).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Baris', 'Jenis', 'Yang dimaksud', 'Hasil', 'Keterangan']);
    expect(rows.slice(1).map((row) => row.textContent)).toEqual([
      '2Instansi36.74Baru',
      '3Unit36.74 / Dinas SosialDiubahunit_kind: DINKES → DINSOS',
      '4Unit36.74 / DPMPTSPTetap',
      '6?GalatKolom kind harus "institution" atau "unit".',
    ]);
    expect(within(rows[4]!).getByRole('rowheader')).toHaveTextContent('6');
    expect(screen.getByRole('status')).toHaveTextContent('Uji coba: 4 baris dibaca — 1 baru, 1 diubah, 1 tetap, 1 galat. Belum ada yang ditulis.');
  });

  it('refuses the import while any row has an error, and can show only those rows', async () => {
    const user = userEvent.setup();
    const onCommit = renderReport(report());
    const commit = screen.getByRole('button', { name: 'Impor 4 baris' });
    expect(commit).toBeDisabled();
    expect(commit).toHaveAccessibleDescription(/Impor tidak dapat dijalankan selama ada baris bergalat: perbaiki 1 baris/);
    await user.click(commit);
    expect(onCommit).not.toHaveBeenCalled();

    await user.click(screen.getByRole('checkbox', { name: 'Tampilkan hanya baris bergalat' }));
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });

  it('offers the import once every row passes', async () => {
    const user = userEvent.setup();
    const clean = report({ errorCount: 0, totalRows: 3, rows: report().rows.slice(0, 3) });
    const onCommit = renderReport(clean);
    await user.click(screen.getByRole('button', { name: 'Impor 3 baris' }));
    expect(onCommit).toHaveBeenCalledOnce();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });

  it('says what an import wrote, without offering it again', () => {
    render(
      <LocaleProvider>
        <RegistryImportReport report={report({ dryRun: false, errorCount: 0, rows: report().rows.slice(0, 3), totalRows: 3 })} onCommit={vi.fn()} />
      </LocaleProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Impor selesai: 3 baris — 1 baru, 1 diubah, 1 tetap.');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
