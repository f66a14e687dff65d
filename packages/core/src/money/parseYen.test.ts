import { describe, expect, it } from 'vitest';
import { KyodoError } from '../problems/KyodoError.js';
import { parseYen } from './parseYen.js';
import { expectErr, expectOk } from './testing.js';

describe('parseYen (RULES C3)', () => {
  it('reads every written form of 50,000 yen listed in C3', () => {
    for (const input of [
      50000,
      '50000',
      '50,000',
      '５０，０００',
      '50,000円',
      '¥50,000',
      '￥50,000',
      '￥５０，０００円',
      '\\50,000',
      '5万円',
      '5万',
      '５万円',
      '五万円',
      ' 50,000 円 ',
    ]) {
      expectOk(parseYen(input), 50_000);
    }
  });
  it('reads 万 and 千 with decimals and mixed', () => {
    expectOk(parseYen('1.5万円'), 15_000);
    expectOk(parseYen('20万円'), 200_000);
    expectOk(parseYen('1万5千円'), 15_000);
    expectOk(parseYen('1億2,000万円'), 120_000_000);
    expectOk(parseYen('3千円'), 3000);
    expectOk(parseYen('0'), 0);
    expectOk(parseYen(0), 0);
  });
  it('reads negative amounts where they are allowed', () => {
    const allowNegative = true;
    for (const text of [
      '△1,234',
      '▲1,234',
      '-1,234',
      '−1,234',
      'ー1,234',
      '－1,234',
      '△1,234円',
      '-¥1,234',
      '¥-1,234',
    ]) {
      expectOk(parseYen(text, { allowNegative }), -1234);
    }
    expectOk(parseYen(-1234, { allowNegative }), -1234);
    expectOk(parseYen('△1.5万円', { allowNegative }), -15_000);
  });
  it('refuses negative amounts by default', () => {
    expectErr(parseYen('△1,234'), 'money.negative-not-allowed');
    expectErr(parseYen(-1), 'money.negative-not-allowed');
    expectOk(parseYen('-0'), 0);
  });
  it('applies the header’s unit to plain numbers', () => {
    expectOk(parseYen('1,500', { unit: 1000 }), 1_500_000);
    expectOk(parseYen(1500, { unit: 1000 }), 1_500_000);
    expectOk(parseYen(1.5, { unit: 1000 }), 1500);
    expectOk(parseYen('1.5', { unit: 1000 }), 1500);
    expectOk(parseYen(1.1, { unit: 1000 }), 1100);
    expectOk(parseYen('5万円', { unit: 1000 }), 50_000);
    expectOk(parseYen('1,500円', { unit: 1000 }), 1500, ['money.cell-unit-overrides-header']);
    expectErr(parseYen(1.2345, { unit: 1000 }), 'money.fraction-of-yen');
    expect(() => parseYen('1', { unit: 0 })).toThrow(KyodoError);
  });
  it('refuses fractions of a yen, huge amounts and text that is no amount', () => {
    expectErr(parseYen(1234.5), 'money.fraction-of-yen');
    expectErr(parseYen('1,234.5円'), 'money.fraction-of-yen');
    expectErr(parseYen('1.23456万円'), 'money.fraction-of-yen');
    expectErr(parseYen('9007199254740992'), 'money.too-large');
    expectErr(parseYen(2 ** 60), 'money.too-large');
    expectErr(parseYen('1,0000'), 'money.unparsable');
    expectErr(parseYen('50,00'), 'money.unparsable');
    expectErr(parseYen('abc'), 'money.unparsable');
    expectErr(parseYen('円'), 'money.unparsable');
    expectErr(parseYen('約5万円'), 'money.unparsable');
    expectErr(parseYen(Number.NaN), 'money.unparsable');
    expectErr(parseYen(''), 'money.empty');
    expectErr(parseYen(null), 'money.empty');
    expectErr(parseYen(true), 'money.not-an-amount');
    expectOk(parseYen('9007199254740991'), Number.MAX_SAFE_INTEGER);
  });
  it('says where and what, in Japanese and English', () => {
    const r = parseYen('△1,234', { path: ['rows', 3, 'budget'] });
    if (r.ok) throw new Error('expected an error');
    const p = r.problems[0]!;
    expect(p.path).toEqual(['rows', 3, 'budget']);
    expect(p.rule).toBe('C3');
    expect(p.message.ja).toBe(
      'rows[3].budget: 「△1,234」はマイナスの金額です。この欄にはマイナス(△・▲・-)は入力できません',
    );
    expect(p.message.en).toContain('negative');
  });
});
