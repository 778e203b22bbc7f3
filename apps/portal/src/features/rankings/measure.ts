/**
 * Performance marks around a change of the rankings' view: the page marks the start when a
 * filter changes, the table measures once it shows the result. `npm run bench` reads them.
 */
export const rankingViewStart = 'patuh:rankings-view-start';
export const rankingViewMeasure = 'patuh:rankings-view';

export function markRankingViewChange(): void {
  performance.clearMarks(rankingViewStart);
  performance.mark(rankingViewStart);
}
