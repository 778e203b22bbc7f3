import { useMutation } from '@apollo/client/react';
import { StaffSignOutDocument, StaffSignOutEverywhereDocument } from '@patuh/graphql';
import { ConfirmDialog, defineMessages, useT } from '@patuh/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiErrorMessage } from '../../components/ApiErrorMessage';
import { paths } from '../../routes/paths';
import { roleMessages, scopeMessages, scopeOf, type Viewer } from './roles';
import { useSetViewer } from './useViewer';

const messages = defineMessages(
  {
    signedInAs: 'Masuk sebagai',
    signOut: 'Keluar',
    signOutEverywhere: 'Keluar dari semua perangkat',
    confirmTitle: 'Keluar dari semua perangkat?',
    confirmBody: 'Semua sesi Anda berakhir, termasuk di perangkat dan peramban lain. Anda perlu masuk lagi di mana pun.',
    confirm: 'Ya, keluar di mana-mana',
    demo: 'akun demo',
  },
  {
    signedInAs: 'Signed in as',
    signOut: 'Sign out',
    signOutEverywhere: 'Sign out everywhere',
    confirmTitle: 'Sign out everywhere?',
    confirmBody: 'All your sessions end, on other devices and browsers too. You will need to sign in again everywhere.',
    confirm: 'Yes, sign out everywhere',
    demo: 'demo account',
  },
);

/** Ends this session and forgets everything the person could see. */
function useSignOut() {
  const setViewer = useSetViewer();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(StaffSignOutDocument);
  const run = async () => {
    try {
      await signOut();
    } catch {
      // Already signed out on the server (expired or revoked): forgetting locally is what is left to do.
    }
    await navigate(paths.signIn);
    await setViewer(null);
  };
  return { run, loading };
}

export function SignOutButton() {
  const t = useT(messages);
  const { run, loading } = useSignOut();
  return (
    <button type="button" className="button button--secondary" onClick={() => void run()} disabled={loading}>
      {t('signOut')}
    </button>
  );
}

/** Who is signed in, with role and scope, and the ways out. */
export function AccountBar({ viewer }: { viewer: Viewer }) {
  const t = useT(messages);
  const tRole = useT(roleMessages);
  const tScope = useT(scopeMessages);
  const setViewer = useSetViewer();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [signOutEverywhere, everywhere] = useMutation(StaffSignOutEverywhereDocument);
  const scope = scopeOf(viewer);

  const endEverySession = async () => {
    try {
      await signOutEverywhere();
    } catch {
      // The dialog shows the error from the mutation's state; the person can retry or cancel.
      return;
    }
    setConfirming(false);
    await navigate(paths.signIn);
    await setViewer(null);
  };

  return (
    <div className="account-bar">
      <p className="account-bar__who">
        <span className="visually-hidden">{t('signedInAs')} </span>
        <span className="account-bar__name">{viewer.name}</span>
        <span className="account-bar__role">
          {tRole(viewer.role)} · {scope.kind === 'national' ? tScope('national') : scope.name}
          {viewer.demo ? ` · ${t('demo')}` : null}
        </span>
      </p>
      <div className="account-bar__actions">
        <SignOutButton />
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t('signOutEverywhere')}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('confirmTitle')}
          confirmLabel={t('confirm')}
          tone="danger"
          busy={everywhere.loading}
          onConfirm={() => void endEverySession()}
          onCancel={() => {
            everywhere.reset();
            setConfirming(false);
          }}
          error={everywhere.error ? <ApiErrorMessage error={everywhere.error} /> : null}
        >
          <p>{t('confirmBody')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
