import type { RaporWhatIfQuery } from '@patuh/graphql';
import { scoreInstitution, scoreUnit, type Answers, type Indicator } from '@patuh/scoring';
import { METHOD_2022 } from '@patuh/scoring/presets';
import { LocaleProvider } from '@patuh/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WhatIfPanel } from './WhatIfPanel';

const indicators: Indicator[] = METHOD_2022.dimensions.flatMap((d) => d.variables.flatMap((v) => v.indicators));

/** A finding one step short of full marks on every indicator: room to improve everywhere. */
function middlingAnswer(indicator: Indicator): number {
  const scale = indicator.scale;
  switch (scale.kind) {
    case 'YES_NO':
      return 0;
    case 'ORDINAL':
      return scale.levels[scale.levels.length - 2]!.value;
    case 'PERCENTAGE':
      return 70;
    case 'NUMERIC':
      return scale.normalisation.min + (scale.normalisation.max - scale.normalisation.min) * 0.6;
  }
}

const unitAnswers = ['u-dukcapil', 'u-dinsos'].map((unitId, u) => ({
  unitId,
  serviceProducts: 2,
  answers: indicators.map((indicator, i) => ({
    indicatorCode: indicator.code,
    // The second unit does better on every other indicator.
    value: u === 1 && i % 2 === 0 && indicator.scale.kind === 'YES_NO' ? 1 : middlingAnswer(indicator),
    notApplicable: false,
  })),
}));

const answersOf = (unit: (typeof unitAnswers)[number]): Answers => Object.fromEntries(unit.answers.map((a) => [a.indicatorCode, a.value]));
// The published score is what the scoring package makes of these findings.
const ownScore = scoreInstitution(
  METHOD_2022,
  unitAnswers.map((unit) => ({ score: scoreUnit(METHOD_2022, answersOf(unit)).score })),
).score!;

const others = [
  { id: 'k1', name: 'Kota Satu', provinceCode: '36', score: 97.5 },
  { id: 'k2', name: 'Kota Dua', provinceCode: '32', score: 91 },
  { id: 'k3', name: 'Kota Tiga', provinceCode: '36', score: ownScore + 3 },
  { id: 'k4', name: 'Kota Empat', provinceCode: '11', score: ownScore + 1 },
  { id: 'k5', name: 'Kota Lima', provinceCode: '12', score: ownScore - 5 },
  { id: 'b1', name: 'Kabupaten Satu', provinceCode: '36', score: 99 },
];

const data: RaporWhatIfQuery['rapor'] = {
  year: 2024,
  institution: { id: 'i-self', type: 'KOTA', province: { code: '36' } },
  methodologyDocument: METHOD_2022,
  unitAnswers,
  cycleScores: [
    { institutionId: 'i-self', name: 'Kota Uji', type: 'KOTA', provinceCode: '36', score: ownScore },
    ...others.map((o) => ({ institutionId: o.id, name: o.name, type: o.id.startsWith('b') ? ('KABUPATEN' as const) : ('KOTA' as const), provinceCode: o.provinceCode, score: o.score })),
  ],
};

const unitNames = new Map([
  ['u-dukcapil', 'Disdukcapil'],
  ['u-dinsos', 'Dinas Sosial'],
]);

function renderPanel() {
  return render(
    <LocaleProvider>
      <WhatIfPanel data={data} name="Kota Uji" unitNames={unitNames} publishedScore={ownScore} />
    </LocaleProvider>,
  );
}

const number = (text: string) => Number(text.replace(/\./g, '').replace(',', '.'));
/** "71,23 → 71,40 (+0,17)" as [before, after]. */
function projected(): [number, number] {
  const text = screen.getByTestId('projected-score').textContent ?? '';
  const [before, after] = text.split(' → ');
  return [number(before!), number(after!.split(' (')[0]!)];
}

describe('what-if panel', () => {
  it('starts from the published score, grade and ranks', () => {
    renderPanel();
    const [before, after] = projected();
    expect(before).toBe(ownScore);
    expect(after).toBe(ownScore);
    const result = screen.getByRole('region', { name: 'Hasil simulasi' });
    // Nationally behind five bodies, among cities behind four, in its province behind three.
    expect(within(result).getByText('Peringkat nasional').nextElementSibling).toHaveTextContent('6 → 6 dari 7');
    expect(within(result).getByText('Peringkat di antara kota').nextElementSibling).toHaveTextContent('5 → 5 dari 6');
    expect(within(result).getByText('Peringkat di provinsi').nextElementSibling).toHaveTextContent('4 → 4 dari 4');
    expect(screen.getByText('Belum ada perubahan. Tambahkan saran di atas atau pilih indikator sendiri.')).toBeInTheDocument();
  });

  it('raises the projected unit and body score when a suggested improvement is added', async () => {
    const user = userEvent.setup();
    renderPanel();
    const suggestions = screen.getByRole('table', { name: 'Saran perbaikan, dampak terbesar dulu' });
    const first = within(suggestions).getAllByRole('row')[1] as HTMLElement;
    const gain = number((within(first).getAllByRole('cell')[3]?.textContent ?? '').replace('+', ''));
    await user.click(within(first).getByRole('button', { name: /^Tambahkan .+ ke simulasi$/ }));

    const [before, after] = projected();
    expect(after).toBeGreaterThan(before);
    // One step's gain, as the package reckons it (four decimals, before rounding the score).
    expect(Math.abs(after - before - gain)).toBeLessThanOrEqual(0.01);
    const units = screen.getByRole('table', { name: 'Skor unit yang berubah' });
    expect(within(units).getAllByRole('row')).toHaveLength(2);

    const changes = screen.getByRole('table', { name: 'Jawaban yang diubah dalam simulasi' });
    expect(within(changes).getAllByRole('row')).toHaveLength(2);
    await user.click(within(changes).getByRole('button', { name: /^Hapus / }));
    expect(projected()).toEqual([ownScore, ownScore]);
  });

  it('offers the control that fits each scale, and follows it', async () => {
    const user = userEvent.setup();
    renderPanel();
    const ordinal = indicators.find((indicator) => indicator.scale.kind === 'ORDINAL')!;
    await user.selectOptions(screen.getByLabelText('Unit layanan'), 'u-dukcapil');
    await user.selectOptions(screen.getByLabelText('Indikator'), ordinal.code);
    await user.click(screen.getByRole('button', { name: 'Tambahkan ke simulasi' }));

    const control = screen.getByRole('combobox', { name: `Jawaban simulasi untuk ${ordinal.code} di Disdukcapil` });
    expect(control).toHaveValue('2');
    // Nothing changes until the answer does.
    expect(projected()).toEqual([ownScore, ownScore]);
    await user.selectOptions(control, '3');
    expect(projected()[1]).toBeGreaterThan(ownScore);
    await user.selectOptions(control, '0');
    expect(projected()[1]).toBeLessThan(ownScore);

    const yesNo = indicators.find((indicator) => indicator.scale.kind === 'YES_NO')!;
    await user.selectOptions(screen.getByLabelText('Indikator'), yesNo.code);
    await user.click(screen.getByRole('button', { name: 'Tambahkan ke simulasi' }));
    const group = screen.getByRole('group', { name: `Jawaban simulasi untuk ${yesNo.code} di Disdukcapil` });
    expect(within(group).getByRole('radio', { name: 'Tidak' })).toBeChecked();
  });

  it('says what each goal takes, and shows a path to it', async () => {
    const user = userEvent.setup();
    renderPanel();
    const goals = screen.getByRole('region', { name: 'Apa yang dibutuhkan' });
    const cards = within(goals).getAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      expect.stringMatching(/^Predikat [A-D] \(Kualitas/),
      '10 besar nasional di antara kota',
      'Peringkat pertama di provinsi',
    ]);
    const firstInProvince = cards[2]!;
    expect(firstInProvince).toHaveTextContent('Skor yang dibutuhkan: 99,00.');
    expect(firstInProvince).toHaveTextContent('Sekarang peringkat 4 dari 4.');
    const topTen = cards[1]!;
    expect(topTen).toHaveTextContent('Sudah tercapai.');

    await user.click(within(cards[0]!).getByRole('button', { name: 'Tunjukkan jalur ke sana' }));
    expect(within(goals).getByRole('status')).toHaveTextContent(/^Jalur ditambahkan ke simulasi: \d+ perubahan\.$/);
    expect(within(goals).getAllByRole('listitem')[0]).toHaveTextContent('Tercapai dengan perubahan simulasi ini.');
    const grade = within(screen.getByRole('region', { name: 'Hasil simulasi' })).getByText('Predikat', { selector: 'dt' }).nextElementSibling!;
    expect(grade.querySelectorAll('.grade-badge')).toHaveLength(2);
  });
});
