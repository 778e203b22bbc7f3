import { useQuery } from '@apollo/client/react';
import { PlatformDocument } from '@patuh/graphql';
import { AppShell, defineMessages, useT } from '@patuh/ui';
import { homePath } from './paths';
import { HomePage } from './routes/HomePage';
import { NotFoundPage } from './routes/NotFoundPage';

const messages = defineMessages(
  {
    name: '{platform} — Admin',
    tagline: 'Ruang kerja staf Ombudsman',
    footer: 'Patuh — Admin: untuk staf Ombudsman Republik Indonesia.',
  },
  {
    name: '{platform} — Admin',
    tagline: 'Ombudsman staff workspace',
    footer: 'Patuh — Admin: for the staff of the Ombudsman of the Republic of Indonesia.',
  },
);

/** Shown until the API answers, so the header never jumps. */
const fallbackName = 'Patuh';

export interface AppProps {
  /** The address path; the app has one page so far, anything else is not found. */
  path: string;
}

export function App({ path }: AppProps) {
  const t = useT(messages);
  // The header's name and the demo banner come from the platform itself, on every page.
  const { data } = useQuery(PlatformDocument);
  const isHome = path === homePath || `${path}/` === homePath || path === `${homePath}index.html`;
  return (
    <AppShell
      name={t('name', { platform: data?.platform.name ?? fallbackName })}
      tagline={t('tagline')}
      homeHref={homePath}
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
