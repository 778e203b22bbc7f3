/**
 * Fixed-point arithmetic on safe integers.
 *
 * Scores are published with two decimals, so the canonical form of a score is an integer number of
 * hundredths (94.46 → 9446). Inside a unit score the engine works at a finer scale (see
 * `POINT_UNITS`), and every division is an integer division with an explicit rounding rule, so no
 * result depends on binary floating point.
 */

/** Hundredths in one point: 94.46 points = 9446 hundredths. */
export const HUNDREDTHS_PER_POINT = 100;

/** The top of every score scale, in hundredths. */
export const MAX_SCORE_HUNDREDTHS = 10_000;

/**
 * Internal resolution of a unit score: one unit is 10^-10 point, so 100 points = 10^12 units.
 * It is also the resolution of effective weights: an indicator whose effective weight is E units
 * contributes E × (fraction of full marks) units. 10^12 keeps every sum below 2^53 (≈ 9.007 × 10^15)
 * with room for the products described in the README.
 */
export const POINT_UNITS = 1_000_000_000_000;

/** Internal units in one hundredth of a point. */
export const UNITS_PER_HUNDREDTH = POINT_UNITS / MAX_SCORE_HUNDREDTHS;

/**
 * floor(numerator / denominator) and the remainder, for a non-negative safe-integer numerator and
 * a positive safe-integer denominator. The floating-point quotient is at most one off, and the
 * remainder, computed exactly in integers, corrects it. (This avoids `%` on doubles, which V8 runs
 * as a slow library call.)
 */
export function divFloor(numerator: number, denominator: number): [quotient: number, remainder: number] {
  let quotient = Math.floor(numerator / denominator);
  let remainder = numerator - quotient * denominator;
  if (remainder < 0) {
    quotient -= 1;
    remainder += denominator;
  } else if (remainder >= denominator) {
    quotient += 1;
    remainder -= denominator;
  }
  return [quotient, remainder];
}

/** numerator / denominator rounded half-up, for the same operands as `divFloor`. */
export function divRoundHalfUp(numerator: number, denominator: number): number {
  const [quotient, remainder] = divFloor(numerator, denominator);
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

/**
 * round-half-up(numerator / denominator × 10^digits) without forming numerator × 10^digits, which
 * could pass 2^53: long division, one decimal digit at a time. Needs numerator, denominator ≥ 0 and
 * denominator × 10 below 2^53.
 */
export function ratioRoundHalfUp(numerator: number, denominator: number, digits: number): number {
  let [quotient, remainder] = divFloor(numerator, denominator);
  for (let i = 0; i < digits; i += 1) {
    const [digit, rest] = divFloor(remainder * 10, denominator);
    quotient = quotient * 10 + digit;
    remainder = rest;
  }
  return remainder * 2 >= denominator ? quotient + 1 : quotient;
}

const POWERS_OF_TEN = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000] as const;

/** 10^decimals for the decimals a scale may declare (0–6). */
export function powerOfTen(decimals: number): number {
  const power = POWERS_OF_TEN[decimals];
  if (power === undefined) throw new RangeError(`Unsupported number of decimals: ${decimals}`);
  return power;
}

/**
 * A decimal number as an integer count of 10^-decimals, rounded half-up (half away from zero) on
 * the number's decimal form. 94.46 × 100 is 9445.999… in binary; the fast path absorbs such noise,
 * and values that sit near a true half (2.675 at two decimals) are decided on their decimal digits,
 * so 2.675 → 268 as a person would expect.
 */
export function toScaledInteger(value: number, decimals: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const scaled = value * powerOfTen(decimals);
  const nearest = Math.round(scaled);
  const distanceFromHalf = Math.abs(Math.abs(scaled - Math.trunc(scaled)) - 0.5);
  if (distanceFromHalf > 1e-6 && Math.abs(scaled) < 2 ** 50) return nearest === 0 ? 0 : nearest;
  return roundDecimalString(value, decimals);
}

function roundDecimalString(value: number, decimals: number): number {
  // toFixed(decimals + 6) is the correctly rounded decimal expansion, so binary noise below the
  // 6 extra digits disappears and the digit after `decimals` decides the half-up step.
  const text = Math.abs(value).toFixed(decimals + 6);
  const [whole = '0', fraction = ''] = text.split('.');
  const kept = Number(whole + fraction.slice(0, decimals));
  const next = fraction.charCodeAt(decimals) - 48;
  const magnitude = next >= 5 ? kept + 1 : kept;
  if (!Number.isSafeInteger(magnitude)) throw new RangeError(`Number too large for exact arithmetic: ${value}`);
  return value < 0 && magnitude !== 0 ? -magnitude : magnitude;
}

/** A score (or any two-decimal amount) as integer hundredths, rounded half-up. */
export function toHundredths(value: number): number {
  return toScaledInteger(value, 2);
}

/** Integer hundredths back to a number for display and JSON (9446 → 94.46, the nearest double). */
export function fromHundredths(hundredths: number): number {
  return hundredths / HUNDREDTHS_PER_POINT;
}

/** Formatting options for `formatScore`. */
export interface FormatScoreOptions {
  /** '.' (default, as in data and JSON) or ',' as in Indonesian publications ("94,46"). */
  readonly decimalSeparator?: '.' | ',';
}

/** Integer hundredths as text with exactly two decimals: 9446 → "94.46", 5 → "0.05", -120 → "-1.20". */
export function formatHundredths(hundredths: number, options: FormatScoreOptions = {}): string {
  const separator = options.decimalSeparator ?? '.';
  const sign = hundredths < 0 ? '-' : '';
  const magnitude = Math.abs(hundredths);
  const whole = Math.trunc(magnitude / HUNDREDTHS_PER_POINT);
  const fraction = magnitude % HUNDREDTHS_PER_POINT;
  return `${sign}${whole}${separator}${fraction < 10 ? '0' : ''}${fraction}`;
}

/** A score with exactly two decimals, rounded half-up: 94.458 → "94.46", 88 → "88.00". */
export function formatScore(score: number, options: FormatScoreOptions = {}): string {
  return formatHundredths(toHundredths(score), options);
}

/**
 * Splits `total` into integer shares proportional to `weights` (largest-remainder method): each
 * share is floor(total × w / sum); the units left over go one each to the largest remainders, ties
 * to the earlier entry. Entries whose `active` flag is false get 0 and take no part. The shares
 * always add up to `total` exactly.
 *
 * Bounds: total ≤ 10^12 and weights (and their sum) ≤ 10^6 keep every intermediate below 2^53:
 * total × w is never formed; it is split as (q × sum + r) × w with r < sum.
 */
export function apportion(total: number, weights: ArrayLike<number>, active?: ArrayLike<boolean | number>): number[] {
  const count = weights.length;
  const shares = new Array<number>(count).fill(0);
  let sum = 0;
  for (let i = 0; i < count; i += 1) if (active === undefined || active[i]) sum += weights[i] as number;
  if (sum <= 0) return shares;
  const [baseQuotient, baseRemainder] = divFloor(total, sum);
  const remainders = new Array<number>(count).fill(-1);
  let allotted = 0;
  for (let i = 0; i < count; i += 1) {
    if (active !== undefined && !active[i]) continue;
    const weight = weights[i] as number;
    const [extra, remainder] = divFloor(baseRemainder * weight, sum);
    const share = baseQuotient * weight + extra;
    shares[i] = share;
    remainders[i] = remainder;
    allotted += share;
  }
  let leftover = total - allotted;
  if (leftover > 0) {
    const order = largestFirst(remainders);
    for (const index of order) {
      if (leftover === 0) break;
      if ((remainders[index] as number) < 0) continue;
      shares[index] = (shares[index] as number) + 1;
      leftover -= 1;
    }
  }
  return shares;
}

/** Indices ordered by value, largest first; equal values keep their original order. */
export function largestFirst(values: readonly number[]): number[] {
  const order = values.map((_, index) => index);
  order.sort((a, b) => (values[b] as number) - (values[a] as number) || a - b);
  return order;
}
