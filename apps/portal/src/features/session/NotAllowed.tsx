import { defineMessages, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { messageIn, type ApiError } from '../api/errors';
import { usePageMeta } from '../page/usePageMeta';
import type { Viewer } from './useViewer';

const messages = defineMessages(
  {
    documentTitle: 'Tidak diizinkan — Patuh',
    description: 'Halaman ini hanya untuk instansi yang bersangkutan.',
    heading: 'Tidak diizinkan',
    body: 'Akun Anda tidak boleh membuka halaman ini: rapor dan klarifikasi sebuah instansi hanya untuk instansi itu sendiri dan staf Ombudsman yang menanganinya.',
    api: 'Jawaban server: {message}',
    own: 'Buka rapor {name}',
    public: 'Hasil yang dipublikasikan tetap terbuka di halaman peringkat.',
  },
  {
    documentTitle: 'Not allowed — Patuh',
    description: 'This page is only for the body concerned.',
    heading: 'Not allowed',
    body: "Your account may not open this page: a body's report card and clarifications are for that body and the Ombudsman staff handling it.",
    api: 'The server said: {message}',
    own: "Open {name}'s report card",
    public: 'Published results stay open to all on the rankings page.',
  },
);

/** The API answered FORBIDDEN: say so plainly, and offer what the viewer may open instead. */
export function NotAllowed({ error, viewer, ownHref }: { error: ApiError; viewer: Viewer | null; ownHref?: string }) {
  const t = useT(messages);
  usePageMeta(t('documentTitle'), t('description'));
  const message = messageIn(error, t.locale);
  return (
    <div className="not-allowed">
      <h1>{t('heading')}</h1>
      <p>{t('body')}</p>
      {message ? <p>{t('api', { message })}</p> : null}
      {viewer?.institution && ownHref ? (
        <p>
          <Link to={ownHref}>{t('own', { name: viewer.institution.name })}</Link>
        </p>
      ) : null}
      <p>
        <Link to={paths.rankings()}>{t('public')}</Link>
      </p>
    </div>
  );
}
