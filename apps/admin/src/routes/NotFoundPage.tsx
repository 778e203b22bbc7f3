import { defineMessages, useDocumentTitle, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { paths } from './paths';

const messages = defineMessages(
  {
    documentTitle: 'Halaman tidak ditemukan — Patuh Admin',
    heading: 'Halaman tidak ditemukan',
    body: 'Alamat ini tidak ada di Patuh Admin. Periksa kembali alamatnya, atau kembali ke ringkasan.',
    home: 'Ke ringkasan',
  },
  {
    documentTitle: 'Page not found — Patuh Admin',
    heading: 'Page not found',
    body: 'This address does not exist in Patuh Admin. Check the address, or go back to the overview.',
    home: 'Go to the overview',
  },
);

export function NotFoundPage() {
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
