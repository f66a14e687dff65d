import { describe, expect, it } from 'vitest';
import { unitFromHeader } from './unitFromHeader.js';

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
