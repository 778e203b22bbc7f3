import { useQuery } from '@apollo/client/react';
import { PlatformDocument } from '@patuh/graphql';
import { AppShell, defineMessages, useT } from '@patuh/ui';
import { AppRoutes } from './routes';
import { homePath } from './routes/paths';
import { StaffBar } from './routes/StaffBar';

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

/** The frame of every page; the router (BrowserRouter in main.tsx, a MemoryRouter in tests) wraps it. */
export function App() {
  const t = useT(messages);
  // The header's name and the demo banner come from the platform itself, on every page.
  const { data } = useQuery(PlatformDocument);
  return (
    <AppShell
      name={t('name', { platform: data?.platform.name ?? fallbackName })}
      tagline={t('tagline')}
      homeHref={homePath}
      dataSource={data?.platform.dataSource}
      navigation={<StaffBar />}
      footer={
        <div className="container">
          <p>{t('footer')}</p>
        </div>
      }
    >
      <AppRoutes />
    </AppShell>
  );
}
