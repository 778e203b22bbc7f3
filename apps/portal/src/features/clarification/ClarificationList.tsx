import { useQuery } from '@apollo/client/react';
import { ClarificationsDocument } from '@patuh/graphql';
import { EmptyState, ErrorState, LoadingState, defineMessages, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { paths } from '../../paths';
import { formatDate } from '../format/numbers';
import { ClarificationStatusTag } from './status';

const messages = defineMessages(
  {
    caption: 'Klarifikasi {year}',
    unit: 'Unit',
    indicator: 'Indikator',
    status: 'Status',
    raised: 'Diajukan',
    none: 'Belum ada klarifikasi pada siklus ini.',
    more: 'Muat lebih banyak',
    count: '{shown} dari {total} klarifikasi',
  },
  {
    caption: 'Clarifications {year}',
    unit: 'Unit',
    indicator: 'Indicator',
    status: 'Status',
    raised: 'Raised',
    none: 'No clarifications in this cycle yet.',
    more: 'Load more',
    count: '{shown} of {total} clarifications',
  },
);

const PAGE = 50;

/** The body's clarifications of a cycle, newest page first, more on request (the API's cursor). */
export function ClarificationList({ cycleId, institutionId, year, titleOf }: { cycleId: string; institutionId: string; year: number; titleOf: (code: string) => string }) {
  const t = useT(messages);
  const { data, error, refetch, fetchMore, loading } = useQuery(ClarificationsDocument, {
    variables: { cycleId, filter: { institutionId }, first: PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.clarifications;
  if (!page) return error ? <ErrorState onRetry={() => void refetch().catch(() => undefined)} /> : <LoadingState />;
  if (page.totalCount === 0) {
    return (
      <EmptyState>
        <p>{t('none')}</p>
      </EmptyState>
    );
  }
  const loadMore = () =>
    void fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        clarifications: {
          ...fetchMoreResult.clarifications,
          nodes: [...previous.clarifications.nodes, ...fetchMoreResult.clarifications.nodes],
        },
      }),
    }).catch(() => undefined);

  return (
    <>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('indicator')}</th>
              <th scope="col">{t('unit')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('raised')}</th>
            </tr>
          </thead>
          <tbody>
            {page.nodes.map((clarification) => (
              <tr key={clarification.id}>
                <th scope="row">
                  <Link to={paths.clarification(clarification.id)}>
                    <code>{clarification.indicatorCode}</code> {titleOf(clarification.indicatorCode)}
                  </Link>
                </th>
                <td>{clarification.unit.name}</td>
                <td>
                  <ClarificationStatusTag status={clarification.status} />
                </td>
                <td>{formatDate(clarification.createdAt, t.locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">{t('count', { shown: t.formatNumber(page.nodes.length), total: t.formatNumber(page.totalCount) })}</p>
      {page.pageInfo.hasNextPage ? (
        <button type="button" className="button button--secondary" onClick={loadMore} disabled={loading}>
          {t('more')}
        </button>
      ) : null}
    </>
  );
}
