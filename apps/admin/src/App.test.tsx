import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { PlatformDocument } from '@patuh/graphql';
import { LocaleProvider } from '@patuh/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { cyclesMock, demoPlatform, failingMock, platformMock } from './test/mocks';

function renderAdmin(mocks: MockLink.MockedResponse[], path = '/admin/') {
  return render(
    <MockedProvider mocks={mocks}>
      <LocaleProvider>
        <App path={path} />
      </LocaleProvider>
    </MockedProvider>,
  );
}

describe('admin home', () => {
  it('shows the platform, its data source and the cycles table from the API', async () => {
    renderAdmin([platformMock(), cyclesMock()]);

    expect(screen.getByRole('banner')).toHaveTextContent('Patuh — Admin');
    expect(screen.getByRole('link', { name: /Patuh — Admin/ })).toHaveAttribute('href', '/admin/');
    expect(screen.getByRole('heading', { level: 1, name: 'Ringkasan' })).toBeInTheDocument();
    expect(await screen.findByText('Data demo sintetis — bukan hasil resmi Ombudsman')).toBeInTheDocument();
    expect(screen.getByText('Data demo sintetis')).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'Siklus penilaian' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Tahun', 'Judul', 'Tahap']);
    expect(rows[1]).toHaveTextContent('2025');
    expect(rows[1]).toHaveTextContent('Penilaian Kepatuhan 2025');
    expect(rows[1]).toHaveTextContent('Pengumpulan data');
    expect(rows[2]).toHaveTextContent('Dipublikasikan');
  });

  it('accepts the address without its trailing slash', async () => {
    renderAdmin([platformMock(), cyclesMock()], '/admin');
    expect(screen.getByRole('heading', { level: 1, name: 'Ringkasan' })).toBeInTheDocument();
    await screen.findByRole('table');
  });

  it('switches to English and back', async () => {
    const user = userEvent.setup();
    renderAdmin([platformMock(), cyclesMock()]);
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Assessment cycles' })).toHaveTextContent('Data collection');
    expect(screen.getByText('Synthetic demo data — not official Ombudsman results')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bahasa Indonesia' }));
    expect(document.documentElement.lang).toBe('id');
    expect(screen.getByRole('heading', { level: 1, name: 'Ringkasan' })).toBeInTheDocument();
  });

  it('shows no demo banner for official data', async () => {
    renderAdmin([platformMock({ ...demoPlatform, dataSource: 'OFFICIAL' }), cyclesMock()]);
    expect(await screen.findByText('Hasil resmi Ombudsman')).toBeInTheDocument();
    expect(screen.queryByText(/bukan hasil resmi/)).not.toBeInTheDocument();
  });

  it('says so when there are no cycles yet', async () => {
    renderAdmin([platformMock({ ...demoPlatform, dataSource: 'EMPTY', cycleCount: 0 }), cyclesMock([])]);
    expect(await screen.findByText('Belum ada siklus penilaian.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('keeps the shell when the platform cannot be reached, and offers to try again', async () => {
    renderAdmin([failingMock(PlatformDocument), cyclesMock()]);
    // The header keeps the platform's usual name while the API is unreachable.
    expect(screen.getByRole('banner')).toHaveTextContent('Patuh — Admin');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
    await screen.findByRole('table');
  });

  it('answers unknown addresses with a page that leads to the overview', () => {
    renderAdmin([platformMock()], '/admin/tidak-ada');
    expect(screen.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ke ringkasan' })).toHaveAttribute('href', '/admin/');
  });
});
