import { describe, expect, it } from 'vitest';
import { formatRate } from './formatRate.js';
import { rate } from './rate.js';

describe('formatRate (RULES C4)', () => {
  it('writes fractions in English and Japanese order, and percentages', () => {
    expect(formatRate(rate(2, 3))).toBe('2/3');
    expect(formatRate(rate(2, 3), 'ja')).toBe('3分の2');
    expect(formatRate(rate(9, 10), 'ja')).toBe('10分の9');
    expect(formatRate(rate(10, 10), 'ja')).toBe('10分の10');
    expect(formatRate(rate(1, 2), 'percent')).toBe('50%');
    expect(formatRate(rate(1, 8), 'percent')).toBe('12.5%');
    expect(formatRate(rate(2, 3), 'percent')).toBe('2/3');
  });
});
