import { EmptyState, defineMessages, useT } from '@patuh/ui';
import { Link } from 'react-router';
import { usePublishedCycles } from './usePublishedCycles';

const messages = defineMessages(
  {
    notPublished: 'Hasil penilaian {year} belum dipublikasikan, atau tahun ini tidak ada.',
    published: 'Tahun yang sudah dipublikasikan:',
  },
  {
    notPublished: 'The {year} results are not published, or there is no such year.',
    published: 'Years with published results:',
  },
);

/** A year in the address that has no published results: say so, and offer the years that do. */
export function UnpublishedYear({ year, heading, linkFor }: { year: number; heading: string; linkFor: (year: number) => string }) {
  const t = useT(messages);
  const { cycles } = usePublishedCycles();
  return (
    <>
      <h1>{heading}</h1>
      <EmptyState>
        <p>{t('notPublished', { year: Number.isFinite(year) ? year : '—' })}</p>
        {cycles && cycles.length > 0 ? (
          <>
            <p>{t('published')}</p>
            <ul className="inline-list">
              {cycles.map((cycle) => (
                <li key={cycle.year}>
                  <Link to={linkFor(cycle.year)}>{cycle.year}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </EmptyState>
    </>
  );
}
