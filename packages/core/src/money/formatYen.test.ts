import { describe, expect, it } from 'vitest';
import { formatRate } from './formatRate.js';
import { formatYen } from './formatYen.js';
import { rate } from './rate.js';
import { unitFromHeader } from './unitFromHeader.js';

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
    expect(() => formatYen(0.5)).toThrow(RangeError);
  });
});

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

describe('unitFromHeader (RULES C3)', () => {
  it('reads the unit of yen a header gives', () => {
    expect(unitFromHeader('予算額（千円）')).toBe(1000);
    expect(unitFromHeader('予算額(千円)')).toBe(1000);
    expect(unitFromHeader('決算額【万円】')).toBe(10_000);
    expect(unitFromHeader('金額(円)')).toBe(1);
    expect(unitFromHeader('事業費 (単位：千円)')).toBe(1000);
    expect(unitFromHeader('単位:百万円')).toBe(1_000_000);
    expect(unitFromHeader('事業名')).toBeUndefined();
    expect(unitFromHeader('参加者数（人）')).toBeUndefined();
  });
});
