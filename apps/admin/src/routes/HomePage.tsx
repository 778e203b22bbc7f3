import { defineMessages, useDocumentTitle, useT } from '@patuh/ui';
import { CyclesTable } from '../features/cycles/CyclesTable';
import { PlatformOverview } from '../features/platform/PlatformOverview';

const messages = defineMessages(
  {
    documentTitle: 'Ringkasan — Patuh Admin',
    heading: 'Ringkasan',
    intro: 'Keadaan platform dan siklus penilaian kepatuhan yang sedang dan pernah berjalan.',
  },
  {
    documentTitle: 'Overview — Patuh Admin',
    heading: 'Overview',
    intro: 'The state of the platform, and the compliance assessment cycles under way and past.',
  },
);

export function HomePage() {
  const t = useT(messages);
  useDocumentTitle(t('documentTitle'));
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <PlatformOverview />
      <CyclesTable />
    </>
  );
}
