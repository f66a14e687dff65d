import { describe, expect, it } from 'vitest';
import { KyodoError } from '../problems/KyodoError.js';
import { DEFAULT_ROUNDING } from './rounding.js';
import { roundYen } from './roundYen.js';

const b = BigInt;

describe('roundYen (RULES C4)', () => {
  it('rounds an exact fraction once, by mode and unit', () => {
    // 2/3 of 360,000 = 720,000/3 = 240,000 exactly: no mode moves it.
    for (const mode of ['truncate', 'half-up', 'ceil'] as const) {
      expect(roundYen(b(720_000), b(3), { mode, unit: 1000 })).toBe(240_000);
    }
    // 2/3 of 100,000 = 66,666.67
    expect(roundYen(b(200_000), b(3), DEFAULT_ROUNDING)).toBe(66_666);
    expect(roundYen(b(200_000), b(3), { mode: 'half-up', unit: 1 })).toBe(66_667);
    expect(roundYen(b(200_000), b(3), { mode: 'ceil', unit: 10 })).toBe(66_670);
    expect(roundYen(b(200_000), b(3), { mode: 'truncate', unit: 1000 })).toBe(66_000);
    // 四捨五入 of exactly one half goes up; just below goes down.
    expect(roundYen(b(1001), b(2), { mode: 'half-up', unit: 1 })).toBe(501);
    expect(roundYen(b(1499), b(1), { mode: 'half-up', unit: 1000 })).toBe(1000);
    expect(roundYen(b(1500), b(1), { mode: 'half-up', unit: 1000 })).toBe(2000);
  });
  it('rounds negative amounts on their magnitude', () => {
    expect(roundYen(b(-1001), b(2), DEFAULT_ROUNDING)).toBe(-500);
    expect(roundYen(b(-1001), b(2), { mode: 'half-up', unit: 1 })).toBe(-501);
    expect(roundYen(b(-1001), b(2), { mode: 'ceil', unit: 1 })).toBe(-501);
  });
  it('refuses what cannot be an amount', () => {
    expect(() => roundYen(b(1), b(0), DEFAULT_ROUNDING)).toThrow(KyodoError);
    expect(() => roundYen(b(2) ** b(60), b(1), DEFAULT_ROUNDING)).toThrow(KyodoError);
  });
});
