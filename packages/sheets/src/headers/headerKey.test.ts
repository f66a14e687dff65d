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
  it('drops the item numbers and the question mark of a plan’s question (001 協働の評価・検証、見直し ⑴ ❶)', () => {
    expect(headerKey('❶想定した事業の目標や成果が達成されたか').key).toBe(
      '想定した事業の目標や成果が達成されたか',
    );
    expect(headerKey('① 市民の特性がより良く発揮されているか？').key).toBe(
      '市民の特性がより良く発揮されているか',
    );
    expect(headerKey('⑴客観的評価検証').key).toBe('客観的評価検証');
    expect(headerKey('（2）相互理解、目的共有の原則').key).toBe('相互理解、目的共有の原則');
    expect(headerKey('㉑番目の項目').key).toBe('番目の項目');
    expect(headerKey('1日あたり人数').key).toBe('1日あたり人数');
  });
});
