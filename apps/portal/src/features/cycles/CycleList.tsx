import { useQuery } from '@apollo/client/react';
import { CyclesDocument } from '@patuh/graphql';
import { CycleStageTag, EmptyState, ErrorState, LoadingState, SyntheticMarker, defineMessages, useT } from '@patuh/ui';

const messages = defineMessages(
  {
    heading: 'Siklus penilaian',
    year: 'Tahun',
    stage: 'Tahap',
    empty: 'Belum ada siklus penilaian.',
  },
  {
    heading: 'Assessment cycles',
    year: 'Year',
    stage: 'Stage',
    empty: 'No assessment cycles yet.',
  },
);

/** Every yearly assessment, the latest first (the API's order), with the stage it has reached. */
export function CycleList() {
  const t = useT(messages);
  const { data, loading, error, refetch } = useQuery(CyclesDocument);
  return (
    <section className="page-section" aria-labelledby="cycle-list-heading">
      <h2 id="cycle-list-heading">{t('heading')}</h2>
      {data ? (
        data.cycles.length === 0 ? (
          <EmptyState>
            <p>{t('empty')}</p>
          </EmptyState>
        ) : (
          <ul className="cycle-list">
            {data.cycles.map((cycle) => (
              <li key={cycle.id} className="cycle-card">
                <h3 className="cycle-card__title">{cycle.title}</h3>
                <dl className="cycle-card__facts">
                  <div>
                    <dt>{t('year')}</dt>
                    <dd>{cycle.year}</dd>
                  </div>
                  <div>
                    <dt>{t('stage')}</dt>
                    <dd>
                      <CycleStageTag stage={cycle.stage} />
                    </dd>
                  </div>
                </dl>
                {cycle.synthetic ? <SyntheticMarker /> : null}
              </li>
            ))}
          </ul>
        )
      ) : loading ? (
        <LoadingState />
      ) : error ? (
        <ErrorState onRetry={() => void refetch().catch(() => undefined)} />
      ) : null}
    </section>
  );
}
