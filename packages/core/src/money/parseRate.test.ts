import { describe, expect, it } from 'vitest';
import { parseRate } from './parseRate.js';
import { expectErr, expectOk } from './testing.js';

const r = (numerator: number, denominator: number) => ({ numerator, denominator });

describe('parseRate (RULES C4)', () => {
  it('reads every written form listed in C4', () => {
    expectOk(parseRate('2/3'), r(2, 3));
    expectOk(parseRate('2分の1'), r(1, 2));
    expectOk(parseRate('２分の１以内'), r(1, 2));
    expectOk(parseRate('1/2以内'), r(1, 2));
    expectOk(parseRate('10/10'), r(1, 1));
    expectOk(parseRate('10分の9'), r(9, 10));
    expectOk(parseRate('50%'), r(1, 2));
    expectOk(parseRate('100%'), r(1, 1));
    expectOk(parseRate('２/３以内'), r(2, 3));
    expectOk(parseRate('三分の二'), r(2, 3));
    expectOk(parseRate('十分の十'), r(1, 1));
    expectOk(parseRate('12.5%'), r(1, 8));
    expectOk(parseRate('５０％'), r(1, 2));
    expectOk(parseRate('5割'), r(1, 2));
    expectOk(parseRate('3割5分'), r(7, 20));
    expectOk(parseRate({ numerator: 4, denominator: 6 }), r(2, 3));
  });
  it('reads exact decimals and refuses rounded ones', () => {
    expectOk(parseRate(0.5), r(1, 2));
    expectOk(parseRate('0.5'), r(1, 2));
    expectOk(parseRate(0.75), r(3, 4));
    expectOk(parseRate(0.8), r(4, 5));
    expectOk(parseRate(1), r(1, 1));
    expectOk(parseRate(0), r(0, 1));
    expectErr(parseRate(0.3333), 'money.rate-inexact');
    expectErr(parseRate(2 / 3), 'money.rate-inexact');
    expectErr(parseRate('66.7%'), 'money.rate-inexact');
    expectErr(parseRate('33.33%'), 'money.rate-inexact');
    expectOk(parseRate('12.41%'), r(1241, 10_000));
    expectOk(parseRate('33%'), r(33, 100));
    expectOk(parseRate(0.3), r(3, 10));
    const p = parseRate(0.6667);
    expect(!p.ok && p.problems[0]!.message.ja).toContain('2/3');
    const q = parseRate(2 / 3);
    expect(!q.ok && q.problems[0]!.params.suggestion).toBe('2/3');
  });
  it('refuses rates above one, zero denominators and other text', () => {
    expectErr(parseRate('3/2'), 'money.rate-above-one');
    expectErr(parseRate('120%'), 'money.rate-above-one');
    expectOk(parseRate('120%', { allowAboveOne: true }), r(6, 5));
    expectErr(parseRate('1/0'), 'money.rate-zero-denominator');
    expectErr(parseRate('定額'), 'money.rate-unparsable');
    expectErr(parseRate(''), 'money.rate-empty');
    expectErr(parseRate('　'), 'money.rate-empty');
    expectErr(parseRate(-0.5), 'money.rate-unparsable');
    expectErr(parseRate(null), 'money.rate-empty');
    expectErr(parseRate(true), 'money.rate-unparsable');
  });
});
