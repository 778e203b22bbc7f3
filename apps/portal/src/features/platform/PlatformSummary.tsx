import { useQuery } from '@apollo/client/react';
import { PlatformDocument } from '@patuh/graphql';
import { DataSourceName, ErrorState, LoadingState, defineMessages, useT } from '@patuh/ui';

const messages = defineMessages(
  {
    heading: 'Sekilas',
    provinces: 'Provinsi',
    institutions: 'Instansi yang dinilai',
    cycles: 'Siklus penilaian',
    dataSource: 'Sumber data',
  },
  {
    heading: 'At a glance',
    provinces: 'Provinces',
    institutions: 'Assessed bodies',
    cycles: 'Assessment cycles',
    dataSource: 'Data source',
  },
);

/** The platform's size in three numbers, and where its figures come from. */
export function PlatformSummary() {
  const t = useT(messages);
  const { data, loading, error, refetch } = useQuery(PlatformDocument);
  return (
    <section className="page-section" aria-labelledby="platform-summary-heading">
      <h2 id="platform-summary-heading">{t('heading')}</h2>
      {data ? (
        <dl className="stat-list">
          <div className="stat-list__item">
            <dt className="stat-list__label">{t('provinces')}</dt>
            <dd className="stat-list__value">{t.formatNumber(data.platform.provinceCount)}</dd>
          </div>
          <div className="stat-list__item">
            <dt className="stat-list__label">{t('institutions')}</dt>
            <dd className="stat-list__value">{t.formatNumber(data.platform.institutionCount)}</dd>
          </div>
          <div className="stat-list__item">
            <dt className="stat-list__label">{t('cycles')}</dt>
            <dd className="stat-list__value">{t.formatNumber(data.platform.cycleCount)}</dd>
          </div>
          <div className="stat-list__item">
            <dt className="stat-list__label">{t('dataSource')}</dt>
            <dd className="stat-list__value stat-list__value--text">
              <DataSourceName dataSource={data.platform.dataSource} />
            </dd>
          </div>
        </dl>
      ) : loading ? (
        <LoadingState />
      ) : error ? (
        // A failed retry shows through the hook's result; the promise needs no handling of its own.
        <ErrorState onRetry={() => void refetch().catch(() => undefined)} />
      ) : null}
    </section>
  );
}
