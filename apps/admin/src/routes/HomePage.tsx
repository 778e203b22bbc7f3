import { defineMessages, useDocumentTitle, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { CyclesTable } from '../features/cycles/CyclesTable';
import { PlatformOverview } from '../features/platform/PlatformOverview';
import { useViewer } from '../features/session/useViewer';
import { paths } from './paths';

const messages = defineMessages(
  {
    documentTitle: 'Ringkasan — Patuh Admin',
    heading: 'Ringkasan',
    intro: 'Keadaan platform dan siklus penilaian kepatuhan yang sedang dan pernah berjalan.',
    newCycle: 'Buat siklus baru',
  },
  {
    documentTitle: 'Overview — Patuh Admin',
    heading: 'Overview',
    intro: 'The state of the platform, and the compliance assessment cycles under way and past.',
    newCycle: 'Create a new cycle',
  },
);

export function HomePage() {
  const t = useT(messages);
  useDocumentTitle(t('documentTitle'));
  const { viewer } = useViewer();
  return (
    <>
      <h1>{t('heading')}</h1>
      <p className="lead">{t('intro')}</p>
      <PlatformOverview />
      <CyclesTable />
      {viewer?.role === 'ADMIN' ? (
        <p>
          <Link className="button" to={paths.newCycle}>
            {t('newCycle')}
          </Link>
        </p>
      ) : null}
    </>
  );
}
