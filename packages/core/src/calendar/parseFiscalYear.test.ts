import { describe, expect, it } from 'vitest';
import { parseFiscalYear } from './parseFiscalYear.js';
import { expectErr, expectOk } from './testing.js';

describe('parseFiscalYear (RULES C1, C2)', () => {
  it('reads every written form of FY2024 listed in C2', () => {
    for (const input of [
      '令和6年度',
      'R6年度',
      'R6',
      'r6',
      '令6年度',
      '2024年度',
      '2024',
      2024,
      'FY2024',
      '㋿6年',
      '令和 6年',
      '令和６年度',
      '令和六年度',
      '令和6年4月1日',
      '令和7年3月31日',
      '令和7年3月',
      '令和6年4月',
      'R6.4.1',
      '2025/3/31',
    ]) {
      expectOk(parseFiscalYear(input), 2024);
    }
  });
  it('reads Heisei years and both names of FY2019', () => {
    expectOk(parseFiscalYear('H26'), 2014);
    expectOk(parseFiscalYear('平成26年度'), 2014);
    expectOk(parseFiscalYear('平成31年度'), 2019);
    expectOk(parseFiscalYear('令和元年度'), 2019);
    expectOk(parseFiscalYear('R1年度'), 2019);
    expectOk(parseFiscalYear('㍻31年'), 2019);
    expectOk(parseFiscalYear('令和元年'), 2019);
    expectOk(parseFiscalYear('平成元年度'), 1989);
  });
  it('reads a fiscal year past its era’s end with a warning', () => {
    expectOk(parseFiscalYear('平成32年度'), 2020, ['calendar.past-era-end']);
    // 昭和64年度 begins on 1989-04-01, past 昭和's end (1989-01-07): read as FY1989, as 平成 is (RULES C2).
    expectOk(parseFiscalYear('昭和64年度'), 1989, ['calendar.past-era-end']);
    // 平成31年5月1日 is in FY2019 as the day it names; the day itself is past 平成's end.
    expectOk(parseFiscalYear('平成31年5月1日'), 2019, ['calendar.past-era-end']);
  });
  it('reads dates, Date objects, cells and serials as their fiscal year', () => {
    expectOk(parseFiscalYear(new Date(Date.UTC(2025, 2, 31, 15, 0))), 2025);
    expectOk(parseFiscalYear({ kind: 'date', iso: '2025-03-31' }), 2024);
    expectOk(parseFiscalYear(45383), 2024, ['calendar.serial-as-fiscal-year']);
    expectOk(parseFiscalYear('45382'), 2023, ['calendar.serial-as-fiscal-year']);
  });
  it('refuses what names no fiscal year', () => {
    expectErr(parseFiscalYear(6), 'calendar.ambiguous-year');
    expectErr(parseFiscalYear('6'), 'calendar.ambiguous-year');
    expectErr(parseFiscalYear('6年度'), 'calendar.ambiguous-year');
    expectErr(parseFiscalYear('令和0年度'), 'calendar.era-year-zero');
    expectErr(parseFiscalYear('令和6年13月'), 'calendar.impossible-date');
    expectErr(parseFiscalYear('令和1年4月'), 'calendar.before-era');
    expectErr(parseFiscalYear('abc'), 'calendar.unparsable');
    expectErr(parseFiscalYear(''), 'calendar.empty');
    expectErr(parseFiscalYear(null), 'calendar.empty');
    expectErr(parseFiscalYear(2024.5), 'calendar.unparsable');
    expectErr(parseFiscalYear(60_000_000), 'calendar.serial-out-of-range');
    expectErr(parseFiscalYear(false), 'calendar.not-a-date');
  });
  it('explains the ambiguous year in both languages', () => {
    const r = parseFiscalYear('6');
    expect(!r.ok && r.problems[0]!.message.ja).toContain('R6');
    expect(!r.ok && r.problems[0]!.message.en).toContain('era');
  });
});
