import { defineMessages, useDocumentTitle, useT } from '@patuh/ui';
import { SignOutButton } from './AccountBar';

const messages = defineMessages(
  {
    documentTitle: 'Gunakan portal Patuh — Patuh Admin',
    heading: 'Akun Anda digunakan di portal Patuh',
    body: 'Patuh Admin adalah ruang kerja staf Ombudsman. Sebagai petugas instansi, Anda melihat hasil, rapor, dan klarifikasi instansi Anda di portal Patuh.',
    portal: 'Buka portal Patuh',
  },
  {
    documentTitle: 'Use the Patuh portal — Patuh Admin',
    heading: 'Your account is for the Patuh portal',
    body: "Patuh Admin is the Ombudsman staff's workspace. As an institution officer, you see your body's results, report card and clarifications on the Patuh portal.",
    portal: 'Open the Patuh portal',
  },
);

/** What an officer of an assessed body sees here: the way to the portal, where their work is. */
export function OfficerPointer() {
  const t = useT(messages);
  useDocumentTitle(t('documentTitle'));
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('body')}</p>
      <div className="button-row">
        {/* The portal is another app on this origin, outside this app's router. */}
        <a className="button" href="/">
          {t('portal')}
        </a>
        <SignOutButton />
      </div>
    </>
  );
}
