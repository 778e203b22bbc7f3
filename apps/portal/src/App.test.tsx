import { PublishedCyclesDocument } from '@patuh/graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { cyclesMock, demoPlatform, failingMock, homeMocks, platformMock, publishedCyclesMock, viewerMock } from './test/mocks';
import { renderPortal } from './test/render';

describe('portal home', () => {
  it('shows the latest published year at a glance: grades, zones, best bodies and changes', async () => {
    renderPortal(homeMocks());

    expect(screen.getByRole('heading', { level: 1, name: 'Kepatuhan pelayanan publik, dinilai setiap tahun' })).toBeInTheDocument();
    expect(await screen.findByText('Data demo sintetis — bukan hasil resmi Ombudsman')).toBeInTheDocument();

    const glance = await screen.findByRole('region', { name: /Hasil 2024 sekilas/ });
    expect(await within(glance).findByText('8 instansi dinilai pada 2024.')).toBeInTheDocument();
    // Zones in words beside their colour.
    expect(within(glance).getByText(/Hijau/).closest('.zone-tag')).toHaveTextContent('Hijau: 6 instansi');
    const table = within(glance).getByRole('table', { name: 'Jumlah instansi per predikat, 2024' });
    const rowA = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(rowA).toHaveTextContent('AKualitas Tertinggi');
    expect(rowA).toHaveTextContent('88,00–100,00');
    expect(rowA).toHaveTextContent('50%');
    // Last year's count beside this year's.
    expect(within(rowA).getAllByRole('cell').at(-1)).toHaveTextContent('3');

    const best = screen.getByRole('region', { name: 'Terbaik per jenis instansi, 2024' });
    expect(await within(best).findByRole('link', { name: 'Kementerian Dalam Negeri' })).toHaveAttribute('href', '/instansi/i-kemendagri');
    expect(within(best).getByRole('link', { name: 'Kota Tangerang Selatan' })).toBeInTheDocument();
    expect(within(best).getByRole('link', { name: 'Semua kota' })).toHaveAttribute('href', '/peringkat/2024?tipe=kota');

    const changes = screen.getByRole('region', { name: 'Perubahan sejak 2023' });
    const figures = within(changes).getAllByRole('term').map((term) => `${term.textContent}=${term.nextElementSibling?.textContent}`);
    expect(figures).toEqual(['Skor naik=4', 'Skor turun=3', 'Skor tetap=0', 'Naik predikat=1', 'Turun predikat=1', 'Baru dinilai=1']);
    const risers = within(changes).getAllByRole('list')[0] as HTMLElement;
    expect(within(risers).getAllByRole('listitem')[0]).toHaveTextContent('Kabupaten Bandung ▲ naik 12,50 (dari predikat B)');

    expect(document.title).toBe('Patuh — Penilaian Kepatuhan Pelayanan Publik');
    expect(document.head.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/^Hasil penilaian kepatuhan/);
  });

  it('lists every cycle with its stage, and the map of provinces once it loads', async () => {
    renderPortal(homeMocks());
    const cycles = await screen.findByRole('region', { name: 'Siklus penilaian' });
    const items = await within(cycles).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Penilaian Kepatuhan 2025');
    expect(items[0]).toHaveTextContent('Pengumpulan data');

    expect(await screen.findByRole('link', { name: 'Banten: rata-rata 79,66, 5 instansi' }, { timeout: 3000 })).toHaveAttribute('href', '/provinsi/36?tahun=2024');
    expect(screen.getByText(/Peta belum memuat Kalimantan Utara/)).toBeInTheDocument();
  });

  it('has a skip link to the main region, landmarks and the main navigation', async () => {
    renderPortal(homeMocks());
    expect(screen.getByRole('link', { name: 'Langsung ke konten utama' })).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Navigasi utama' });
    expect(within(nav).getByRole('link', { name: 'Beranda' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Peringkat' })).toHaveAttribute('href', '/peringkat');
    expect(await screen.findByRole('link', { name: 'Masuk' })).toHaveAttribute('href', '/masuk');
    await screen.findAllByRole('listitem');
  });

  it('switches to English and back, titles and descriptions included', async () => {
    const user = userEvent.setup();
    renderPortal(homeMocks());
    await screen.findByRole('region', { name: /Hasil 2024 sekilas/ });

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('banner')).toHaveTextContent('Public Service Compliance Assessment');
    expect(screen.getByText('Synthetic demo data — not official Ombudsman results')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: /Results 2024 at a glance/ })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main navigation' })).toBeInTheDocument();
    expect(document.title).toBe('Patuh — Public Service Compliance Assessment');
    expect(document.head.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(/^The Ombudsman/);

    await user.click(screen.getByRole('button', { name: 'Bahasa Indonesia' }));
    expect(document.documentElement.lang).toBe('id');
    expect(screen.getByRole('heading', { name: 'Siklus penilaian' })).toBeInTheDocument();
  });

  it('shows no demo banner for official data', async () => {
    renderPortal([platformMock({ ...demoPlatform, dataSource: 'OFFICIAL' }), ...homeMocks().slice(1)]);
    await screen.findByRole('region', { name: /Hasil 2024 sekilas/ });
    expect(screen.queryByText(/Data demo sintetis/)).not.toBeInTheDocument();
  });

  it('says so when nothing is published yet', async () => {
    renderPortal([platformMock(), cyclesMock([]), viewerMock(), publishedCyclesMock([])]);
    expect(await screen.findByText('Belum ada hasil penilaian yang dipublikasikan.')).toBeInTheDocument();
    expect(await screen.findByText('Belum ada siklus penilaian.')).toBeInTheDocument();
  });

  it('shows an error with a way to try again when the published years cannot be loaded', async () => {
    const user = userEvent.setup();
    renderPortal([platformMock(), cyclesMock(), viewerMock(), failingMock(PublishedCyclesDocument), ...homeMocks().slice(3)]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data tidak dapat dimuat');
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('region', { name: /Hasil 2024 sekilas/ })).toBeInTheDocument();
  });

  it('answers unknown addresses with a page that leads home', async () => {
    renderPortal([platformMock(), viewerMock()], '/tidak-ada');
    expect(screen.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ke beranda' })).toHaveAttribute('href', '/');
    expect(await screen.findByText('Data demo sintetis — bukan hasil resmi Ombudsman')).toBeInTheDocument();
  });
});
