import { defineMessages, useT } from '@patuh/ui';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { queryParams } from '../routes/paths';

const messages = defineMessages(
  {
    label: 'Halaman',
    range: '{from}–{to} dari {total}',
    total: '{total} seluruhnya',
    first: 'Halaman pertama',
    previous: 'Sebelumnya',
    next: 'Berikutnya',
  },
  {
    label: 'Pages',
    range: '{from}–{to} of {total}',
    total: '{total} in all',
    first: 'First page',
    previous: 'Previous',
    next: 'Next',
  },
);

/** The cursors of the pages before this one, kept in the history entry so "Previous" can go back. */
interface PageState {
  trail?: string[];
}

/**
 * Cursor pagination with the current page in the URL (`?setelah=<cursor>`), so a page can be
 * shared; the way back is kept in the browser history.
 */
export function useCursorPage(): { after: string | null; trail: string[] } {
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const after = searchParams.get(queryParams.after);
  const trail = after ? ((location.state as PageState | null)?.trail ?? []) : [];
  return { after, trail };
}

export interface PaginationProps {
  pageSize: number;
  shown: number;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export function Pagination({ pageSize, shown, totalCount, hasNextPage, endCursor }: PaginationProps) {
  const t = useT(messages);
  const navigate = useNavigate();
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const { after, trail } = useCursorPage();
  // The position is known when the way here was followed page by page; a shared link only knows it is past the first.
  const known = !after || trail.length > 0;
  const from = trail.length * pageSize + 1;

  const go = (cursor: string | null, nextTrail: string[]) => {
    const params = new URLSearchParams(searchParams);
    if (cursor) params.set(queryParams.after, cursor);
    else params.delete(queryParams.after);
    const search = params.toString();
    void navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { state: { trail: nextTrail } satisfies PageState });
  };

  if (totalCount === 0) return null;
  return (
    <nav className="pagination" aria-label={t('label')}>
      <p className="pagination__status">
        {known && shown > 0
          ? t('range', { from: t.formatNumber(from), to: t.formatNumber(from + shown - 1), total: t.formatNumber(totalCount) })
          : t('total', { total: t.formatNumber(totalCount) })}
      </p>
      <div className="pagination__buttons">
        {after ? (
          <>
            <button type="button" className="button button--secondary" onClick={() => go(null, [])}>
              {t('first')}
            </button>
            {trail.length > 0 ? (
              <button type="button" className="button button--secondary" onClick={() => go(trail[trail.length - 1] || null, trail.slice(0, -1))}>
                {t('previous')}
              </button>
            ) : null}
          </>
        ) : null}
        {hasNextPage && endCursor ? (
          <button type="button" className="button button--secondary" onClick={() => go(endCursor, [...trail, after ?? ''])}>
            {t('next')}
          </button>
        ) : null}
      </div>
    </nav>
  );
}
