import { PlatformDocument } from '@patuh/graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { adminViewer, cyclesMock, demoPlatform, failingMock, platformMock, regionalViewer, viewerMock } from './test/mocks';
import { renderAdmin } from './test/render';

const signedInAdmin = () => [viewerMock(adminViewer), platformMock(), cyclesMock()];

describe('admin home', () => {
  it('shows the platform, its data source and the cycles table from the API', async () => {
    renderAdmin(signedInAdmin());

    expect(screen.getByRole('banner')).toHaveTextContent('Patuh — Admin');
    expect(screen.getByRole('link', { name: /Patuh — Admin/ })).toHaveAttribute('href', '/admin/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ringkasan' })).toBeInTheDocument();
    expect(await screen.findByText('Data demo sintetis — bukan hasil resmi Ombudsman')).toBeInTheDocument();
    expect(screen.getByText('Data demo sintetis')).toBeInTheDocument();

    const table = await screen.findByRole('table', { name: 'Siklus penilaian' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Tahun', 'Judul', 'Tahap']);
    expect(rows[1]).toHaveTextContent('2025');
    expect(within(rows[1]!).getByRole('link', { name: 'Penilaian Kepatuhan 2025' })).toHaveAttribute('href', '/admin/siklus/c2025');
    expect(rows[1]).toHaveTextContent('Pengumpulan data');
    expect(rows[2]).toHaveTextContent('Dipublikasikan');
  });

  it('accepts the address without its trailing slash', async () => {
    renderAdmin(signedInAdmin(), '/admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ringkasan' })).toBeInTheDocument();
    await screen.findByRole('table');
  });

  it('shows who is signed in with role and scope, and the menu of their role', async () => {
    renderAdmin(signedInAdmin());
    const menu = await screen.findByRole('navigation', { name: 'Menu utama' });
    expect(within(menu).getAllByRole('link').map((link) => link.textContent)).toEqual(['Ringkasan', 'Registri', 'Hasil historis', 'Pengguna', 'Kotak keluar', 'Jejak audit']);
    expect(within(menu).getByRole('link', { name: 'Ringkasan' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Admin Pusat (demo)')).toBeInTheDocument();
    expect(screen.getByText('Admin · Nasional · akun demo')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Buat siklus baru' })).toHaveAttribute('href', '/admin/siklus/baru');
  });

  it('gives regional staff their province as scope and no admin pages', async () => {
    renderAdmin([viewerMock(regionalViewer), platformMock(), cyclesMock()]);
    const menu = await screen.findByRole('navigation', { name: 'Menu utama' });
    expect(within(menu).getAllByRole('link').map((link) => link.textContent)).toEqual(['Ringkasan', 'Registri']);
    expect(screen.getByText('Staf perwakilan · Banten · akun demo')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Buat siklus baru' })).not.toBeInTheDocument();
  });

  it('switches to English and back', async () => {
    const user = userEvent.setup();
    renderAdmin(signedInAdmin());
    await screen.findByRole('table');

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Assessment cycles' })).toHaveTextContent('Data collection');
    expect(screen.getByText('Synthetic demo data — not official Ombudsman results')).toBeInTheDocument();
    expect(screen.getByText('Admin · National · demo account')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bahasa Indonesia' }));
    expect(document.documentElement.lang).toBe('id');
    expect(screen.getByRole('heading', { level: 1, name: 'Ringkasan' })).toBeInTheDocument();
  });

  it('shows no demo banner for official data', async () => {
    renderAdmin([viewerMock(adminViewer), platformMock({ ...demoPlatform, dataSource: 'OFFICIAL' }), cyclesMock()]);
    expect(await screen.findByText('Hasil resmi Ombudsman')).toBeInTheDocument();
    expect(screen.queryByText(/bukan hasil resmi/)).not.toBeInTheDocument();
  });

  it('says so when there are no cycles yet', async () => {
    renderAdmin([viewerMock(adminViewer), platformMock({ ...demoPlatform, dataSource: 'EMPTY', cycleCount: 0 }), cyclesMock([])]);
    expect(await screen.findByText('Belum ada siklus penilaian.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('keeps the shell when the platform cannot be reached, and offers to try again', async () => {
    renderAdmin([viewerMock(adminViewer), failingMock(PlatformDocument), cyclesMock()]);
    // The header keeps the platform's usual name while the API is unreachable.
    expect(screen.getByRole('banner')).toHaveTextContent('Patuh — Admin');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
    await screen.findByRole('table');
  });

  it('answers unknown addresses with a page that leads to the overview', async () => {
    renderAdmin([viewerMock(adminViewer), platformMock()], '/admin/tidak-ada');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ke ringkasan' })).toHaveAttribute('href', '/admin');
  });
});
