import { defineMessages, useT } from '@patuh/ui';
import { Link } from 'react-router';

const messages = defineMessages(
  { label: 'Halaman tabel', previous: 'Sebelumnya', next: 'Berikutnya', page: 'Halaman {page}', of: 'Halaman {page} dari {count}' },
  { label: 'Table pages', previous: 'Previous', next: 'Next', page: 'Page {page}', of: 'Page {page} of {count}' },
);

export interface PaginationProps {
  page: number;
  pageCount: number;
  /** The address of a page, so each page is a link one can open or share. */
  hrefFor: (page: number) => string;
}

export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  const t = useT(messages);
  if (pageCount <= 1) return null;
  const pages = Array.from({ length: pageCount }, (_, i) => i + 1);
  return (
    <nav className="pagination" aria-label={t('label')}>
      <p className="visually-hidden">{t('of', { page, count: pageCount })}</p>
      <ul className="pagination__list">
        {page > 1 ? (
          <li>
            <Link to={hrefFor(page - 1)} rel="prev">
              {t('previous')}
            </Link>
          </li>
        ) : null}
        {pages.map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className="pagination__current">
                <span className="visually-hidden">{t('page', { page: n })}</span>
                <span aria-hidden="true">{n}</span>
              </span>
            ) : (
              <Link to={hrefFor(n)} aria-label={t('page', { page: n })}>
                {n}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link to={hrefFor(page + 1)} rel="next">
              {t('next')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
