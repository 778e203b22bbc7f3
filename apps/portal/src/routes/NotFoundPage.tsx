import { defineMessages, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { usePageMeta } from '../features/page/usePageMeta';

const messages = defineMessages(
  {
    documentTitle: 'Halaman tidak ditemukan — Patuh',
    description: 'Alamat ini tidak ada di Patuh, portal hasil penilaian kepatuhan pelayanan publik Ombudsman.',
    heading: 'Halaman tidak ditemukan',
    body: 'Alamat ini tidak ada di Patuh. Periksa kembali alamatnya, atau mulai dari beranda.',
    home: 'Ke beranda',
  },
  {
    documentTitle: 'Page not found — Patuh',
    description: 'This address does not exist on Patuh, the portal of the Ombudsman’s public-service compliance results.',
    heading: 'Page not found',
    body: 'This address does not exist on Patuh. Check the address, or start from the home page.',
    home: 'Go to the home page',
  },
);

export function NotFoundPage() {
  const t = useT(messages);
  usePageMeta(t('documentTitle'), t('description'));
  return (
    <>
      <h1>{t('heading')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link to="/">{t('home')}</Link>
      </p>
    </>
  );
}
