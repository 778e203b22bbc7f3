import { useQuery } from '@apollo/client/react';
import { PlatformDocument } from '@patuh/graphql';
import { DataSourceName, ErrorState, LoadingState, defineMessages, useT } from '@patuh/ui';

const messages = defineMessages(
  {
    heading: 'Platform',
    name: 'Nama',
    dataSource: 'Sumber data',
    provinces: 'Provinsi',
    institutions: 'Instansi aktif dalam registri',
    cycles: 'Siklus penilaian',
  },
  {
    heading: 'Platform',
    name: 'Name',
    dataSource: 'Data source',
    provinces: 'Provinces',
    institutions: 'Active bodies in the registry',
    cycles: 'Assessment cycles',
  },
);

/** What this installation serves: its name, whether its figures are demo data, and its size. */
export function PlatformOverview() {
  const t = useT(messages);
  const { data, loading, error, refetch } = useQuery(PlatformDocument);
  return (
    <section className="page-section" aria-labelledby="platform-overview-heading">
      <h2 id="platform-overview-heading">{t('heading')}</h2>
      {data ? (
        <dl className="stat-list">
          <div className="stat-list__item">
            <dt className="stat-list__label">{t('name')}</dt>
            <dd className="stat-list__value stat-list__value--text">{data.platform.name}</dd>
          </div>
          <div className="stat-list__item">
            <dt className="stat-list__label">{t('dataSource')}</dt>
            <dd className="stat-list__value stat-list__value--text">
              <DataSourceName dataSource={data.platform.dataSource} />
            </dd>
          </div>
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
