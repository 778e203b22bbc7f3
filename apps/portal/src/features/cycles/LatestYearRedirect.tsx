import { EmptyState, ErrorState, LoadingState, defineMessages, useT } from '@patuh/ui';
import { Navigate, useLocation } from 'react-router';
import { usePublishedCycles } from './usePublishedCycles';

const messages = defineMessages(
  { none: 'Belum ada hasil penilaian yang dipublikasikan.' },
  { none: 'No assessment results have been published yet.' },
);

/** An address without a year leads to the latest published one, keeping the rest of the view. */
export function LatestYearRedirect({ to }: { to: (year: number) => string }) {
  const t = useT(messages);
  const { latest, cycles, error, retry } = usePublishedCycles();
  const { search } = useLocation();
  if (latest) {
    const target = to(latest.year);
    const joined = search ? `${target}${target.includes('?') ? '&' : '?'}${search.slice(1)}` : target;
    return <Navigate replace to={joined} />;
  }
  if (cycles) {
    return (
      <EmptyState>
        <p>{t('none')}</p>
      </EmptyState>
    );
  }
  if (error) return <ErrorState onRetry={retry} />;
  return <LoadingState />;
}
