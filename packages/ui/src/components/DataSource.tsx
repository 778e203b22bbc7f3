import { useT } from '../i18n/locale';
import { defineMessages } from '../i18n/messages';

/** Where the platform's figures come from (the API's `DataSource`). */
export type DataSourceKind = 'DEMO' | 'OFFICIAL' | 'EMPTY';

const messages = defineMessages(
  {
    banner: 'Data demo sintetis — bukan hasil resmi Ombudsman',
    DEMO: 'Data demo sintetis',
    OFFICIAL: 'Hasil resmi Ombudsman',
    EMPTY: 'Belum ada data',
  },
  {
    banner: 'Synthetic demo data — not official Ombudsman results',
    DEMO: 'Synthetic demo data',
    OFFICIAL: 'Official Ombudsman results',
    EMPTY: 'No data yet',
  },
);

/**
 * Shown on every page while the platform serves synthetic figures, so that no screenshot of
 * demo data can pass for an official result. Renders nothing otherwise, and nothing while the
 * data source is still unknown.
 */
export function DemoDataBanner({ dataSource }: { dataSource: DataSourceKind | null | undefined }) {
  const t = useT(messages);
  if (dataSource !== 'DEMO') return null;
  return (
    <div className="demo-banner" role="status">
      <p className="demo-banner__text">{t('banner')}</p>
    </div>
  );
}

/** The data source in words, for summaries. */
export function DataSourceName({ dataSource }: { dataSource: DataSourceKind }) {
  const t = useT(messages);
  return <>{t(dataSource)}</>;
}
