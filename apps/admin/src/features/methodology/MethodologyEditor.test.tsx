import type { MockLink } from '@apollo/client/testing';
import { CycleMethodologyDocument, CycleOverviewDocument, UpdateMethodologyDocument } from '@patuh/graphql';
import { formatScore, scoreUnit, type Methodology } from '@patuh/scoring';
import { METHOD_2022 } from '@patuh/scoring/presets';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { apiError, typed } from '../../test/mocks';
import { renderWithProviders } from '../../test/render';
import type { DraftMethodology } from './draft';
import { MethodologyEditor, type MethodologyEditorProps } from './MethodologyEditor';
import { extremeAnswers, type SampleAnswers } from './preview';

// A whole method in jsdom: queries over a few hundred fields take a while on a small machine.
vi.setConfig({ testTimeout: 60_000 });

const preset = () => JSON.parse(JSON.stringify(METHOD_2022)) as DraftMethodology;

/** The editor with its sample answers held as the page holds them. */
function Harness(props: Partial<MethodologyEditorProps>) {
  const [answers, setAnswers] = useState<SampleAnswers>({});
  return (
    <MethodologyEditor
      cycleId="c2026"
      version={1}
      document={preset()}
      editable
      answers={answers}
      onAnswersChange={setAnswers}
      onSaved={() => undefined}
      onReload={() => undefined}
      {...props}
    />
  );
}

// What the API gives back after a save: the refreshed page data is not what these tests look at.
const refetchMocks: MockLink.MockedResponse[] = [
  { request: { query: CycleMethodologyDocument, variables: { id: 'c2026' } }, result: { data: { cycle: null } }, maxUsageCount: 5 },
  { request: { query: CycleOverviewDocument, variables: { id: 'c2026' } }, result: { data: { cycle: null } }, maxUsageCount: 5 },
];

const renderEditor = (props: Partial<MethodologyEditorProps> = {}, mocks: MockLink.MockedResponse[] = []) =>
  renderWithProviders(<Harness {...props} />, [...mocks, ...refetchMocks]);

/** Unfolds a node of the tree (or of the preview) by its summary, as a person would. */
async function unfold(user: ReturnType<typeof userEvent.setup>, summaryText: string | RegExp, scope: HTMLElement = document.body) {
  const summary = within(scope).getByText(summaryText, { selector: 'summary, summary *' }).closest('summary') as HTMLElement;
  await user.click(summary);
}

/** The score as the preview must show it: computed by @patuh/scoring, written the Indonesian way. */
const expectedScore = (methodology: Methodology, answers: SampleAnswers) => {
  const result = scoreUnit(methodology, answers);
  return formatScore(result.score as number, { decimalSeparator: ',' });
};

describe('methodology editor: validation as you type', () => {
  it('shows a wrong weight sum at the dimensions and in the summary, and clears it once fixed', async () => {
    const user = userEvent.setup();
    renderEditor();
    expect(screen.getByText('Metodologi lolos validasi.')).toBeInTheDocument();

    const weight = screen.getByLabelText('Bobot (%) — INPUT Input');
    await user.clear(weight);
    await user.type(weight, '25');

    const section = screen.getByRole('region', { name: 'Dimensi, variabel, dan indikator' });
    expect(within(section).getByText('Bobot dimensi berjumlah 103,15, seharusnya 100.')).toBeInTheDocument();
    expect(within(section).getByText('Jumlah bobot: 103,15 dari 100')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '1 masalah perlu diperbaiki sebelum metodologi dapat disimpan' })).toBeInTheDocument();
    // The sample unit waits for a valid methodology.
    expect(screen.getByText(/Pratinjau menunggu metodologi yang lolos validasi/)).toBeInTheDocument();

    await user.clear(weight);
    await user.type(weight, '21,85');
    expect(screen.getByText('Metodologi lolos validasi.')).toBeInTheDocument();
    expect(within(section).queryByText(/Bobot dimensi berjumlah/)).not.toBeInTheDocument();
  });

  it('puts an issue at its field and leads there from the summary, opening the folded tree', async () => {
    const user = userEvent.setup();
    renderEditor();
    const label = 'Bobot (%) — IN-KOM-01 Pengetahuan pelaksana atas 14 komponen standar pelayanan (ditanyakan secara lisan)';
    await unfold(user, 'IN-KOM Kompetensi Pelaksana');
    await unfold(user, /^IN-KOM-01 Pengetahuan/);
    const weight = screen.getByLabelText(label);
    await user.clear(weight);
    await user.type(weight, 'dua');

    expect(weight).toHaveAttribute('aria-invalid', 'true');
    expect(weight).toHaveAccessibleDescription('Isi dengan angka, misalnya 21,85.');
    expect(screen.getByRole('heading', { name: '1 masalah perlu diperbaiki sebelum metodologi dapat disimpan' })).toBeInTheDocument();
    // The folded summaries above it count the issue.
    expect(screen.getByText('IN-KOM Kompetensi Pelaksana').closest('summary')).toHaveTextContent('1 masalah');

    // Folded away, the field is gone; the summary's link unfolds it again and focuses the field.
    await unfold(user, 'IN-KOM Kompetensi Pelaksana');
    expect(screen.queryByLabelText(label)).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'INPUT › IN-KOM › IN-KOM-01 — bobot' }));
    await vi.waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(label)));
    expect(screen.getByLabelText(label)).toHaveValue('dua');
  });

  it('reports a grade band gap at the band', async () => {
    const user = userEvent.setup();
    renderEditor();
    const bands = screen.getByRole('table', { name: 'Rentang nilai predikat' });
    const max = within(bands).getByLabelText('Sampai — predikat 2 B');
    await user.clear(max);
    await user.type(max, '87,5');
    expect(within(bands).getByText('Batas atas predikat ini harus 0,01 di bawah batas bawah predikat di atasnya.')).toBeInTheDocument();
  });
});

describe('methodology editor: score preview', () => {
  it('scores a sample unit live with @patuh/scoring, with its grade and dimensions, and follows weight changes', async () => {
    const user = userEvent.setup();
    renderEditor();
    const preview = screen.getByRole('region', { name: 'Pratinjau nilai unit contoh' });
    expect(within(preview).getByText('Belum lengkap: 37 dari 37 indikator belum dijawab.')).toBeInTheDocument();

    await user.click(within(preview).getByRole('button', { name: 'Isi semua dengan jawaban terbaik' }));
    expect(within(preview).getByText('100,00', { selector: 'strong' })).toBeInTheDocument();
    expect(within(preview).getByText('Kualitas Tertinggi')).toBeInTheDocument();
    const breakdown = within(preview).getByRole('table', { name: 'Rincian per dimensi' });
    expect(within(breakdown).getAllByRole('row')).toHaveLength(5);
    expect(within(breakdown).getByRole('row', { name: /Input/ })).toHaveTextContent('21,85 %21,8521,85100,00');

    // One answer lower: the score drops by what @patuh/scoring says it should.
    await unfold(user, 'Input', preview);
    await user.selectOptions(within(preview).getByLabelText(/IN-KOM-01/), '0');
    const answers = { ...extremeAnswers(METHOD_2022, 'best'), 'IN-KOM-01': 0 };
    const lowered = expectedScore(METHOD_2022, answers);
    expect(within(preview).getByText(lowered, { selector: 'strong' })).toBeInTheDocument();

    // A weight moved from IN-KOM-01 to IN-KOM-02 changes the preview before anything is saved.
    await unfold(user, 'IN-KOM Kompetensi Pelaksana');
    await unfold(user, /^IN-KOM-01 /);
    await unfold(user, /^IN-KOM-02 /);
    await user.clear(screen.getByLabelText(/^Bobot \(%\) — IN-KOM-01 /));
    await user.type(screen.getByLabelText(/^Bobot \(%\) — IN-KOM-01 /), '14,44');
    await user.clear(screen.getByLabelText(/^Bobot \(%\) — IN-KOM-02 /));
    await user.type(screen.getByLabelText(/^Bobot \(%\) — IN-KOM-02 /), '25,11');
    const edited = preset();
    const kom = edited.dimensions[0]!.variables[0]!;
    kom.indicators[0]!.weight = 14.44;
    kom.indicators[1]!.weight = 25.11;
    const reweighted = expectedScore(edited as unknown as Methodology, answers);
    expect(reweighted).not.toBe(lowered);
    expect(within(preview).getByText(reweighted, { selector: 'strong' })).toBeInTheDocument();
  });
});

describe('methodology editor: saving', () => {
  const savedVersion = { data: { updateMethodology: typed('Methodology', { id: 'm2', version: 2, presetId: 'METHOD_2022', valid: true, createdAt: '2026-01-05T03:00:00.000Z' }) } };

  it('saves the edited document as the next version of the one it started from', async () => {
    const user = userEvent.setup();
    const onSaved = vi.fn();
    let sent: { expectedVersion: number; document: DraftMethodology } | undefined;
    renderEditor({ onSaved }, [
      {
        request: { query: UpdateMethodologyDocument, variables: () => true },
        result: (variables) => {
          sent = variables as typeof sent;
          return savedVersion;
        },
      },
    ]);
    const save = screen.getByRole('button', { name: 'Simpan sebagai versi 2' });
    expect(save).toBeDisabled();
    await user.clear(screen.getByLabelText('Versi isi (mis. 2026.1)'));
    await user.type(screen.getByLabelText('Versi isi (mis. 2026.1)'), '2026.1');
    expect(screen.getByText('Ada perubahan yang belum disimpan.')).toBeInTheDocument();
    await user.click(save);
    await vi.waitFor(() => expect(onSaved).toHaveBeenCalledWith(2));
    expect(sent?.expectedVersion).toBe(1);
    expect(sent?.document.version).toBe('2026.1');
  });

  it('maps the issues of a refused save to their places', async () => {
    const user = userEvent.setup();
    const refused = apiError(
      'BAD_USER_INPUT',
      { id: 'Metodologi tidak valid (1 masalah).', en: 'The methodology is invalid (1 issue(s)).' },
      {
        field: 'document.dimensions[1].code',
        issues: [{ field: 'document.dimensions[1].code', code: 'DUPLICATE_CODE', path: 'dimensions[1].code', message: 'Code "X" is already used' }],
      },
    );
    renderEditor({}, [{ request: { query: UpdateMethodologyDocument, variables: () => true }, result: refused }]);
    await user.type(screen.getByLabelText('Versi isi (mis. 2026.1)'), '-b');
    await user.click(screen.getByRole('button', { name: 'Simpan sebagai versi 2' }));
    const code = await screen.findByLabelText('Kode — PROSES Proses');
    await vi.waitFor(() => expect(code).toHaveAccessibleDescription('Kode ini sudah dipakai di bagian lain metodologi.'));
    expect(screen.getByRole('alert')).toHaveTextContent('Server menolak metodologi ini');
  });

  it('explains a conflict and offers to load the latest version', async () => {
    const user = userEvent.setup();
    const onReload = vi.fn();
    const conflict = apiError(
      'CONFLICT',
      { id: 'Metodologi telah diubah oleh orang lain (kini versi 3). Muat ulang lalu coba lagi.', en: 'The methodology was changed by someone else (now version 3). Reload and try again.' },
      { current: { id: 'm3', version: 3 } },
    );
    renderEditor({ onReload }, [{ request: { query: UpdateMethodologyDocument, variables: () => true }, result: conflict }]);
    await user.type(screen.getByLabelText('Versi isi (mis. 2026.1)'), '-b');
    await user.click(screen.getByRole('button', { name: 'Simpan sebagai versi 2' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Metodologi telah diubah oleh orang lain (kini versi 3). Muat ulang lalu coba lagi.');
    await user.click(screen.getByRole('button', { name: 'Muat versi terbaru (perubahan Anda dibuang)' }));
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('is read-only when the cycle is past preparation, while the preview still works', async () => {
    const user = userEvent.setup();
    renderEditor({ editable: false });
    expect(screen.getByLabelText('Bobot (%) — INPUT Input')).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Simpan/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tambah dimensi' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Isi semua dengan jawaban terburuk' }));
    expect(screen.getByText('Kualitas Terendah')).toBeInTheDocument();
  });
});
