import { useMutation, useQuery } from '@apollo/client/react';
import {
  AdminProvincesDocument,
  AdminRevokeUserSessionsDocument,
  AdminSetUserActiveDocument,
  AdminUsersDocument,
  type AdminUserFieldsFragment,
  type Role,
} from '@patuh/graphql';
import { ConfirmDialog, defineMessages, LoadingState, useDocumentTitle, useLocale, useT } from '@patuh/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiErrorMessage } from '../../components/ApiErrorMessage';
import { formatDateTime } from '../../components/format';
import { PagedTable } from '../../components/PagedTable';
import { useCursorPage } from '../../components/Pagination';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { paths } from '../../routes/paths';
import { FilterSelect, useUrlFilters } from '../registry/listFilters';
import { roleMessages, scopeMessages, scopeOf } from '../session/roles';
import { useViewer } from '../session/useViewer';
import { UserFormDialog } from './UserFormDialog';

const PAGE_SIZE = 25;
/** The list's filters in the address, so a filtered list can be shared. */
const filterParams = { role: 'peran', province: 'provinsi', status: 'status', search: 'cari' } as const;
const roles: readonly Role[] = ['ADMIN', 'REGIONAL_STAFF', 'VERIFIER', 'INSTITUTION_OFFICER'];

const messages = defineMessages(
  {
    documentTitle: 'Pengguna — Patuh Admin',
    heading: 'Pengguna',
    intro: 'Staf Ombudsman dan petugas instansi yang dapat masuk ke Patuh, dengan peran dan cakupannya.',
    invite: 'Undang pengguna',
    outboxHint: 'Bila server e-mel belum dipasang, undangan dan tautan atur ulang kata sandi dapat dibaca di',
    outbox: 'kotak keluar',
    filters: 'Saring pengguna',
    search: 'Cari nama atau e-mel',
    role: 'Peran',
    province: 'Provinsi',
    status: 'Status',
    all: 'Semua',
    active: 'Aktif',
    inactive: 'Nonaktif',
    caption: 'Daftar pengguna, menurut e-mel',
    name: 'Nama dan e-mel',
    scope: 'Cakupan',
    lastSignIn: 'Terakhir masuk',
    actions: 'Tindakan',
    never: 'Belum pernah',
    pending: 'Undangan belum diterima',
    lockedUntil: 'Terkunci sampai {time}',
    demo: 'Akun demo',
    you: '(Anda)',
    edit: 'Ubah peran dan cakupan',
    deactivate: 'Nonaktifkan',
    activate: 'Aktifkan kembali',
    revoke: 'Akhiri semua sesi',
    empty: 'Tidak ada pengguna yang cocok dengan saringan ini.',
    invited: 'Undangan dikirim ke {email}.',
    updated: 'Peran dan cakupan {name} diubah.',
    deactivated: '{name} dinonaktifkan dan semua sesinya diakhiri.',
    activated: '{name} diaktifkan kembali.',
    revoked: '{count} sesi {name} diakhiri.',
    deactivateTitle: 'Nonaktifkan {name}?',
    deactivateBody: '{name} tidak dapat masuk lagi dan semua sesinya berakhir saat ini juga. Akunnya tidak dihapus: jejak audit tetap menyebut namanya, dan akun dapat diaktifkan kembali.',
    activateTitle: 'Aktifkan kembali {name}?',
    activateBody: '{name} dapat masuk lagi dengan kata sandinya.',
    revokeTitle: 'Akhiri semua sesi {name}?',
    revokeBody: '{name} keluar dari Patuh di semua perangkat dan perlu masuk lagi. Akunnya tetap aktif.',
    confirmDeactivate: 'Ya, nonaktifkan',
    confirmActivate: 'Ya, aktifkan',
    confirmRevoke: 'Ya, akhiri sesi',
  },
  {
    documentTitle: 'Users — Patuh Admin',
    heading: 'Users',
    intro: 'Ombudsman staff and institution officers who can sign in to Patuh, with their role and scope.',
    invite: 'Invite a user',
    outboxHint: 'When no mail server is set up, invitations and password reset links can be read in the',
    outbox: 'outbox',
    filters: 'Filter users',
    search: 'Search by name or e-mail',
    role: 'Role',
    province: 'Province',
    status: 'Status',
    all: 'All',
    active: 'Active',
    inactive: 'Deactivated',
    caption: 'Users, by e-mail',
    name: 'Name and e-mail',
    scope: 'Scope',
    lastSignIn: 'Last signed in',
    actions: 'Actions',
    never: 'Never',
    pending: 'Invitation not accepted yet',
    lockedUntil: 'Locked until {time}',
    demo: 'Demo account',
    you: '(you)',
    edit: 'Change role and scope',
    deactivate: 'Deactivate',
    activate: 'Reactivate',
    revoke: 'End all sessions',
    empty: 'No user matches these filters.',
    invited: 'Invitation sent to {email}.',
    updated: "{name}'s role and scope changed.",
    deactivated: '{name} is deactivated and all their sessions ended.',
    activated: '{name} is reactivated.',
    revoked: '{count} of {name}’s sessions ended.',
    deactivateTitle: 'Deactivate {name}?',
    deactivateBody: '{name} can no longer sign in, and all their sessions end now. The account is not deleted: the audit log keeps naming them, and it can be reactivated.',
    activateTitle: 'Reactivate {name}?',
    activateBody: '{name} can sign in again with their password.',
    revokeTitle: "End all of {name}'s sessions?",
    revokeBody: '{name} is signed out of Patuh on every device and must sign in again. The account stays active.',
    confirmDeactivate: 'Yes, deactivate',
    confirmActivate: 'Yes, reactivate',
    confirmRevoke: 'Yes, end the sessions',
  },
);

type User = AdminUserFieldsFragment;
type Pending = { kind: 'invite' } | { kind: 'edit'; user: User } | { kind: 'deactivate' | 'activate' | 'revoke'; user: User };

export function UsersPage() {
  const t = useT(messages);
  const tRole = useT(roleMessages);
  useDocumentTitle(t('documentTitle'));
  const { after } = useCursorPage();
  const { viewer } = useViewer();
  const { values, setFilter } = useUrlFilters(Object.values(filterParams));
  const { [filterParams.role]: role, [filterParams.province]: province, [filterParams.status]: status, [filterParams.search]: search } = values;
  // The address follows every keystroke; the server is asked once typing pauses.
  const settledSearch = useDebouncedValue(search.trim());
  const [pending, setPending] = useState<Pending | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const provinces = useQuery(AdminProvincesDocument);

  const filter = {
    ...(role ? { role: role as Role } : {}),
    ...(province ? { provinceCode: province } : {}),
    ...(status ? { active: status === 'aktif' } : {}),
    ...(settledSearch ? { search: settledSearch } : {}),
  };
  const users = useQuery(AdminUsersDocument, { variables: { filter, first: PAGE_SIZE, after } });
  // While other filters load, the list shown so far stays (marked as loading) rather than blinking away.
  const connection = (users.data ?? users.previousData)?.users;
  const refreshing = users.loading && connection !== undefined;

  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => setPending({ kind: 'invite' })}>
          {t('invite')}
        </button>
      </div>
      <p className="muted">
        {t('outboxHint')} <Link to={paths.outbox}>{t('outbox')}</Link>.
      </p>
      <div aria-live="polite">
        {notice ? (
          <div className="notice notice--success">
            <p>{notice}</p>
          </div>
        ) : null}
      </div>

      <form className="filters" role="search" aria-label={t('filters')} onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label className="field__label" htmlFor="users-search">
            {t('search')}
          </label>
          <input id="users-search" type="search" value={search} onChange={(event) => setFilter(filterParams.search, event.target.value)} />
        </div>
        <FilterSelect id="users-role" label={t('role')} value={role} onChange={(value) => setFilter(filterParams.role, value)} allLabel={t('all')}>
          {roles.map((option) => (
            <option key={option} value={option}>
              {tRole(option)}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="users-province" label={t('province')} value={province} onChange={(value) => setFilter(filterParams.province, value)} allLabel={t('all')}>
          {(provinces.data?.provinces ?? []).map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect id="users-status" label={t('status')} value={status} onChange={(value) => setFilter(filterParams.status, value)} allLabel={t('all')}>
          <option value="aktif">{t('active')}</option>
          <option value="nonaktif">{t('inactive')}</option>
        </FilterSelect>
      </form>

      {refreshing ? <LoadingState /> : null}
      <PagedTable
        connection={connection}
        query={users}
        caption={t('caption')}
        empty={t('empty')}
        className="users-table"
        pageSize={PAGE_SIZE}
        columns={[t('name'), t('role'), t('scope'), t('status'), t('lastSignIn'), t('actions')]}
        row={(user) => <UserRow key={user.id} user={user} isViewer={user.id === viewer?.id} onAction={(next) => setPending(next)} />}
      />

      {pending?.kind === 'invite' || pending?.kind === 'edit' ? (
        <UserFormDialog
          user={pending.kind === 'edit' ? pending.user : undefined}
          onCancel={() => setPending(null)}
          onDone={(user) => {
            setNotice(pending.kind === 'edit' ? t('updated', { name: user.name }) : t('invited', { email: user.email }));
            setPending(null);
          }}
        />
      ) : pending ? (
        <UserActionDialog action={pending.kind} user={pending.user} onCancel={() => setPending(null)} onDone={(text) => {
            setNotice(text);
            setPending(null);
          }}
        />
      ) : null}
    </>
  );
}

/** One user's row: who, role, scope, status, last sign-in and what an admin can do. */
function UserRow({ user, isViewer, onAction }: { user: User; isViewer: boolean; onAction: (pending: Pending) => void }) {
  const t = useT(messages);
  const tRole = useT(roleMessages);
  const tScope = useT(scopeMessages);
  const { locale } = useLocale();
  const scope = scopeOf(user);
  return (
    <tr>
      <th scope="row">
        <span className="users-table__name">
          {user.name} {isViewer ? t('you') : null}
        </span>
        <span className="users-table__email">{user.email}</span>
      </th>
      <td>{tRole(user.role)}</td>
      <td>{scope.kind === 'national' ? tScope('national') : scope.name}</td>
      <td>
        <span className={`tag ${user.active ? 'tag--active' : 'tag--inactive'}`}>{user.active ? t('active') : t('inactive')}</span>
        {user.invitationPending ? <span className="tag">{t('pending')}</span> : null}
        {user.lockedUntil && new Date(user.lockedUntil) > new Date() ? (
          <span className="tag tag--overdue">{t('lockedUntil', { time: formatDateTime(user.lockedUntil, locale) })}</span>
        ) : null}
        {user.demo ? <span className="tag tag--synthetic">{t('demo')}</span> : null}
      </td>
      <td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t('never')}</td>
      <td>
        <div className="action-list">
          <button type="button" className="button button--secondary button--small" onClick={() => onAction({ kind: 'edit', user })}>
            {t('edit')}
            {' '}<span className="visually-hidden">— {user.name}</span>
          </button>
          {/* Admins cannot lock themselves out: the API refuses it, so the button is not offered. */}
          {isViewer ? null : (
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => onAction({ kind: user.active ? 'deactivate' : 'activate', user })}
            >
              {user.active ? t('deactivate') : t('activate')}
              {' '}<span className="visually-hidden">— {user.name}</span>
            </button>
          )}
          {user.active ? (
            <button type="button" className="button button--secondary button--small" onClick={() => onAction({ kind: 'revoke', user })}>
              {t('revoke')}
              {' '}<span className="visually-hidden">— {user.name}</span>
            </button>
          ) : null}
        </div>
      </td>
    </tr>
  );
}

function UserActionDialog({
  action,
  user,
  onCancel,
  onDone,
}: {
  action: 'deactivate' | 'activate' | 'revoke';
  user: User;
  onCancel: () => void;
  onDone: (notice: string) => void;
}) {
  const t = useT(messages);
  const [setActive, activeState] = useMutation(AdminSetUserActiveDocument);
  const [revoke, revokeState] = useMutation(AdminRevokeUserSessionsDocument);
  const busy = activeState.loading || revokeState.loading;
  const error = activeState.error ?? revokeState.error;
  const name = user.name;

  const confirm = async () => {
    try {
      if (action === 'revoke') {
        const result = await revoke({ variables: { id: user.id } });
        onDone(t('revoked', { count: result.data?.revokeUserSessions ?? 0, name }));
      } else {
        await setActive({ variables: { id: user.id, active: action === 'activate' } });
        onDone(t(action === 'activate' ? 'activated' : 'deactivated', { name }));
      }
    } catch {
      // Shown in the dialog from the mutation's state; the person can retry or cancel.
    }
  };

  const texts = {
    deactivate: { title: t('deactivateTitle', { name }), body: t('deactivateBody', { name }), confirm: t('confirmDeactivate') },
    activate: { title: t('activateTitle', { name }), body: t('activateBody', { name }), confirm: t('confirmActivate') },
    revoke: { title: t('revokeTitle', { name }), body: t('revokeBody', { name }), confirm: t('confirmRevoke') },
  }[action];

  return (
    <ConfirmDialog
      title={texts.title}
      confirmLabel={texts.confirm}
      tone={action === 'activate' ? 'default' : 'danger'}
      busy={busy}
      onConfirm={() => void confirm()}
      onCancel={onCancel}
      error={error ? <ApiErrorMessage error={error} /> : null}
    >
      <p>{texts.body}</p>
    </ConfirmDialog>
  );
}
