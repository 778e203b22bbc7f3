import { useQuery } from '@apollo/client/react';
import { PlatformDocument } from '@patuh/graphql';
import { AppShell, defineMessages, useT } from '@patuh/ui';
import { HomePage } from './routes/HomePage';
import { NotFoundPage } from './routes/NotFoundPage';

const messages = defineMessages(
  {
    tagline: 'Penilaian Kepatuhan Pelayanan Publik',
    footer: 'Patuh dikelola oleh Ombudsman Republik Indonesia.',
  },
  {
    tagline: 'Public Service Compliance Assessment',
    footer: 'Patuh is run by the Ombudsman of the Republic of Indonesia.',
  },
);

/** Shown until the API answers, so the header never jumps. */
const fallbackName = 'Patuh';

export interface AppProps {
  /** The address path; the portal has one page so far, anything else is not found. */
  path: string;
}

export function App({ path }: AppProps) {
  const t = useT(messages);
  // The header's name and the demo banner come from the platform itself, on every page.
  const { data } = useQuery(PlatformDocument);
  const isHome = path === '/' || path === '/index.html';
  return (
    <AppShell
      name={data?.platform.name ?? fallbackName}
      tagline={t('tagline')}
      homeHref="/"
      dataSource={data?.platform.dataSource}
      footer={
        <div className="container">
          <p>{t('footer')}</p>
        </div>
      }
    >
      {isHome ? <HomePage /> : <NotFoundPage />}
    </AppShell>
  );
}
