import { describe, expect, it } from 'vitest';
import { warekiOf } from './warekiOf.js';

describe('warekiOf (RULES C2)', () => {
  it('names the era of a day at each boundary', () => {
    expect(warekiOf('2019-04-30')).toEqual({ era: '平成', year: 31, text: '平成31年' });
    expect(warekiOf('2019-05-01')).toEqual({ era: '令和', year: 1, text: '令和元年' });
    expect(warekiOf('2024-04-01')).toEqual({ era: '令和', year: 6, text: '令和6年' });
    expect(warekiOf('1989-01-07')).toEqual({ era: '昭和', year: 64, text: '昭和64年' });
    expect(warekiOf('1989-01-08')).toEqual({ era: '平成', year: 1, text: '平成元年' });
    expect(warekiOf('1926-12-25')).toEqual({ era: '昭和', year: 1, text: '昭和元年' });
    expect(warekiOf('1912-07-30')).toEqual({ era: '大正', year: 1, text: '大正元年' });
    expect(warekiOf('1912-07-29')).toBeUndefined();
  });
});
