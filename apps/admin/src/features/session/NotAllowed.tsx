import { defineMessages, useDocumentTitle, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { paths } from '../../routes/paths';

const messages = defineMessages(
  {
    documentTitle: 'Tidak berwenang — Patuh Admin',
    heading: 'Halaman ini bukan untuk peran Anda',
    body: 'Halaman ini hanya dapat dibuka oleh admin pusat. Bila Anda memerlukannya, hubungi admin.',
    home: 'Ke ringkasan',
  },
  {
    documentTitle: 'Not allowed — Patuh Admin',
    heading: 'This page is not for your role',
    body: 'Only headquarters admins can open this page. If you need it, ask an admin.',
    home: 'Go to the overview',
  },
);

export function NotAllowed() {
  const t = useT(messages);
  useDocumentTitle(t('documentTitle'));
  return (
    <>
      <h1>{t('heading')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link to={paths.home}>{t('home')}</Link>
      </p>
    </>
  );
}
