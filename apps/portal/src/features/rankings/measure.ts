/**
 * Performance marks around a change of the rankings' view: the page marks the start when a
 * filter changes, and measures once the result is on screen (a table, or the note that nothing
 * matches). `npm run bench` reads the measures.
 */
export const rankingViewStart = 'patuh:rankings-view-start';
export const rankingViewMeasure = 'patuh:rankings-view';

export function markRankingViewChange(): void {
  performance.clearMarks(rankingViewStart);
  performance.mark(rankingViewStart);
}

/** Called once the rows of a view are committed; measures only after a change was marked. */
export function measureRankingViewChange(): void {
  if (performance.getEntriesByName(rankingViewStart, 'mark').length === 0) return;
  performance.measure(rankingViewMeasure, rankingViewStart);
  performance.clearMarks(rankingViewStart);
}
