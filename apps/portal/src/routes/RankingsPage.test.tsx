import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import { gradeDistributionMock, platformMock, publishedCyclesMock, rankingsMock, viewerMock } from '../test/mocks';
import { renderWithProviders } from '../test/render';

function Address() {
  const location = useLocation();
  return <output data-testid="address">{`${location.pathname}${location.search}`}</output>;
}

const mocks = () => [platformMock(), viewerMock(), publishedCyclesMock(), rankingsMock(2024), gradeDistributionMock(2024, [4, 2, 1, 1, 0])];

function renderRankings(path: string) {
  return renderWithProviders(
    <>
      <App />
      <Address />
    </>,
    mocks(),
    path,
  );
}

const bodyNames = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((cell) => within(cell).getByRole('link').textContent);

describe('rankings page', () => {
  it('shows the view its address describes, with the rank of its scope', async () => {
    renderRankings('/peringkat/2024?provinsi=36');
    const table = await screen.findByRole('table', { name: 'Peringkat 2024: Banten' });
    expect(bodyNames(table)).toEqual(['Kota Tangerang Selatan', 'Kota Tangerang', 'Provinsi Banten', 'Kabupaten Lebak', 'Kota Cilegon']);
    expect(screen.getByText('Menampilkan 5 dari 5 instansi.')).toBeInTheDocument();
    const firstRow = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(firstRow).toHaveTextContent(/^1nasional ke-2Kota Tangerang Selatan/);
    expect(firstRow).toHaveTextContent('96,83');
    expect(firstRow).toHaveTextContent('naik 0,69');
    expect(screen.getByLabelText('Provinsi')).toHaveValue('36');
    expect(document.title).toBe('Peringkat 2024 — Patuh');
  });

  it('changes the address with every filter and sort, so each view can be shared', async () => {
    const user = userEvent.setup();
    renderRankings('/peringkat/2024');
    await screen.findByRole('table', { name: 'Peringkat nasional 2024' });
    expect(screen.getByText('Menampilkan 8 dari 8 instansi.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Jenis instansi'), 'KOTA');
    expect(screen.getByTestId('address')).toHaveTextContent('/peringkat/2024?tipe=kota');
    let table = await screen.findByRole('table', { name: 'Peringkat 2024: Kota' });
    expect(bodyNames(table)).toEqual(['Kota Tangerang Selatan', 'Kota Tangerang', 'Kota Cilegon']);

    await user.selectOptions(screen.getByLabelText('Predikat'), 'A');
    expect(screen.getByTestId('address')).toHaveTextContent('/peringkat/2024?tipe=kota&predikat=A');
    table = await screen.findByRole('table', { name: 'Peringkat 2024: Kota — disaring: predikat A' });
    expect(bodyNames(table)).toEqual(['Kota Tangerang Selatan', 'Kota Tangerang']);
    expect(screen.getByText('Menampilkan 2 dari 3 instansi.')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Urutkan'), 'name');
    expect(screen.getByTestId('address')).toHaveTextContent('urut=nama');
    expect(bodyNames(await screen.findByRole('table', { name: /Kota — disaring/ }))).toEqual(['Kota Tangerang', 'Kota Tangerang Selatan']);

    await user.click(screen.getByRole('button', { name: 'Hapus semua saringan' }));
    expect(screen.getByTestId('address')).toHaveTextContent(/^\/peringkat\/2024$/);
    expect(bodyNames(await screen.findByRole('table', { name: 'Peringkat nasional 2024' }))).toHaveLength(8);
  });

  it('finds bodies by name as one types, and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderRankings('/peringkat/2024');
    await screen.findByRole('table', { name: 'Peringkat nasional 2024' });
    await user.type(screen.getByLabelText('Cari nama atau kode'), 'lebak');
    expect(screen.getByTestId('address')).toHaveTextContent('q=lebak');
    expect(bodyNames(await screen.findByRole('table', { name: /“lebak”/ }))).toEqual(['Kabupaten Lebak']);
    await user.type(screen.getByLabelText('Cari nama atau kode'), 'x');
    expect(await screen.findByText('Tidak ada instansi yang cocok dengan saringan ini.')).toBeInTheDocument();
  });

  it('labels grades from the year’s method in English too', async () => {
    const user = userEvent.setup();
    renderRankings('/peringkat/2024?zona=kuning');
    const table = await screen.findByRole('table', { name: /zona Kuning/ });
    expect(within(table).getByText('Kualitas Sedang')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('table', { name: /Yellow zone/ })).toBeInTheDocument();
    expect(screen.getByText('Medium quality')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Change since 2023' })).toBeInTheDocument();
  });

  it('says when a year has no published results, and offers those that do', async () => {
    renderRankings('/peringkat/2019');
    expect(await screen.findByText('Hasil penilaian 2019 belum dipublikasikan, atau tahun ini tidak ada.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '2024' })).toHaveAttribute('href', '/peringkat/2024');
  });
});
