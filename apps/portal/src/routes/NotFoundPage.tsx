import { defineMessages, useDocumentTitle, useT } from '@patuh/ui';

const messages = defineMessages(
  {
    documentTitle: 'Halaman tidak ditemukan — Patuh',
    heading: 'Halaman tidak ditemukan',
    body: 'Alamat ini tidak ada di Patuh. Periksa kembali alamatnya, atau mulai dari beranda.',
    home: 'Ke beranda',
  },
  {
    documentTitle: 'Page not found — Patuh',
    heading: 'Page not found',
    body: 'This address does not exist on Patuh. Check the address, or start from the home page.',
    home: 'Go to the home page',
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
        <a href="/">{t('home')}</a>
      </p>
    </>
  );
}
