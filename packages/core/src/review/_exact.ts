/*
 * Internal: exact arithmetic for review scores. Points and weights have at most two decimals
 * (review/schema.ts), so a reviewer's total Σ weight × points is a whole number of 1/10,000
 * points; a mean or a panel total is a fraction of such numbers. Scores are compared as
 * fractions, never as floating point: two applications with equal scores are equal.
 */

/** Units per point of a reviewer's total: hundredths of a weight × hundredths of a point. */
export const UNIT = 10000;

/** A non-negative fraction num / den (den > 0), in points. */
export interface Fraction {
  readonly num: number;
  readonly den: number;
}

/** A number with at most two decimals as whole hundredths (4.5 → 450). */
export function hundredths(n: number): number {
  return Math.round(n * 100);
}

/** Whether a number has at most two decimals. */
export function hasHundredths(n: number): boolean {
  return Number.isFinite(n) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-6;
}

/** a·d compared with b·c, exactly (BigInt when the products leave the safe range). */
function compareProducts(a: number, d: number, b: number, c: number): number {
  const left = a * d;
  const right = b * c;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right))
    return left === right ? 0 : left < right ? -1 : 1;
  const l = BigInt(a) * BigInt(d);
  const r = BigInt(b) * BigInt(c);
  return l === r ? 0 : l < r ? -1 : 1;
}

/** Compare two fractions: negative when x < y, 0 when equal, positive when x > y. */
export function compareFractions(x: Fraction, y: Fraction): number {
  return compareProducts(x.num, y.den, y.num, x.den);
}

/** The fraction as a number (one division: equal fractions give equal numbers). */
export function pointsOf(x: Fraction): number {
  return x.num / x.den;
}

/** Points for people: at most two decimals, trailing zeros dropped (38.5, 38.33, 40). */
export function pointsText(points: number): string {
  const rounded = Math.round(points * 100) / 100;
  return String(rounded);
}
