import { defineMessages, useT } from '@patuh/ui';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { usePageMeta } from '../features/page/usePageMeta';
import { SignInForm } from '../features/session/SignInForm';
import { useViewer } from '../features/session/useViewer';
import { paths, safeReturnPath } from '../paths';

const messages = defineMessages(
  {
    documentTitle: 'Masuk — Patuh',
    description: 'Masuk sebagai petugas instansi yang dinilai untuk membaca rapor, menyimulasikan perbaikan dan mengajukan klarifikasi.',
    heading: 'Masuk',
    intro:
      'Untuk petugas instansi yang dinilai: setelah masuk Anda dapat membaca rapor instansi Anda, menyimulasikan perbaikan, dan mengajukan klarifikasi selama tahap klarifikasi. Hasil yang dipublikasikan terbuka untuk semua orang tanpa masuk.',
    staff: 'Staf Ombudsman bekerja di aplikasi admin.',
    staffLink: 'Buka aplikasi admin',
    already: 'Anda sudah masuk sebagai {name}.',
    toRapor: 'Buka rapor',
  },
  {
    documentTitle: 'Sign in — Patuh',
    description: 'Sign in as an officer of an assessed body to read its report card, simulate improvements and raise clarifications.',
    heading: 'Sign in',
    intro:
      "For officers of assessed bodies: once signed in you can read your body's report card, simulate improvements, and raise clarifications during the clarification stage. Published results are open to everyone without signing in.",
    staff: 'Ombudsman staff work in the admin app.',
    staffLink: 'Open the admin app',
    already: 'You are signed in as {name}.',
    toRapor: 'Open the report card',
  },
);

export function SignInPage() {
  const t = useT(messages);
  usePageMeta(t('documentTitle'), t('description'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { viewer } = useViewer();
  const returnTo = safeReturnPath(params.get('kembali'));

  return (
    <div className="narrow">
      <h1>{t('heading')}</h1>
      {viewer ? (
        <>
          <p>{t('already', { name: viewer.name })}</p>
          {viewer.institution ? (
            <p>
              <Link to={paths.rapor()}>{t('toRapor')}</Link>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p>{t('intro')}</p>
          <SignInForm
            onSignedIn={(signedIn) =>
              void navigate(returnTo ?? (signedIn.institution ? paths.rapor() : paths.home), { replace: true })
            }
          />
          <p className="hint">
            {t('staff')} <a href="/admin/">{t('staffLink')}</a>
          </p>
        </>
      )}
    </div>
  );
}
