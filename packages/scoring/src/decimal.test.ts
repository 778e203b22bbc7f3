import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apportion,
  divRoundHalfUp,
  formatHundredths,
  formatScore,
  fromHundredths,
  ratioRoundHalfUp,
  toHundredths,
  toScaledInteger,
} from './decimal.js';

describe('fixed-point helpers', () => {
  it('rounds integer quotients half-up', () => {
    expect(divRoundHalfUp(56_675, 6)).toBe(9_446); // 9445.83…
    expect(divRoundHalfUp(15, 10)).toBe(2);
    expect(divRoundHalfUp(14, 10)).toBe(1);
    expect(divRoundHalfUp(25, 10)).toBe(3);
    expect(divRoundHalfUp(0, 7)).toBe(0);
  });

  it('reads decimals as a person wrote them, rounding half-up', () => {
    expect(toHundredths(94.46)).toBe(9446);
    expect(toHundredths(0.29)).toBe(29);
    expect(toHundredths(94.458)).toBe(9446);
    expect(toHundredths(2.675)).toBe(268); // 2.67499999… in binary
    expect(toHundredths(1.005)).toBe(101);
    expect(toHundredths(87.995)).toBe(8800);
    expect(toHundredths(-2.675)).toBe(-268);
    expect(toHundredths(0)).toBe(0);
    expect(toScaledInteger(3.1415, 3)).toBe(3142);
    expect(toScaledInteger(12, 0)).toBe(12);
    expect(() => toHundredths(Number.NaN)).toThrow(RangeError);
  });

  it('formats scores with exactly two decimals', () => {
    expect(formatScore(94.458)).toBe('94.46');
    expect(formatScore(88)).toBe('88.00');
    expect(formatScore(0.05)).toBe('0.05');
    expect(formatScore(94.46, { decimalSeparator: ',' })).toBe('94,46');
    expect(formatHundredths(-120)).toBe('-1.20');
    expect(formatHundredths(10_000)).toBe('100.00');
  });

  it('divides ratios by long division without overflow', () => {
    expect(ratioRoundHalfUp(1, 3, 4)).toBe(3333);
    expect(ratioRoundHalfUp(2, 3, 4)).toBe(6667);
    expect(ratioRoundHalfUp(999_999_999_999, 1_000_000_000_000, 4)).toBe(10_000);
    expect(ratioRoundHalfUp(123_456_789_012, 1_000_000_000_000, 4)).toBe(1235);
  });

  it('keeps hundredths stable through numbers and text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (hundredths) => {
        expect(toHundredths(fromHundredths(hundredths))).toBe(hundredths);
        expect(toHundredths(Number(formatHundredths(hundredths)))).toBe(hundredths);
      }),
    );
  });

  it('apportions a total exactly, in proportion, ties to the earlier entry', () => {
    expect(apportion(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(apportion(10, [1, 1, 1], [1, 0, 1])).toEqual([5, 0, 5]);
    expect(apportion(1_000_000_000_000, [2185, 3237, 2424, 2154])).toEqual([
      218_500_000_000, 323_700_000_000, 242_400_000_000, 215_400_000_000,
    ]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.array(fc.integer({ min: 1, max: 10_000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const shares = apportion(total, weights);
          expect(shares.reduce((sum, share) => sum + share, 0)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0);
          shares.forEach((share, j) => {
            expect(Math.abs(share - (total * (weights[j] as number)) / sum)).toBeLessThan(1 + 1e-3);
          });
        },
      ),
    );
  });
});
