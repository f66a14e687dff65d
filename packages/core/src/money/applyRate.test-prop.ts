import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRate } from './applyRate.js';
import { rate } from './rate.js';
import { roundYen } from './roundYen.js';
import type { Rounding } from './types.js';

/**
 * Reference (RULES C4): the exact amount as a BigInt fraction, rounded by the schoolbook rule
 * written independently of the implementation — floor division on the magnitude, then the
 * mode decides whether to step one unit away from zero.
 */
function reference(amount: bigint, numerator: bigint, denominator: bigint, rounding: Rounding): bigint {
  const unit = BigInt(rounding.unit);
  const sign = amount < BigInt(0) ? BigInt(-1) : BigInt(1);
  const exact = sign * amount * numerator; // magnitude × n
  const per = denominator * unit;
  const floor = exact / per;
  const rest = exact - floor * per;
  let units = floor;
  if (rounding.mode === 'ceil' && rest > BigInt(0)) units += BigInt(1);
  if (rounding.mode === 'half-up' && rest * BigInt(2) >= per) units += BigInt(1);
  return sign * units * unit;
}

const roundings = fc.record({
  mode: fc.constantFrom('truncate' as const, 'half-up' as const, 'ceil' as const),
  unit: fc.constantFrom(1 as const, 10 as const, 100 as const, 1000 as const),
});
const rates = fc
  .integer({ min: 1, max: 1000 })
  .chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d)))
  .map(([n, d]) => rate(n, d));
const amounts = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });

describe('applyRate laws (RULES C4)', () => {
  it('equals the BigInt reference for every amount up to 10^12, rate and rounding', () => {
    fc.assert(
      fc.property(amounts, rates, roundings, (amount, r, rounding) => {
        const expected = reference(BigInt(amount), BigInt(r.numerator), BigInt(r.denominator), rounding);
        expect(applyRate(amount, r, rounding)).toBe(Number(expected));
      }),
      { numRuns: 20_000 },
    );
  });
  it('equals the reference up to Number.MAX_SAFE_INTEGER (the BigInt path)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), rates, roundings, (amount, r, rounding) => {
        const expected = reference(BigInt(amount), BigInt(r.numerator), BigInt(r.denominator), rounding);
        fc.pre(expected <= BigInt(Number.MAX_SAFE_INTEGER) && -expected <= BigInt(Number.MAX_SAFE_INTEGER));
        expect(applyRate(amount, r, rounding)).toBe(Number(expected));
      }),
      { numRuns: 5_000 },
    );
  });
  it('agrees with roundYen on the exact fraction', () => {
    fc.assert(
      fc.property(amounts, rates, roundings, (amount, r, rounding) => {
        const exact = roundYen(BigInt(amount) * BigInt(r.numerator), BigInt(r.denominator), rounding);
        expect(applyRate(amount, r, rounding)).toBe(exact);
      }),
      { numRuns: 5_000 },
    );
  });
  it('never exceeds the amount for a rate ≤ 1 when truncating, and lands on the unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000_000 }), rates, roundings, (amount, r, rounding) => {
        const yen = applyRate(amount, r, { mode: 'truncate', unit: rounding.unit });
        expect(yen).toBeLessThanOrEqual(amount);
        expect(yen % rounding.unit).toBe(0);
        // Truncate ≤ half-up ≤ ceil, and they differ by at most one unit.
        const half = applyRate(amount, r, { mode: 'half-up', unit: rounding.unit });
        const ceil = applyRate(amount, r, { mode: 'ceil', unit: rounding.unit });
        expect(yen <= half && half <= ceil && ceil - yen <= rounding.unit).toBe(true);
      }),
      { numRuns: 5_000 },
    );
  });
  it('is symmetric: a negative amount rounds as its magnitude does', () => {
    fc.assert(
      fc.property(amounts, rates, roundings, (amount, r, rounding) => {
        expect(applyRate(-amount, r, rounding) + 0).toBe(-applyRate(amount, r, rounding) + 0);
      }),
      { numRuns: 5_000 },
    );
  });
});
