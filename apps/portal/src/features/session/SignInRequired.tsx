import { defineMessages, useT } from '@patuh/ui';
import { Link, useLocation } from 'react-router';
import { paths } from '../../paths';

const messages = defineMessages(
  {
    body: 'Halaman ini untuk petugas instansi yang dinilai. Masuk dengan akun instansi Anda untuk membukanya.',
    signIn: 'Masuk',
    noBody: 'Akun Anda tidak terhubung dengan instansi yang dinilai. Staf Ombudsman membuka rapor sebuah instansi dari aplikasi admin.',
  },
  {
    body: 'This page is for officers of assessed bodies. Sign in with your body’s account to open it.',
    signIn: 'Sign in',
    noBody: 'Your account is not linked to an assessed body. Ombudsman staff open a body’s report card from the admin app.',
  },
);

/** What a signed-out visitor sees on an officer's page: why, and the way in (and back here). */
export function SignInRequired({ heading }: { heading: string }) {
  const t = useT(messages);
  const location = useLocation();
  return (
    <>
      <h1>{heading}</h1>
      <p>{t('body')}</p>
      <p>
        <Link className="button" to={paths.signIn(`${location.pathname}${location.search}`)}>
          {t('signIn')}
        </Link>
      </p>
    </>
  );
}

export function NoBodyOfYourOwn({ heading }: { heading: string }) {
  const t = useT(messages);
  return (
    <>
      <h1>{heading}</h1>
      <p>{t('noBody')}</p>
    </>
  );
}
