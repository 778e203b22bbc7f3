import { useQuery } from '@apollo/client/react';
import { PlatformDocument } from '@patuh/graphql';
import { AppShell, LoadingState, defineMessages, useT } from '@patuh/ui';
import { Suspense, lazy } from 'react';
import { Route, Routes } from 'react-router';
import { LatestYearRedirect } from './features/cycles/LatestYearRedirect';
import { SiteNavigation } from './features/navigation/SiteNavigation';
import { RouteFocus } from './features/navigation/RouteFocus';
import { paths } from './paths';
import { HomePage } from './routes/HomePage';
import { NotFoundPage } from './routes/NotFoundPage';

// Every page but the home is its own chunk: the home's first load carries only what it shows.
const RankingsPage = lazy(() => import('./routes/RankingsPage').then((m) => ({ default: m.RankingsPage })));
const InstitutionPage = lazy(() => import('./routes/InstitutionPage').then((m) => ({ default: m.InstitutionPage })));
const ProvincesPage = lazy(() => import('./routes/ProvincesPage').then((m) => ({ default: m.ProvincesPage })));
const ProvincePage = lazy(() => import('./routes/ProvincePage').then((m) => ({ default: m.ProvincePage })));
const MethodologyPage = lazy(() => import('./routes/MethodologyPage').then((m) => ({ default: m.MethodologyPage })));
const OpenDataPage = lazy(() => import('./routes/OpenDataPage').then((m) => ({ default: m.OpenDataPage })));
const SignInPage = lazy(() => import('./routes/SignInPage').then((m) => ({ default: m.SignInPage })));
const RaporPage = lazy(() => import('./routes/RaporPage').then((m) => ({ default: m.RaporPage })));
const WhatIfPage = lazy(() => import('./routes/WhatIfPage').then((m) => ({ default: m.WhatIfPage })));
const ClarificationsPage = lazy(() => import('./routes/ClarificationsPage').then((m) => ({ default: m.ClarificationsPage })));
const ClarificationPage = lazy(() => import('./routes/ClarificationPage').then((m) => ({ default: m.ClarificationPage })));

const messages = defineMessages(
  {
    tagline: 'Penilaian Kepatuhan Pelayanan Publik',
    footer: 'Patuh dikelola oleh Ombudsman Republik Indonesia.',
    footerData: 'Data terbuka dan API publik tersedia di halaman Data terbuka.',
  },
  {
    tagline: 'Public Service Compliance Assessment',
    footer: 'Patuh is run by the Ombudsman of the Republic of Indonesia.',
    footerData: 'Open data and the public API are on the Open data page.',
  },
);

/** Shown until the API answers, so the header never jumps. */
const fallbackName = 'Patuh';

export function App() {
  const t = useT(messages);
  // The header's name and the demo banner come from the platform itself, on every page.
  const { data } = useQuery(PlatformDocument);
  return (
    <AppShell
      name={data?.platform.name ?? fallbackName}
      tagline={t('tagline')}
      homeHref={paths.home}
      dataSource={data?.platform.dataSource}
      navigation={<SiteNavigation />}
      footer={
        <div className="container">
          <p>{t('footer')}</p>
          <p>{t('footerData')}</p>
        </div>
      }
    >
      <RouteFocus />
      <Suspense fallback={<LoadingState />}>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="peringkat" element={<LatestYearRedirect to={(year) => paths.rankings(year)} />} />
          <Route path="peringkat/:year" element={<RankingsPage />} />
          <Route path="instansi/:id" element={<InstitutionPage />} />
          <Route path="provinsi" element={<ProvincesPage />} />
          <Route path="provinsi/:code" element={<ProvincePage />} />
          <Route path="metodologi" element={<LatestYearRedirect to={(year) => paths.methodology(year)} />} />
          <Route path="metodologi/:year" element={<MethodologyPage />} />
          <Route path="data-terbuka" element={<OpenDataPage />} />
          <Route path="masuk" element={<SignInPage />} />
          <Route path="rapor" element={<LatestYearRedirect to={(year) => paths.rapor(year)} />} />
          <Route path="rapor/:year" element={<RaporPage />} />
          <Route path="rapor/:year/simulasi" element={<WhatIfPage />} />
          <Route path="klarifikasi" element={<ClarificationsPage />} />
          <Route path="klarifikasi/:id" element={<ClarificationPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}
