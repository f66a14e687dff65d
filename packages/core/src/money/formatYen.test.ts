import { describe, expect, it } from 'vitest';
import { KyodoError } from '../problems/KyodoError.js';
import { formatYen } from './formatYen.js';

describe('formatYen (RULES C3)', () => {
  it('writes yen with thousands separators', () => {
    expect(formatYen(200_000)).toBe('200,000円');
    expect(formatYen(0)).toBe('0円');
    expect(formatYen(999)).toBe('999円');
    expect(formatYen(1000)).toBe('1,000円');
    expect(formatYen(-1234)).toBe('-1,234円');
    expect(formatYen(-1234, { negative: 'triangle' })).toBe('△1,234円');
    expect(formatYen(200_000, { style: 'en' })).toBe('¥200,000');
    expect(formatYen(Number.MAX_SAFE_INTEGER)).toBe('9,007,199,254,740,991円');
    expect(() => formatYen(0.5)).toThrow(KyodoError);
  });
});
