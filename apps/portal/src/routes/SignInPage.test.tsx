import { GraphQLError } from 'graphql';
import { PortalSignInDocument, PortalViewerDocument } from '@patuh/graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { platformMock, tangselOfficer, viewerMock, withTypenames } from '../test/mocks';
import { renderWithProviders } from '../test/render';

function Address() {
  const location = useLocation();
  return <output data-testid="address">{location.pathname}</output>;
}

const signIn = (password: string) => ({ query: PortalSignInDocument, variables: { input: { email: 'tangsel@patuh.demo', password } } });

function renderSignIn(mocks: Parameters<typeof renderWithProviders>[1], path = '/masuk', viewer = viewerMock(null)) {
  return renderWithProviders(
    <>
      <App />
      <Address />
    </>,
    [platformMock(), viewer, ...mocks],
    path,
  );
}

describe('signing in', () => {
  it('names the empty fields and focuses the first', async () => {
    const user = userEvent.setup();
    renderSignIn([]);
    await user.click(await screen.findByRole('button', { name: 'Masuk' }));
    expect(screen.getByLabelText('Alamat e-mail')).toHaveFocus();
    expect(screen.getByLabelText('Alamat e-mail')).toHaveAccessibleDescription('Isi kolom ini.');
    expect(screen.getByLabelText('Kata sandi')).toHaveAccessibleDescription('Isi kolom ini.');
  });

  it('says why a sign-in was refused, in the visible language', async () => {
    const user = userEvent.setup();
    const locked = new GraphQLError('Akun dikunci', { extensions: { code: 'ACCOUNT_LOCKED', retryAfterSeconds: 600, i18n: { id: 'Akun dikunci.', en: 'Account locked.' } } });
    renderSignIn([{ request: signIn('salah'), result: { errors: [locked] } }]);
    await user.type(await screen.findByLabelText('Alamat e-mail'), 'tangsel@patuh.demo');
    await user.type(screen.getByLabelText('Kata sandi'), 'salah');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Akun dikunci sementara karena terlalu banyak percobaan. Coba lagi dalam 10 menit.');
    expect(screen.getByLabelText('Kata sandi')).toHaveValue('');
  });

  it('signs an officer in, shows the body in the header and goes back where they were', async () => {
    const user = userEvent.setup();
    const officer = withTypenames('Me', tangselOfficer, { institution: 'ScopeInstitution' });
    let signedIn = false;
    // The server answers `me` as the session stands: nobody before, the officer after.
    const viewer = { request: { query: PortalViewerDocument }, result: () => ({ data: { me: signedIn ? officer : null } }), maxUsageCount: Number.POSITIVE_INFINITY };
    const signInMock = {
      request: signIn('patuh-demo-2025'),
      result: () => {
        signedIn = true;
        return { data: { signIn: officer } };
      },
    };
    renderSignIn([signInMock], '/masuk?kembali=%2Ftidak-ada', viewer);
    await user.type(await screen.findByLabelText('Alamat e-mail'), 'tangsel@patuh.demo');
    await user.type(screen.getByLabelText('Kata sandi'), 'patuh-demo-2025');
    await user.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(await screen.findByText('Masuk sebagai Petugas Pemkot Tangerang Selatan (demo)')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Akun' })).toHaveTextContent('Kota Tangerang Selatan');
    expect(screen.getByRole('button', { name: 'Keluar' })).toBeInTheDocument();
    await vi.waitFor(() => expect(screen.getByTestId('address')).toHaveTextContent('/tidak-ada'));
  });
});
