import { describe, expect, it } from 'vitest';
import { KyodoError } from '../problems/KyodoError.js';
import { rate } from './rate.js';

describe('rate (RULES C4)', () => {
  it('reduces the fraction', () => {
    expect(rate(10, 10)).toEqual({ numerator: 1, denominator: 1 });
    expect(rate(4, 6)).toEqual({ numerator: 2, denominator: 3 });
    expect(rate(0, 5)).toEqual({ numerator: 0, denominator: 1 });
    expect(rate(9, 10)).toEqual({ numerator: 9, denominator: 10 });
  });
  it('treats a malformed fraction as a programming error', () => {
    expect(() => rate(1, 0)).toThrow(KyodoError);
    expect(() => rate(-1, 2)).toThrow(KyodoError);
    expect(() => rate(0.5, 1)).toThrow(KyodoError);
  });
});
