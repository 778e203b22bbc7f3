import type { MockLink } from '@apollo/client/testing';
import { AdminInviteUserDocument, AdminProvincesDocument, AdminSetUserActiveDocument, AdminUsersDocument, type AdminUserFieldsFragment } from '@patuh/graphql';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { adminViewer, apiError, platformMock, typed, viewerMock } from '../../test/mocks';
import { renderAdmin } from '../../test/render';

vi.setConfig({ testTimeout: 30_000 });

const person = (overrides: Partial<AdminUserFieldsFragment>): AdminUserFieldsFragment => ({
  id: 'u-x',
  email: 'x@ombudsman.go.id',
  name: 'X',
  role: 'VERIFIER',
  active: true,
  invitationPending: false,
  demo: false,
  lastSignInAt: null,
  lockedUntil: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  province: null,
  institution: null,
  ...overrides,
});

const answer = (user: AdminUserFieldsFragment) => ({
  ...typed('User', user),
  province: user.province && typed('ScopeProvince', user.province),
  institution: user.institution && typed('ScopeInstitution', user.institution),
});

const sari = person({ id: 'u-sari', email: 'sari@ombudsman.go.id', name: 'Sari Verifikator', lastSignInAt: '2026-02-01T02:00:00.000Z' });
const admin = person({ id: adminViewer.id, email: adminViewer.email, name: adminViewer.name, role: 'ADMIN', demo: true });

function usersMock(variables: Record<string, unknown>, users: AdminUserFieldsFragment[], maxUsageCount = 10): MockLink.MockedResponse {
  return {
    request: { query: AdminUsersDocument, variables },
    result: {
      data: {
        users: typed('UserConnection', {
          totalCount: users.length,
          pageInfo: typed('PageInfo', { hasNextPage: false, endCursor: null }),
          nodes: users.map(answer),
        }),
      },
    },
    maxUsageCount,
  };
}

const provincesMock: MockLink.MockedResponse = {
  request: { query: AdminProvincesDocument },
  result: { data: { provinces: [typed('Province', { code: '36', name: 'Banten' }), typed('Province', { code: '31', name: 'DKI Jakarta' })] } },
  maxUsageCount: 10,
};

const base = [viewerMock(adminViewer), platformMock(), provincesMock];

describe('users', () => {
  it('lists users with role, scope and status, filtered from the address', async () => {
    renderAdmin([...base, usersMock({ filter: { role: 'VERIFIER' }, first: 25, after: null }, [sari])], '/admin/pengguna?peran=VERIFIER');
    const table = await screen.findByRole('table', { name: 'Daftar pengguna, menurut e-mel' });
    const row = within(table).getByRole('row', { name: /Sari Verifikator/ });
    expect(row).toHaveTextContent('sari@ombudsman.go.id');
    expect(row).toHaveTextContent('Verifikator');
    expect(row).toHaveTextContent('Nasional');
    expect(row).toHaveTextContent('Aktif');
    expect(screen.getByLabelText('Peran')).toHaveValue('VERIFIER');
    expect(screen.getByText('1–1 dari 1')).toBeInTheDocument();
  });

  it('invites a regional staff member, asking for the province the role needs, and maps the API’s field errors', async () => {
    const user = userEvent.setup();
    const taken = apiError('BAD_USER_INPUT', { id: 'E-mel ini sudah terdaftar.', en: 'This e-mail is already registered.' }, { field: 'input.email' });
    const input = { name: 'Budi Perwakilan', role: 'REGIONAL_STAFF', provinceCode: '36', institutionId: null, email: 'budi@ombudsman.go.id' };
    renderAdmin(
      [
        ...base,
        usersMock({ filter: {}, first: 25, after: null }, [admin, sari]),
        { request: { query: AdminInviteUserDocument, variables: { input } }, result: taken },
        {
          request: { query: AdminInviteUserDocument, variables: { input: { ...input, email: 'budi.s@ombudsman.go.id' } } },
          result: { data: { inviteUser: answer(person({ id: 'u-budi', email: 'budi.s@ombudsman.go.id', name: 'Budi Perwakilan', role: 'REGIONAL_STAFF', invitationPending: true, province: { code: '36', name: 'Banten' } })) } },
        },
      ],
      '/admin/pengguna',
    );
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Undang pengguna' }));
    const dialog = screen.getByRole('dialog', { name: 'Undang pengguna' });
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Nama'));
    await user.type(within(dialog).getByLabelText('Nama'), 'Budi Perwakilan');
    await user.type(within(dialog).getByLabelText('E-mel'), 'budi@ombudsman.go.id');
    await user.selectOptions(within(dialog).getByLabelText('Peran'), 'REGIONAL_STAFF');
    await user.click(within(dialog).getByRole('button', { name: 'Kirim undangan' }));
    const province = within(dialog).getByLabelText('Provinsi kantor perwakilan');
    expect(province).toHaveAccessibleDescription('Staf perwakilan memerlukan provinsi.');
    expect(document.activeElement).toBe(province);

    await user.selectOptions(province, '36');
    await user.click(within(dialog).getByRole('button', { name: 'Kirim undangan' }));
    const email = within(dialog).getByLabelText('E-mel');
    await vi.waitFor(() => expect(email).toHaveAccessibleDescription('E-mel ini sudah terdaftar.'));

    await user.clear(email);
    await user.type(email, 'budi.s@ombudsman.go.id');
    await user.click(within(dialog).getByRole('button', { name: 'Kirim undangan' }));
    expect(await screen.findByText('Undangan dikirim ke budi.s@ombudsman.go.id.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('deactivates a user after a confirmation naming the consequences, and never offers it for oneself', async () => {
    const user = userEvent.setup();
    renderAdmin(
      [
        ...base,
        usersMock({ filter: {}, first: 25, after: null }, [admin, sari]),
        { request: { query: AdminSetUserActiveDocument, variables: { id: 'u-sari', active: false } }, result: { data: { setUserActive: answer({ ...sari, active: false }) } } },
      ],
      '/admin/pengguna',
    );
    const table = await screen.findByRole('table');
    expect(within(within(table).getByRole('row', { name: /Admin Pusat/ })).queryByRole('button', { name: /Nonaktifkan/ })).not.toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Nonaktifkan — Sari Verifikator' }));
    const dialog = screen.getByRole('dialog', { name: 'Nonaktifkan Sari Verifikator?' });
    expect(dialog).toHaveTextContent('Sari Verifikator tidak dapat masuk lagi dan semua sesinya berakhir saat ini juga.');
    await user.click(within(dialog).getByRole('button', { name: 'Ya, nonaktifkan' }));
    expect(await screen.findByText('Sari Verifikator dinonaktifkan dan semua sesinya diakhiri.')).toBeInTheDocument();
    expect(within(table).getByRole('row', { name: /Sari Verifikator/ })).toHaveTextContent('Nonaktif');
  });
});
