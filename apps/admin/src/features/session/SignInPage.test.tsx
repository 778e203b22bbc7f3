import { StaffSignInDocument } from '@patuh/graphql';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { adminViewer, apiError, platformMock, viewerAnswer, viewerMock } from '../../test/mocks';
import { renderAdmin } from '../../test/render';

const signInMock = (email: string, password: string, result: object) => ({
  request: { query: StaffSignInDocument, variables: { input: { email, password } } },
  result,
});

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  const emailField = await screen.findByLabelText('E-mel');
  await user.clear(emailField);
  if (email) await user.type(emailField, email);
  const passwordField = screen.getByLabelText('Kata sandi');
  await user.clear(passwordField);
  if (password) await user.type(passwordField, password);
  await user.click(screen.getByRole('button', { name: 'Masuk' }));
  return user;
}

describe('sign-in form', () => {
  it('puts its own field errors beside the fields, focuses the first, and calls nothing', async () => {
    renderAdmin([viewerMock(null), platformMock()], '/admin/masuk');
    await fillAndSubmit('', '');
    const email = screen.getByLabelText('E-mel');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Isi alamat e-mel Anda.');
    expect(screen.getByLabelText('Kata sandi')).toHaveAccessibleDescription('Isi kata sandi Anda.');
    expect(document.activeElement).toBe(email);

    await fillAndSubmit('admin@patuh', 'x');
    expect(screen.getByLabelText('E-mel')).toHaveAccessibleDescription('Alamat e-mel ini tidak lengkap, contoh: nama@ombudsman.go.id.');
    expect(screen.getByLabelText('Kata sandi')).not.toHaveAttribute('aria-invalid');
  });

  it('says the credentials are wrong in the current language', async () => {
    const wrong = apiError('UNAUTHENTICATED', { id: 'E-mel atau kata sandi salah.', en: 'Wrong e-mail or password.' });
    renderAdmin([viewerMock(null), platformMock(), signInMock('admin@patuh.demo', 'salah', wrong), signInMock('admin@patuh.demo', 'salah', wrong)], '/admin/masuk');
    const user = await fillAndSubmit('admin@patuh.demo', 'salah');
    expect(await screen.findByRole('alert')).toHaveTextContent('E-mel atau kata sandi salah.');

    await user.click(screen.getByRole('button', { name: 'English' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Wrong e-mail or password.')).toBeInTheDocument();
  });

  it('maps a field error of the API to its field', async () => {
    const bad = apiError('BAD_USER_INPUT', { id: 'Masukan tidak valid pada input.email', en: 'Invalid input at input.email' }, { field: 'input.email' });
    renderAdmin([viewerMock(null), platformMock(), signInMock('a@b.cd', 'rahasia', bad)], '/admin/masuk');
    await fillAndSubmit('a@b.cd', 'rahasia');
    const email = await screen.findByLabelText('E-mel');
    await vi.waitFor(() => expect(email).toHaveAccessibleDescription('Masukan tidak valid pada input.email'));
    expect(document.activeElement).toBe(email);
  });

  it('tells a locked account how long to wait, and counts down before it may try again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const locked = apiError(
        'ACCOUNT_LOCKED',
        { id: 'Terlalu banyak percobaan gagal. Coba lagi dalam 3 detik.', en: 'Too many failed attempts. Try again in 3 seconds.' },
        { retryAfterSeconds: 3 },
      );
      renderAdmin([viewerMock(null), platformMock(), signInMock('admin@patuh.demo', 'salah', locked)], '/admin/masuk');
      await fillAndSubmit('admin@patuh.demo', 'salah');
      const alert = await screen.findByRole('alert');
      expect(alert).toHaveTextContent('Akun ini dikunci sementara setelah beberapa kali gagal masuk. Coba lagi dalam 3 detik.');
      expect(screen.getByRole('button', { name: 'Tunggu 3 detik' })).toBeDisabled();
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(screen.getByRole('button', { name: 'Tunggu 2 detik' })).toBeDisabled();
      await act(() => vi.advanceTimersByTimeAsync(2000));
      expect(screen.getByRole('button', { name: 'Masuk' })).toBeEnabled();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    } finally {
      vi.useRealTimers();
    }
  });

  it('signs in and goes to the page that was asked for', async () => {
    renderAdmin(
      [
        viewerMock(null),
        platformMock(),
        signInMock('admin@patuh.demo', 'patuh-demo-2025', { data: { signIn: viewerAnswer(adminViewer) } }),
      ],
      '/admin/masuk?lanjut=%2Fhalaman-lain',
    );
    await fillAndSubmit('admin@patuh.demo', 'patuh-demo-2025');
    await vi.waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/halaman-lain'));
    expect(within(screen.getByRole('banner')).getByText('Admin Pusat (demo)')).toBeInTheDocument();
  });
});
