import { useQuery } from '@apollo/client/react';
import { AssessmentOfDocument } from '@patuh/graphql';
import { ErrorState, LoadingState } from '@patuh/ui';
import { Navigate, useParams } from 'react-router';
import { readApiError } from '../../api/errors';
import { ApiErrorMessage } from '../../components/ApiErrorMessage';
import { paths } from '../../routes/paths';
import { useCycleId } from '../cycles/CycleLayout';

/** A unit's assessment in a cycle, reached by the unit (as the sampling table links it): resolved to the assessment's own address. */
export function AssessmentOfUnitPage() {
  const cycleId = useCycleId();
  const { unitId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AssessmentOfDocument, { variables: { cycleId, unitId } });
  if (data) return <Navigate replace to={paths.cycleAssessment(cycleId, data.assessmentOf.id)} />;
  if (loading) return <LoadingState />;
  if (error && readApiError(error).code !== 'NETWORK') return <ApiErrorMessage error={error} />;
  return <ErrorState onRetry={() => void refetch().catch(() => undefined)} />;
}
