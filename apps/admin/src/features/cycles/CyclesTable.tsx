import { useQuery } from '@apollo/client/react';
import { CyclesDocument } from '@patuh/graphql';
import { CycleStageTag, EmptyState, ErrorState, LoadingState, SyntheticMarker, defineMessages, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { paths } from '../../routes/paths';

const messages = defineMessages(
  {
    heading: 'Siklus penilaian',
    year: 'Tahun',
    title: 'Judul',
    stage: 'Tahap',
    empty: 'Belum ada siklus penilaian.',
  },
  {
    heading: 'Assessment cycles',
    year: 'Year',
    title: 'Title',
    stage: 'Stage',
    empty: 'No assessment cycles yet.',
  },
);

/** Every cycle, the latest first (the API's order); each title opens the cycle's dashboard. */
export function CyclesTable() {
  const t = useT(messages);
  const { data, loading, error, refetch } = useQuery(CyclesDocument);
  return (
    <section className="page-section" aria-labelledby="cycles-table-heading">
      <h2 id="cycles-table-heading">{t('heading')}</h2>
      {data ? (
        data.cycles.length === 0 ? (
          <EmptyState>
            <p>{t('empty')}</p>
          </EmptyState>
        ) : (
          <table className="data-table" aria-labelledby="cycles-table-heading">
            <thead>
              <tr>
                <th scope="col">{t('year')}</th>
                <th scope="col">{t('title')}</th>
                <th scope="col">{t('stage')}</th>
              </tr>
            </thead>
            <tbody>
              {data.cycles.map((cycle) => (
                <tr key={cycle.id}>
                  <td>{cycle.year}</td>
                  <th scope="row">
                    <Link to={paths.cycle(cycle.id)}>{cycle.title}</Link>
                    {cycle.synthetic ? (
                      <>
                        {' '}
                        <SyntheticMarker />
                      </>
                    ) : null}
                  </th>
                  <td>
                    <CycleStageTag stage={cycle.stage} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : loading ? (
        <LoadingState />
      ) : error ? (
        <ErrorState onRetry={() => void refetch().catch(() => undefined)} />
      ) : null}
    </section>
  );
}
