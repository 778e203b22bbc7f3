import type { YearResultFieldsFragment } from '@patuh/graphql';
import { LanguageSwitch, LocaleProvider } from '@patuh/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bands } from '../../test/mocks';
import { ScoreHistoryChart, ScoreHistoryTable } from './ScoreHistory';

const zoneBands = [
  { code: 'HIJAU', label: { id: 'Zona hijau', en: 'Green zone' }, zone: 'HIJAU' as const, colour: '#1b6e35', min: 81, max: 100 },
  { code: 'KUNING', label: { id: 'Zona kuning', en: 'Yellow zone' }, zone: 'KUNING' as const, colour: '#f3c623', min: 51, max: 80.99 },
  { code: 'MERAH', label: { id: 'Zona merah', en: 'Red zone' }, zone: 'MERAH' as const, colour: '#a8231b', min: 0, max: 50.99 },
];

function result(year: number, score: number, grade: string, extra: Partial<YearResultFieldsFragment> = {}): YearResultFieldsFragment {
  const yearBands = year < 2022 ? zoneBands : bands;
  const band = yearBands.find((b) => b.code === grade)!;
  return {
    year,
    score,
    grade,
    zone: band.zone,
    label: band.label.id,
    rankNational: 10,
    rankType: 4,
    rankProvince: 1,
    unitCount: 6,
    revision: 1,
    corrected: false,
    publishedAt: `${year}-12-14T00:00:00.000Z`,
    source: 'COMPUTED',
    synthetic: false,
    gradeBands: yearBands,
    ...extra,
  };
}

// 2021 was scored in zones, 2022 onwards in grades: each year keeps its own bands.
const history = [
  result(2021, 79.5, 'KUNING', { source: 'IMPORTED', unitCount: 0, rankProvince: null }),
  result(2022, 88.1, 'A', { rankNational: 40 }),
  result(2023, 94.46, 'A', { corrected: true, revision: 2, synthetic: true }),
];

function renderHistory() {
  return render(
    <LocaleProvider>
      <LanguageSwitch />
      <ScoreHistoryChart title="Skor Kota Tangerang Selatan per tahun" results={history} />
      <ScoreHistoryTable title="Skor Kota Tangerang Selatan per tahun" results={history} />
    </LocaleProvider>,
  );
}

describe('a body’s score history', () => {
  it('draws one image named by its title, described by every point, with each year’s bands behind', () => {
    const { container } = renderHistory();
    const chart = screen.getByRole('img', { name: /^Skor Kota Tangerang Selatan per tahun/ });
    expect(chart).toHaveAccessibleName(
      'Skor Kota Tangerang Selatan per tahun Skor per tahun: 2021 79,50 (predikat KUNING); 2022 88,10 (predikat A); 2023 94,46 (predikat A). Latar tiap tahun menunjukkan rentang predikat metode tahun itu.',
    );
    // Three zone bands for 2021, five grade bands for each of the two later years.
    expect(container.querySelectorAll('svg rect')).toHaveLength(3 + 5 + 5);
    expect(container.querySelectorAll('svg circle')).toHaveLength(3);
  });

  it('gives the same figures as a table, with ranks and notes on each year', () => {
    renderHistory();
    const table = screen.getByRole('table', { name: 'Skor Kota Tangerang Selatan per tahun (tabel)' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['2021', '2022', '2023']);
    const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells(rows[0]!)).toEqual(['79,50', 'Predikat KUNINGZona kuning, zona kuning', '10', '4', '—', 'angka resmi yang diimpor']);
    expect(cells(rows[1]!)).toEqual(['88,10', 'Predikat AKualitas Tertinggi, zona hijau', '40', '4', '1', '']);
    expect(cells(rows[2]!)).toEqual(['94,46', 'Predikat AKualitas Tertinggi, zona hijau', '10', '4', '1', 'dikoreksi (revisi 2); data demo sintetis']);
  });

  it('speaks English when English is chosen', async () => {
    const user = userEvent.setup();
    renderHistory();
    await user.click(screen.getByRole('button', { name: 'English' }));
    const table = screen.getByRole('table', { name: 'Skor Kota Tangerang Selatan per tahun (table)' });
    expect(within(table).getByRole('columnheader', { name: 'Rank in its province' })).toBeInTheDocument();
    expect(within(table).getAllByText('Highest quality')).toHaveLength(2);
    expect(within(table).getByText('corrected (revision 2); synthetic demo data')).toBeInTheDocument();
  });
});
