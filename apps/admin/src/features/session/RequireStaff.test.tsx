import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { adminViewer, cyclesMock, officerViewer, platformMock, regionalViewer, viewerMock } from '../../test/mocks';
import { renderAdmin } from '../../test/render';

describe('the staff guard', () => {
  it('sends the public to sign-in and keeps the page they asked for', async () => {
    renderAdmin([viewerMock(null), platformMock()], '/admin/pengguna?peran=VERIFIER');
    expect(await screen.findByRole('heading', { level: 1, name: 'Masuk ke Patuh Admin' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/masuk?lanjut=%2Fpengguna%3Fperan%3DVERIFIER');
    // No menu for the public.
    expect(screen.queryByRole('navigation', { name: 'Menu utama' })).not.toBeInTheDocument();
  });

  it('points institution officers to the portal, with a way to sign out', async () => {
    renderAdmin([viewerMock(officerViewer), platformMock()], '/admin/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Akun Anda digunakan di portal Patuh' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Buka portal Patuh' })).toHaveAttribute('href', '/');
    expect(within(screen.getByRole('main')).getByRole('button', { name: 'Keluar' })).toBeInTheDocument();
    expect(screen.getByText('Petugas instansi · Pemerintah Kota Tangerang Selatan · akun demo')).toBeInTheDocument();
  });

  it('tells staff without the role that a page is for admins', async () => {
    renderAdmin([viewerMock(regionalViewer), platformMock()], '/admin/jejak-audit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Halaman ini bukan untuk peran Anda' })).toBeInTheDocument();
  });

  it('lets staff in', async () => {
    renderAdmin([viewerMock(adminViewer), platformMock(), cyclesMock()], '/admin/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ringkasan' })).toBeInTheDocument();
  });

  it('sends someone already signed in from the sign-in page to where they were going', async () => {
    renderAdmin([viewerMock(adminViewer), platformMock(), cyclesMock()], '/admin/masuk?lanjut=%2F');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ringkasan' })).toBeInTheDocument();
  });
});
