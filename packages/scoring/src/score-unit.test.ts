import { describe, expect, it } from 'vitest';
import { compileMethodology } from './methodology/compile.js';
import { NOT_APPLICABLE } from './methodology/types.js';
import { METHOD_2022 } from './presets/index.js';
import { scoreUnit } from './score-unit.js';
import { HALVES, SMALL } from './test-support/small-method.js';
import { explanationToText } from './explain.js';

describe('scoreUnit', () => {
  it('weights indicator → variable → dimension → unit', () => {
    // D1 = 50 % × 100 + 50 % × 2/3 = 83.33…; unit = 60 % × 83.33… + 40 % × 45.5 = 50 + 18.2
    const result = scoreUnit(SMALL, { I1: true, I2: 2, I3: 45.5 });
    expect(result).toMatchObject({ status: 'SCORED', complete: true, score: 68.2, scoreHundredths: 6820, missing: [] });
    expect(result.grade?.code).toBe('C');
  });

  it('gives 100 for full marks and 0 for none', () => {
    expect(scoreUnit(SMALL, { I1: 1, I2: 3, I3: 100 }).score).toBe(100);
    expect(scoreUnit(SMALL, { I1: 0, I2: 0, I3: 0 }).score).toBe(0);
  });

  it('rounds half-up once, on the exact sum', () => {
    expect(scoreUnit(HALVES, { 'A-I': 0.01, 'B-I': 0 }).scoreHundredths).toBe(1); // 0.005
    expect(scoreUnit(HALVES, { 'A-I': 2.01, 'B-I': 0 }).score).toBe(1.01); // 1.005, 1.00 in naive floating point
    expect(scoreUnit(HALVES, { 'A-I': 2.01, 'B-I': 0 }, { explain: false }).score).toBe(1.01);
    expect(scoreUnit(HALVES, { 'A-I': 0.01, 'B-I': 0.02 }).score).toBe(0.02); // 0.015
    expect(scoreUnit(HALVES, { 'A-I': 0.01, 'B-I': 0.01 }).score).toBe(0.01);
  });

  it('reports missing answers instead of counting them as zero', () => {
    for (const explain of [true, false]) {
      const result = scoreUnit(SMALL, { I1: true }, { explain });
      expect(result).toMatchObject({ status: 'INCOMPLETE', complete: false, score: null, grade: null, missing: ['I2', 'I3'] });
    }
    expect(scoreUnit(SMALL, { I1: true, I2: null, I3: undefined }).missing).toEqual(['I2', 'I3']);
  });

  it('reports answers that do not fit their scale', () => {
    const result = scoreUnit(SMALL, { I1: 'yes' as unknown as boolean, I2: 4, I3: 100.5 }, { explain: false });
    expect(result.status).toBe('INVALID');
    expect(result.score).toBeNull();
    expect(result.invalid.map((problem) => [problem.indicatorCode, problem.code])).toEqual([
      ['I1', 'WRONG_TYPE'],
      ['I2', 'OUT_OF_RANGE'],
      ['I3', 'OUT_OF_RANGE'],
    ]);
    expect(scoreUnit(SMALL, { I1: true, I2: 1.5, I3: 1 }).invalid[0]?.code).toBe('NOT_A_LEVEL');
    expect(scoreUnit(SMALL, { I1: true, I2: NOT_APPLICABLE, I3: 1 }).invalid[0]?.code).toBe('NOT_APPLICABLE_NOT_ALLOWED');
  });

  it('redistributes a not-applicable weight to the siblings in proportion', () => {
    // I1 not applicable: I2 carries V1 alone → D1 = 66.67; unit = 60 % × 66.67 + 40 % × 45.5 = 40 + 18.2
    for (const explain of [true, false]) {
      const result = scoreUnit(SMALL, { I1: NOT_APPLICABLE, I2: 2, I3: 45.5 }, { explain });
      expect(result).toMatchObject({ status: 'SCORED', score: 58.2, notApplicable: ['I1'] });
    }
    // A whole dimension not applicable: D1 carries the unit alone.
    expect(scoreUnit(SMALL, { I1: true, I2: 2, I3: NOT_APPLICABLE }).score).toBe(83.33);
  });

  it('has nothing to score when nothing applies', () => {
    const onlyNa = { ...SMALL, dimensions: [SMALL.dimensions[1]!].map((d) => ({ ...d, weight: 100 })) };
    const result = scoreUnit(onlyNa, { I3: NOT_APPLICABLE });
    expect(result).toMatchObject({ status: 'NOTHING_APPLICABLE', complete: true, score: null });
  });

  it('gives the same score with and without the explanation', () => {
    const compiled = compileMethodology(METHOD_2022);
    const answers: Record<string, number | boolean> = {};
    compiled.indicators.forEach((indicator, i) => {
      answers[indicator.code] = indicator.scale.kind === 'YES_NO' ? i % 2 === 0 : indicator.scale.kind === 'NUMERIC' ? 1 + (i % 7) * 0.43 : i % 4;
    });
    const fast = scoreUnit(compiled, answers, { explain: false });
    const full = scoreUnit(compiled, answers);
    expect(fast.scoreHundredths).toBe(full.scoreHundredths);
    expect(fast.explanation).toBeNull();
    expect(full.explanation?.score).toBe(full.score);
  });
});

describe('explanation', () => {
  it('shows points won and lost that add up', () => {
    const result = scoreUnit(SMALL, { I1: true, I2: 2, I3: 45.5 });
    const explanation = result.explanation!;
    expect(explanation).toMatchObject({ complete: true, score: 68.2, points: 68.2, maxPoints: 100, lostPoints: 31.8, pendingPoints: 0 });
    const [d1, d2] = explanation.dimensions;
    expect(d1).toMatchObject({ code: 'D1', maxPoints: 60, points: 50, lostPoints: 10, score: 83.33 });
    expect(d2).toMatchObject({ code: 'D2', maxPoints: 40, points: 18.2, lostPoints: 21.8, score: 45.5 });
    const [i1, i2] = d1!.variables[0]!.indicators;
    expect(i1).toMatchObject({ status: 'ANSWERED', maxPoints: 30, points: 30, lostPoints: 0, score: 100, answerLabel: { id: 'Ya', en: 'Yes' } });
    expect(i2).toMatchObject({ maxPoints: 30, points: 20, lostPoints: 10, score: 66.67, answerLabel: { id: 'Tingkat 2', en: 'Level 2' } });
  });

  it('marks not-applicable nodes and shows where their weight went', () => {
    const explanation = scoreUnit(SMALL, { I1: NOT_APPLICABLE, I2: 3, I3: NOT_APPLICABLE }).explanation!;
    expect(explanation.score).toBe(100);
    const [d1, d2] = explanation.dimensions;
    expect(d1).toMatchObject({ applicable: true, maxPoints: 100, points: 100 });
    expect(d2).toMatchObject({ applicable: false, maxPoints: 0, points: 0, score: null });
    expect(d1!.variables[0]!.indicators[0]).toMatchObject({ status: 'NOT_APPLICABLE', applicable: false, maxPoints: 0 });
  });

  it('keeps pending points apart while answers are missing', () => {
    const result = scoreUnit(SMALL, { I1: true });
    expect(result.score).toBeNull();
    expect(result.explanation).toMatchObject({ complete: false, score: null, points: 30, pendingPoints: 70, lostPoints: 0 });
    expect(result.explanation!.dimensions[1]).toMatchObject({ complete: false, score: null, pendingPoints: 40 });
  });

  it('adds up at every level, with full marks never showing a loss (2022 preset)', () => {
    const compiled = compileMethodology(METHOD_2022);
    const answers: Record<string, number | boolean> = {};
    compiled.indicators.forEach((indicator, i) => {
      answers[indicator.code] = indicator.scale.kind === 'YES_NO' ? true : indicator.scale.kind === 'NUMERIC' ? 3.5 : i % 4;
    });
    const result = scoreUnit(compiled, answers);
    const explanation = result.explanation!;
    const cents = (value: number): number => Math.round(value * 100);
    expect(cents(explanation.points)).toBe(result.scoreHundredths);
    expect(explanation.dimensions.reduce((sum, d) => sum + cents(d.points), 0)).toBe(result.scoreHundredths);
    expect(explanation.dimensions.reduce((sum, d) => sum + cents(d.maxPoints), 0)).toBe(10_000);
    for (const dimension of explanation.dimensions) {
      expect(dimension.variables.reduce((sum, v) => sum + cents(v.points), 0)).toBe(cents(dimension.points));
      for (const variable of dimension.variables) {
        expect(variable.indicators.reduce((sum, i) => sum + cents(i.points), 0)).toBe(cents(variable.points));
        expect(variable.indicators.reduce((sum, i) => sum + cents(i.lostPoints), 0)).toBe(cents(variable.lostPoints));
        for (const indicator of variable.indicators) {
          expect(cents(indicator.maxPoints)).toBe(cents(indicator.points) + cents(indicator.lostPoints) + cents(indicator.pendingPoints));
          if (indicator.score === 100) expect(indicator.lostPoints).toBe(0);
          if (indicator.score === 0) expect(indicator.points).toBe(0);
        }
      }
    }
    const text = explanationToText(explanation, 'id');
    expect(text.split('\n')[0]).toBe(`Nilai: ${result.score!.toFixed(2)}`);
    expect(text).toContain('IN-KOM-01 Pengetahuan pelaksana atas 14 komponen');
  });
});
