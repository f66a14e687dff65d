import { describe, expect, it } from 'vitest';
import { headerKey } from './headerKey.js';

describe('headerKey', () => {
  it('drops a unit bracket and remembers the unit', () => {
    expect(headerKey('補助対象経費（円）')).toEqual({
      key: '補助対象経費',
      base: '補助対象経費',
      unit: '円',
      qualifiers: [],
    });
    expect(headerKey('予算額 (千円)')).toMatchObject({ key: '予算額', unit: '千円' });
    expect(headerKey('予算額【単位：万円】')).toMatchObject({ key: '予算額', unit: '万円' });
    expect(headerKey('決算額 単位:千円')).toMatchObject({ key: '決算額', unit: '千円' });
  });
  it('keeps a qualifier that tells two columns apart', () => {
    expect(headerKey('実施期間（開始）')).toEqual({
      key: '実施期間(開始)',
      base: '実施期間',
      qualifiers: ['開始'],
    });
    expect(headerKey('事業費(計画)(千円)')).toMatchObject({
      key: '事業費(計画)',
      unit: '千円',
      qualifiers: ['計画'],
    });
  });
  it('tolerates width, spaces, line breaks and marks', () => {
    expect(headerKey(' 協働 の\n形態 ').key).toBe('協働の形態');
    expect(headerKey('※事業名').key).toBe('事業名');
    expect(headerKey('ＮＰＯ名＊').key).toBe('npo名');
    expect(headerKey('１. 事業名').key).toBe('事業名');
    expect(headerKey('2024年度目標').key).toBe('2024年度目標');
  });
});
