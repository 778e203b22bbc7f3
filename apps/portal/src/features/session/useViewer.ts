import { useQuery } from '@apollo/client/react';
import { PortalViewerDocument, type PortalViewerFieldsFragment } from '@patuh/graphql';

export type Viewer = PortalViewerFieldsFragment;

export interface ViewerState {
  /** The signed-in user, or null for the public. */
  viewer: Viewer | null;
  /** False until the API has said who is signed in. */
  known: boolean;
  error: unknown;
  refetch: () => void;
}

/** Who is signed in: null for the public, the officer (and their body) once signed in. */
export function useViewer(): ViewerState {
  const { data, error, refetch } = useQuery(PortalViewerDocument);
  return {
    viewer: data?.me ?? null,
    known: data !== undefined,
    error,
    refetch: () => void refetch().catch(() => undefined),
  };
}
