import { describe, expect, it } from 'vitest';
import { compareCycles } from './compare-cycles.js';
import { METHOD_2022, ZONES_2017 } from './presets/index.js';

describe('compareCycles', () => {
  it('compares grades within one method, with deltas and rank moves', () => {
    const comparison = compareCycles(
      {
        year: 2022,
        methodology: METHOD_2022,
        institutions: [
          { id: 'a', name: 'A', type: 'KOTA', score: 87.5 },
          { id: 'b', name: 'B', type: 'KOTA', score: 90 },
          { id: 'gone', name: 'Gone', type: 'KOTA', score: 40 },
        ],
      },
      {
        year: 2023,
        methodology: METHOD_2022,
        institutions: [
          { id: 'a', name: 'A', type: 'KOTA', score: 88.1 },
          { id: 'b', name: 'B', type: 'KOTA', score: 79 },
          { id: 'new', name: 'New', type: 'KOTA', score: 50 },
        ],
      },
    );
    expect(comparison.methodChanged).toBe(false);
    expect(comparison.gradeComparedBy).toBe('GRADE');
    expect(comparison.changes.map((change) => [change.id, change.presence, change.delta, change.gradeChange, change.rankChange])).toEqual([
      ['a', 'BOTH', 0.6, 'UP', 1],
      ['b', 'BOTH', -11, 'DOWN', -1],
      ['new', 'NEW', null, null, null],
      ['gone', 'DROPPED', null, null, null],
    ]);
    expect(comparison.changes[1]).toMatchObject({ before: { grade: { code: 'A' } }, after: { grade: { code: 'B' } }, zoneChange: 'SAME' });
    expect(comparison.summary).toEqual({ up: 1, down: 1, same: 0, new: 1, dropped: 1, meanDelta: -5.2 });
  });

  it('compares zones across methods with different grades (2021 zones → 2022 grades)', () => {
    const comparison = compareCycles(
      {
        year: 2021,
        methodology: ZONES_2017,
        institutions: [
          { id: 'a', name: 'A', type: 'KABUPATEN', score: 80.99 },
          { id: 'b', name: 'B', type: 'KABUPATEN', score: 82 },
        ],
      },
      {
        year: 2022,
        methodology: METHOD_2022,
        institutions: [
          { id: 'a', name: 'A', type: 'KABUPATEN', score: 78 },
          { id: 'b', name: 'B', type: 'KABUPATEN', score: 60 },
        ],
      },
    );
    expect(comparison.methodChanged).toBe(true);
    expect(comparison.gradeComparedBy).toBe('ZONE');
    expect(comparison.changes.map((change) => [change.id, change.before?.grade.code, change.after?.grade.code, change.gradeChange])).toEqual([
      ['a', 'KUNING', 'B', 'UP'],
      ['b', 'HIJAU', 'C', 'DOWN'],
    ]);
  });
});
