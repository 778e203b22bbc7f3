import { useSearchParams } from 'react-router';
import { useViewer, type Viewer } from './useViewer';

export type BodyInView =
  | { status: 'loading' }
  | { status: 'signed-out' }
  /** Signed in without a body of one's own (staff), and no body named in the address. */
  | { status: 'no-body'; viewer: Viewer }
  | { status: 'ready'; viewer: Viewer; institutionId: string; own: boolean };

/**
 * Whose report card a page shows: the body named by `?instansi=`, else the officer's own. Whether
 * the viewer may read it is the API's decision (FORBIDDEN), never guessed here.
 */
export function useBodyInView(): BodyInView {
  const { viewer, known } = useViewer();
  const [params] = useSearchParams();
  if (!known) return { status: 'loading' };
  if (!viewer) return { status: 'signed-out' };
  const named = params.get('instansi');
  const institutionId = named ?? viewer.institution?.id;
  if (!institutionId) return { status: 'no-body', viewer };
  return { status: 'ready', viewer, institutionId, own: institutionId === viewer.institution?.id };
}
