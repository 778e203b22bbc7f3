import { describe, expect, it } from 'vitest';
import { compileMethodology } from './methodology/compile.js';
import type { Answers } from './methodology/types.js';
import { METHOD_2022, OPINI_2025 } from './presets/index.js';
import type { RankableInstitution } from './rank.js';
import { scoreUnit } from './score-unit.js';
import { SMALL } from './test-support/small-method.js';
import { improvementOpportunities, pointsToNextGrade, pointsToTargetRank, simulate } from './what-if.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('pointsToNextGrade', () => {
  it('gives the gap to the next band', () => {
    expect(pointsToNextGrade(METHOD_2022, 86.5)).toMatchObject({ current: { code: 'B' }, next: { code: 'A' }, targetScore: 88, pointsNeeded: 1.5 });
    expect(pointsToNextGrade(METHOD_2022, 77.99)).toMatchObject({ next: { code: 'B' }, pointsNeeded: 0.01 });
    expect(pointsToNextGrade(METHOD_2022, 94.46)).toMatchObject({ current: { code: 'A' }, next: null, pointsNeeded: null });
  });
});

describe('pointsToTargetRank', () => {
  const cities: RankableInstitution[] = Array.from({ length: 15 }, (_, k) => ({
    id: `kota-${k}`,
    name: `Kota ${String(k).padStart(2, '0')}`,
    type: 'KOTA',
    provinceCode: '36',
    score: 95 - k,
  }));
  const cycle: RankableInstitution[] = [...cities, { id: 'kab', name: 'Kabupaten', type: 'KABUPATEN', provinceCode: '36', score: 99 }];

  it('finds the score of the national top 10 among cities', () => {
    // kota-14 (81) needs the 10th score among the other cities: 95 − 9 = 86.
    const gap = pointsToTargetRank(cycle, 'kota-14', 10, { types: ['KOTA'] });
    expect(gap).toMatchObject({ inScope: true, currentRank: 15, targetRank: 10, targetScore: 86, pointsNeeded: 5, scopeSize: 15 });
    // Nationally the kabupaten is ahead too: the 10th other is 87.
    expect(pointsToTargetRank(cycle, 'kota-14', 10).targetScore).toBe(87);
  });

  it('needs nothing when already there or when the scope is small', () => {
    expect(pointsToTargetRank(cycle, 'kota-0', 3, { types: ['KOTA'] }).pointsNeeded).toBe(0);
    expect(pointsToTargetRank(cycle, 'kab', 5, { types: ['KABUPATEN'] })).toMatchObject({ targetScore: 0, pointsNeeded: 0 });
  });
});

describe('improvementOpportunities', () => {
  it('ranks indicators by points per step', () => {
    // I1 no → yes: 30 points; I2 1 → 2: 10 points per level; I3 +10 percentage points: 4 points.
    const opportunities = improvementOpportunities(SMALL, [{ id: 'u', answers: { I1: false, I2: 1, I3: 50 } }]);
    expect(opportunities.map((o) => [o.indicatorCode, o.nextValue, o.unitPointsPerStep, o.stepsToBest, o.unitPointsToBest])).toEqual([
      ['I1', true, 30, 1, 30],
      ['I2', 2, 10, 2, 20],
      ['I3', 60, 4, 5, 20],
    ]);
  });

  it('divides unit gains among the units of the institution', () => {
    const opportunities = improvementOpportunities(SMALL, [
      { id: 'u1', answers: { I1: true, I2: 3, I3: 95 } },
      { id: 'u2', answers: { I1: true, I2: 2, I3: 100 } },
    ]);
    expect(opportunities.map((o) => [o.unitId, o.indicatorCode, o.unitPointsPerStep, o.institutionPointsPerStep])).toEqual([
      ['u2', 'I2', 10, 5],
      ['u1', 'I3', 2, 1],
    ]);
  });

  it('uses the unit’s weights after not-applicable redistribution', () => {
    const opportunities = improvementOpportunities(SMALL, [{ answers: { I1: { notApplicable: true }, I2: 2, I3: 100 } }]);
    expect(opportunities).toHaveLength(1);
    expect(opportunities[0]).toMatchObject({ indicatorCode: 'I2', unitPointsPerStep: 20 });
  });

  it('scales institution gains by the dimensions’ share of a composite score', () => {
    const compiled = compileMethodology(OPINI_2025);
    const answers: Record<string, number | boolean> = {};
    compiled.indicators.forEach((indicator) => {
      answers[indicator.code] = indicator.scale.kind === 'YES_NO' ? true : indicator.scale.kind === 'PERCENTAGE' ? 100 : 3;
    });
    answers['PR-MAK-01'] = 2;
    const [only] = improvementOpportunities(compiled, [{ answers }]);
    // PR-MAK-01 weighs 32.37 % × 9.09 % = 2.9424 points; one level of three = 0.9808; × 70 % = 0.6866.
    expect(only).toMatchObject({ indicatorCode: 'PR-MAK-01', unitPointsPerStep: 0.9808, institutionPointsPerStep: 0.6866 });
  });
});

describe('simulate', () => {
  const compiled = compileMethodology(METHOD_2022);
  const answersAt = (level: number): Answers => {
    const answers: Record<string, number | boolean> = {};
    compiled.indicators.forEach((indicator) => {
      answers[indicator.code] = indicator.scale.kind === 'YES_NO' ? level > 1 : indicator.scale.kind === 'NUMERIC' ? 1 + level : level;
    });
    return answers;
  };
  const institution = deepFreeze({
    id: 'tangsel',
    name: 'Pemkot Tangerang Selatan',
    type: 'KOTA' as const,
    provinceCode: '36',
    units: [
      { id: 'dukcapil', answers: answersAt(2) },
      { id: 'dinsos', answers: answersAt(3) },
    ],
  });
  const before = [scoreUnit(compiled, institution.units[0]!.answers).scoreHundredths!, scoreUnit(compiled, institution.units[1]!.answers).scoreHundredths!];
  const current = Math.round((before[0]! + before[1]!) / 2) / 100;
  const cycle = deepFreeze<RankableInstitution[]>([
    { id: 'tangsel', name: 'Pemkot Tangerang Selatan', type: 'KOTA', provinceCode: '36', score: current },
    { id: 'bogor', name: 'Pemkot Bogor', type: 'KOTA', provinceCode: '32', score: 85.36 },
    { id: 'serang', name: 'Pemkot Serang', type: 'KOTA', provinceCode: '36', score: 85 },
    { id: 'lebak', name: 'Pemkab Lebak', type: 'KABUPATEN', provinceCode: '36', score: 99 },
  ]);

  it('scores changed answers, grade and ranks, without touching the inputs', () => {
    const changes = deepFreeze({ dukcapil: { 'PR-MAK-01': 3, 'PR-STD-01': 3, 'IN-KOM-01': 3, 'PNG-PEN-01': true } });
    const result = simulate({ methodology: compiled, institution, changes, cycle });
    // PNG-PEN-01 was already yes: not a change.
    expect(result.units[0]!.changed).toEqual(['PR-MAK-01', 'PR-STD-01', 'IN-KOM-01']);
    expect(result.units[1]!.changed).toEqual([]);
    expect(result.before.score).toBe(current);
    expect(result.after.scoreHundredths! - result.before.scoreHundredths!).toBe(result.deltaHundredths);
    // 83.93 → 85.36: level with Pemkot Bogor, so they share the rank.
    expect([result.before.score, result.after.score]).toEqual([83.93, 85.36]);
    expect(result.ranks[0]!.after).toMatchObject({ rank: 2, tied: true });
    expect(result.ranks.map((rank) => [rank.scope, rank.before?.rank, rank.after?.rank, rank.size])).toEqual([
      [{}, 4, 2, 4],
      [{ types: ['KOTA'] }, 3, 1, 3],
      [{ provinceCode: '36' }, 3, 2, 3],
    ]);
    expect(result.gradeChanged).toBe(result.before.grade?.code !== result.after.grade?.code);
  });

  it('simulates institution-level inputs of composite methods', () => {
    const opini = compileMethodology(OPINI_2025);
    const answers: Record<string, number | boolean> = {};
    opini.indicators.forEach((indicator) => {
      answers[indicator.code] = indicator.scale.kind === 'YES_NO' ? true : indicator.scale.kind === 'PERCENTAGE' ? 80 : 2;
    });
    const result = simulate({
      methodology: opini,
      institution: { id: 'x', name: 'X', type: 'KOTA', units: [{ id: 'u', answers }], extras: { publicTrust: 60 } },
      changes: {},
      extras: { publicTrust: 90 },
    });
    expect(result.after.scoreHundredths! - result.before.scoreHundredths!).toBe(900); // 30 % × 30 points
    expect(result.ranks).toEqual([]);
  });

  it('rejects changes for an unknown unit', () => {
    expect(() => simulate({ methodology: compiled, institution, changes: { nope: {} } })).toThrow(/no unit nope/);
  });
});
