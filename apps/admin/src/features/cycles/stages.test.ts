import { describe, expect, it } from 'vitest';
import { isPastDeadline, stageRows, type StageWindow } from './stages';

const window = (stage: StageWindow['stage'], opensAt: string | null, closesAt: string | null): StageWindow => ({ stage, opensAt, closesAt, openedAt: null });

describe('stage rows', () => {
  it('counts the closing date as the last day of its window', () => {
    const closesAt = '2026-06-29T17:00:00.000Z'; // 30 June, midnight in Jakarta
    expect(isPastDeadline(closesAt, new Date('2026-06-30T16:59:00.000Z'))).toBe(false);
    expect(isPastDeadline(closesAt, new Date('2026-06-30T17:00:00.000Z'))).toBe(true);
    expect(isPastDeadline(null, new Date('2099-01-01'))).toBe(false);
  });

  it('marks stages done, current and upcoming, and late only those not done', () => {
    const rows = stageRows(
      [
        window('DRAFT', null, null),
        window('PREPARATION', '2026-02-28T17:00:00.000Z', '2026-05-30T17:00:00.000Z'),
        window('COLLECTION', '2026-05-31T17:00:00.000Z', '2026-08-30T17:00:00.000Z'),
        window('VERIFICATION', '2026-08-31T17:00:00.000Z', '2026-09-29T17:00:00.000Z'),
      ],
      'COLLECTION',
      new Date('2026-09-15T00:00:00.000Z'),
    );
    expect(rows.map((row) => [row.stage, row.progress, row.overdue])).toEqual([
      ['DRAFT', 'DONE', false],
      ['PREPARATION', 'DONE', false],
      ['COLLECTION', 'CURRENT', true],
      ['VERIFICATION', 'UPCOMING', false],
    ]);
  });
});
