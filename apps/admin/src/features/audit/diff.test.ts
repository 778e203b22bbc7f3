import { describe, expect, it } from 'vitest';
import { diffRows, flatten } from './diff';

describe('audit diff', () => {
  it('flattens nested objects and lists to paths', () => {
    expect([...flatten({ stage: 'DRAFT', windows: [{ stage: 'PREPARATION', closesAt: null }], empty: [] })]).toEqual([
      ['stage', 'DRAFT'],
      ['windows[0].stage', 'PREPARATION'],
      ['windows[0].closesAt', 'null'],
      ['empty', '[]'],
    ]);
  });

  it('marks what changed, what is new, what is gone and what stayed', () => {
    const rows = diffRows({ stage: 'DRAFT', version: 1, note: 'x' }, { stage: 'PREPARATION', version: 2, direction: 'FORWARD' });
    expect(rows).toEqual([
      { path: 'stage', before: 'DRAFT', after: 'PREPARATION', change: 'CHANGED' },
      { path: 'version', before: '1', after: '2', change: 'CHANGED' },
      { path: 'note', before: 'x', after: undefined, change: 'REMOVED' },
      { path: 'direction', before: undefined, after: 'FORWARD', change: 'ADDED' },
    ]);
    expect(diffRows({ a: 1 }, { a: 1 })[0]?.change).toBe('SAME');
  });

  it('treats a missing side as empty: a creation is all new', () => {
    expect(diffRows(null, { year: 2026 })).toEqual([{ path: 'year', before: undefined, after: '2026', change: 'ADDED' }]);
  });
});
