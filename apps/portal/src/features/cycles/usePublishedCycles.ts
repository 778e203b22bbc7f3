import { useQuery } from '@apollo/client/react';
import { PublishedCyclesDocument, type PublishedCyclesQuery } from '@patuh/graphql';

export type PublishedCycle = PublishedCyclesQuery['publishedCycles'][number];

/** Every year with published results, the latest first. */
export function usePublishedCycles() {
  const { data, loading, error, refetch } = useQuery(PublishedCyclesDocument);
  return {
    cycles: data?.publishedCycles,
    latest: data?.publishedCycles[0],
    loading,
    error,
    retry: () => void refetch().catch(() => undefined),
  };
}
