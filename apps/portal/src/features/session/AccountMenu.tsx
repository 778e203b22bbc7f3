import { useApolloClient, useMutation } from '@apollo/client/react';
import { PortalSignOutDocument } from '@patuh/graphql';
import { defineMessages, useT } from '@patuh/ui';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { paths } from '../../paths';
import { useViewer } from './useViewer';

const messages = defineMessages(
  {
    label: 'Akun',
    signIn: 'Masuk',
    signedInAs: 'Masuk sebagai {name}',
    rapor: 'Rapor',
    clarifications: 'Klarifikasi',
    signOut: 'Keluar',
    signingOut: 'Keluar…',
  },
  {
    label: 'Account',
    signIn: 'Sign in',
    signedInAs: 'Signed in as {name}',
    rapor: 'Report card',
    clarifications: 'Clarifications',
    signOut: 'Sign out',
    signingOut: 'Signing out…',
  },
);

/** Signing in and out in the header; once signed in, the body's name and its own pages. */
export function AccountMenu() {
  const t = useT(messages);
  const { viewer, known } = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [signOut, { loading }] = useMutation(PortalSignOutDocument);

  if (!known) return <div className="account-menu" aria-hidden="true" />;

  if (!viewer) {
    const returnTo = location.pathname === '/masuk' ? undefined : `${location.pathname}${location.search}`;
    return (
      <nav className="account-menu" aria-label={t('label')}>
        <Link className="account-menu__sign-in" to={paths.signIn(returnTo === '/' ? undefined : returnTo)}>
          {t('signIn')}
        </Link>
      </nav>
    );
  }

  const onSignOut = async () => {
    try {
      await signOut();
    } finally {
      // Whatever the answer, nothing the officer saw may stay in this tab's memory: the public
      // pages read everything again, as the public.
      await navigate(paths.home);
      await client.resetStore().catch(() => undefined);
    }
  };

  return (
    <nav className="account-menu" aria-label={t('label')}>
      <p className="account-menu__who">
        <span className="account-menu__body">{viewer.institution?.name ?? viewer.name}</span>
        <span className="account-menu__person">{t('signedInAs', { name: viewer.name })}</span>
      </p>
      <ul className="account-menu__links">
        {viewer.institution ? (
          <>
            <li>
              <NavLink to={paths.rapor()} className="site-nav__link">
                {t('rapor')}
              </NavLink>
            </li>
            <li>
              <NavLink to={paths.clarifications()} className="site-nav__link">
                {t('clarifications')}
              </NavLink>
            </li>
          </>
        ) : null}
        <li>
          <button type="button" className="account-menu__sign-out" onClick={() => void onSignOut()} disabled={loading}>
            {loading ? t('signingOut') : t('signOut')}
          </button>
        </li>
      </ul>
    </nav>
  );
}
