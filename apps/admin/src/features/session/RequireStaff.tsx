import { ErrorState, LoadingState } from '@patuh/ui';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { paths } from '../../routes/paths';
import { NotAllowed } from './NotAllowed';
import { OfficerPointer } from './OfficerPointer';
import type { StaffRole } from './roles';
import { useViewer } from './useViewer';

/**
 * The gate of every staff page: the public goes to sign-in (and comes back here afterwards),
 * officers of assessed bodies are pointed to the portal, and pages for some roles only say so
 * to the others.
 */
export function RequireStaff({ roles, children }: { roles?: readonly StaffRole[]; children?: ReactNode }) {
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();
  if (viewer === undefined) {
    if (error && !loading) return <ErrorState onRetry={() => void refetch().catch(() => undefined)} />;
    return <LoadingState />;
  }
  if (viewer === null) return <Navigate replace to={paths.signInThenReturnTo(`${location.pathname}${location.search}`)} />;
  if (viewer.role === 'INSTITUTION_OFFICER') return <OfficerPointer />;
  if (roles && !roles.includes(viewer.role)) return <NotAllowed />;
  return <>{children ?? <Outlet />}</>;
}
