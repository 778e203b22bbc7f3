import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { RankingsDocument, type RankingsQuery } from '@patuh/graphql';
import { useCallback, useEffect, useState } from 'react';

export type RankingRow = RankingsQuery['rankings']['nodes'][number];

/** The API's largest page: a national cycle (~590 bodies) arrives in three requests. */
const PAGE_SIZE = 200;

export interface CycleRankings {
  /** Every ranked body of the cycle in national order (best first); null until loaded. */
  rows: readonly RankingRow[] | null;
  error: unknown;
  retry: () => void;
}

const variablesOf = (year: number, after: string | null) => (after === null ? { cycleYear: year, first: PAGE_SIZE } : { cycleYear: year, first: PAGE_SIZE, after });

/** The whole cycle from the cache alone, when every page is already there (a return visit). */
function readCached(client: ApolloClient, year: number): RankingRow[] | null {
  const rows: RankingRow[] = [];
  let after: string | null = null;
  for (;;) {
    const page: RankingsQuery | null = client.readQuery({ query: RankingsDocument, variables: variablesOf(year, after) });
    if (!page) return null;
    rows.push(...page.rankings.nodes);
    if (!page.rankings.pageInfo.hasNextPage) return rows;
    after = page.rankings.pageInfo.endCursor;
  }
}

/**
 * A published cycle's whole national ranking, loaded once (page after page through the API's
 * cursor) and kept in Apollo's cache: the rankings page then filters and sorts it in the browser,
 * where a change of view costs well under a millisecond instead of a round trip, and the home,
 * the rankings and the province pages share one download.
 */
export function useCycleRankings(year: number | null): CycleRankings {
  const client = useApolloClient();
  const [state, setState] = useState<{ year: number | null; rows: RankingRow[] | null; error: unknown }>(() => ({
    year,
    rows: year === null ? null : readCached(client, year),
    error: undefined,
  }));
  const [attempt, setAttempt] = useState(0);

  const current = state.year === year ? state : { year, rows: year === null ? null : readCached(client, year), error: undefined };
  if (current !== state) setState(current);

  useEffect(() => {
    if (year === null || current.rows !== null) return;
    let cancelled = false;
    (async () => {
      const rows: RankingRow[] = [];
      let after: string | null = null;
      for (;;) {
        const { data }: { data: RankingsQuery | undefined } = await client.query({ query: RankingsDocument, variables: variablesOf(year, after) });
        if (!data) throw new Error('The rankings page came back empty.');
        rows.push(...data.rankings.nodes);
        if (!data.rankings.pageInfo.hasNextPage || data.rankings.pageInfo.endCursor === null) break;
        after = data.rankings.pageInfo.endCursor;
      }
      return rows;
    })().then(
      (rows) => {
        if (!cancelled) setState({ year, rows, error: undefined });
      },
      (error: unknown) => {
        if (!cancelled) setState({ year, rows: null, error });
      },
    );
    return () => {
      cancelled = true;
    };
    // `attempt` re-runs the download after a failure.
  }, [client, year, current.rows, attempt]);

  const retry = useCallback(() => {
    setState({ year, rows: null, error: undefined });
    setAttempt((n) => n + 1);
  }, [year]);

  return { rows: current.rows, error: current.error, retry };
}
