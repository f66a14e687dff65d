import { describe, expect, it } from 'vitest';
import { KyodoError } from '../problems/KyodoError.js';
import { applyRate } from './applyRate.js';
import { rate } from './rate.js';
import { DEFAULT_ROUNDING } from './rounding.js';
import { roundYen } from './roundYen.js';

describe('applyRate (RULES C4)', () => {
  it('computes 2/3 exactly, then truncates to the yen by default', () => {
    // S2 8-2-1 事業4: expense 360,000 → 240,000 (then capped at 200,000 by the program).
    expect(applyRate(360_000, rate(2, 3))).toBe(240_000);
    expect(applyRate(100_000, rate(2, 3))).toBe(66_666);
    expect(applyRate(50_000, rate(1, 1))).toBe(50_000);
    expect(DEFAULT_ROUNDING).toEqual({ mode: 'truncate', unit: 1 });
  });
  it('rounds once, by mode and unit', () => {
    expect(applyRate(100_000, rate(2, 3), { mode: 'half-up', unit: 1 })).toBe(66_667);
    expect(applyRate(100_000, rate(2, 3), { mode: 'ceil', unit: 1 })).toBe(66_667);
    expect(applyRate(100_000, rate(2, 3), { mode: 'truncate', unit: 1000 })).toBe(66_000);
    expect(applyRate(100_000, rate(2, 3), { mode: 'half-up', unit: 1000 })).toBe(67_000);
    expect(applyRate(100_000, rate(2, 3), { mode: 'ceil', unit: 100 })).toBe(66_700);
    expect(applyRate(1_001, rate(1, 2), { mode: 'half-up', unit: 1 })).toBe(501);
    expect(applyRate(1_005, rate(1, 1), { mode: 'half-up', unit: 10 })).toBe(1_010);
    expect(applyRate(1_004, rate(1, 1), { mode: 'half-up', unit: 10 })).toBe(1_000);
    // Exact multiples are never moved by ceil.
    expect(applyRate(3_000, rate(1, 3), { mode: 'ceil', unit: 1000 })).toBe(1_000);
  });
  it('rounds a negative amount on its magnitude (truncate toward zero)', () => {
    expect(applyRate(-100_000, rate(2, 3))).toBe(-66_666);
    expect(applyRate(-100_000, rate(2, 3), { mode: 'half-up', unit: 1 })).toBe(-66_667);
    expect(applyRate(-100_000, rate(2, 3), { mode: 'truncate', unit: 1000 })).toBe(-66_000);
    expect(Object.is(applyRate(-1, rate(1, 3)), 0)).toBe(true);
  });
  it('is exact where a double would not be', () => {
    // 9,007,199,254,740,991 × 2/3: the product passes 2^53.
    expect(applyRate(Number.MAX_SAFE_INTEGER, rate(2, 3))).toBe(6_004_799_503_160_660);
    expect(roundYen(BigInt('27021597764222973'), BigInt(3), { mode: 'truncate', unit: 1 })).toBe(
      9_007_199_254_740_991,
    );
  });
  it('treats bad arguments as programming errors', () => {
    expect(() => applyRate(1.5, rate(1, 2))).toThrow(KyodoError);
    expect(() => applyRate(1, { numerator: 1, denominator: 0 })).toThrow(KyodoError);
    expect(() => rate(-1, 2)).toThrow(KyodoError);
    expect(() => roundYen(BigInt(1), BigInt(0), DEFAULT_ROUNDING)).toThrow(KyodoError);
  });
});
