import { useApolloClient, useQuery } from '@apollo/client/react';
import { StaffViewerDocument, type StaffViewerFieldsFragment } from '@patuh/graphql';
import { useCallback } from 'react';

/** Who is signed in: undefined while unknown, null for the public. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(StaffViewerDocument);
  return { viewer: data ? data.me : undefined, loading, error, refetch };
}

/**
 * Records who is signed in now (after signing in or setting a password), or that no one is,
 * after forgetting everything the previous person could see.
 */
export function useSetViewer(): (viewer: StaffViewerFieldsFragment | null) => Promise<void> {
  const client = useApolloClient();
  return useCallback(
    async (viewer) => {
      if (viewer === null) await client.clearStore();
      client.writeQuery({ query: StaffViewerDocument, data: { me: viewer } });
    },
    [client],
  );
}
