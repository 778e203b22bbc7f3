import { MockedProvider } from '@apollo/client/testing/react';
import { CyclesDocument } from '@patuh/graphql';
import type { MockLink } from '@apollo/client/testing';
import { LocaleProvider } from '@patuh/ui';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from './App';
import { cyclesMock, demoPlatform, failingMock, platformMock } from './test/mocks';

function renderPortal(mocks: MockLink.MockedResponse[], path = '/') {
  return render(
    <MockedProvider mocks={mocks}>
      <LocaleProvider>
        <App path={path} />
      </LocaleProvider>
    </MockedProvider>,
  );
}

describe('portal home', () => {
  it('shows the platform, the demo banner, its figures and the cycles from the API', async () => {
    renderPortal([platformMock(), cyclesMock()]);

    expect(screen.getByRole('banner')).toHaveTextContent('Patuh');
    expect(screen.getByRole('banner')).toHaveTextContent('Penilaian Kepatuhan Pelayanan Publik');
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();

    expect(await screen.findByText('Data demo sintetis — bukan hasil resmi Ombudsman')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Data demo sintetis');
    expect(screen.getByText('1.234')).toBeInTheDocument();
    expect(screen.getByText('38')).toBeInTheDocument();

    const list = await screen.findByRole('list');
    const cycles = within(list).getAllByRole('listitem');
    expect(cycles).toHaveLength(2);
    expect(cycles[0]).toHaveTextContent('Penilaian Kepatuhan 2025');
    expect(cycles[0]).toHaveTextContent('Pengumpulan data');
    expect(cycles[0]).toHaveTextContent('Sintetis');
    expect(cycles[1]).toHaveTextContent('Dipublikasikan');
  });

  it('has a skip link to the main region, and landmarks', async () => {
    renderPortal([platformMock(), cyclesMock()]);
    const skip = screen.getByRole('link', { name: 'Langsung ke konten utama' });
    expect(skip).toHaveAttribute('href', '#main');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    await screen.findByRole('list');
  });

  it('switches to English and back', async () => {
    const user = userEvent.setup();
    renderPortal([platformMock(), cyclesMock()]);
    await screen.findByRole('list');

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('banner')).toHaveTextContent('Public Service Compliance Assessment');
    expect(screen.getByText('Synthetic demo data — not official Ombudsman results')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Assessment cycles' })).toBeInTheDocument();
    expect(screen.getByText('Data collection')).toBeInTheDocument();
    expect(screen.getByText('1,234')).toBeInTheDocument();
    expect(document.title).toBe('Patuh — Public Service Compliance Assessment');

    await user.click(screen.getByRole('button', { name: 'Bahasa Indonesia' }));
    expect(document.documentElement.lang).toBe('id');
    expect(screen.getByRole('heading', { name: 'Siklus penilaian' })).toBeInTheDocument();
  });

  it('shows no demo banner for official data', async () => {
    renderPortal([platformMock({ ...demoPlatform, dataSource: 'OFFICIAL' }), cyclesMock()]);
    expect(await screen.findByText('Hasil resmi Ombudsman')).toBeInTheDocument();
    expect(screen.queryByText(/Data demo sintetis/)).not.toBeInTheDocument();
  });

  it('says so when there are no cycles yet', async () => {
    renderPortal([platformMock({ ...demoPlatform, dataSource: 'EMPTY', cycleCount: 0 }), cyclesMock([])]);
    expect(await screen.findByText('Belum ada siklus penilaian.')).toBeInTheDocument();
  });

  it('shows a loading state, then an error with a way to try again', async () => {
    const user = userEvent.setup();
    renderPortal([platformMock(), failingMock(CyclesDocument), cyclesMock()]);
    expect(screen.getAllByRole('status').length).toBeGreaterThan(0);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data tidak dapat dimuat');
    await user.click(within(alert).getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByText('Penilaian Kepatuhan 2024')).toBeInTheDocument();
  });

  it('answers unknown addresses with a page that leads home', async () => {
    renderPortal([platformMock()], '/tidak-ada');
    expect(screen.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ke beranda' })).toHaveAttribute('href', '/');
    expect(await screen.findByText('Data demo sintetis — bukan hasil resmi Ombudsman')).toBeInTheDocument();
  });
});
