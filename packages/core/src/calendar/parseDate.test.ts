import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate.js';
import { formatFiscalYear } from './formatFiscalYear.js';
import { parseDate } from './parseDate.js';
import { parseFiscalYear } from './parseFiscalYear.js';
import { expectErr, expectOk } from './testing.js';

describe('parseDate (RULES C2)', () => {
  it('reads every written form of 2024-04-01 listed in C2', () => {
    for (const text of [
      '令和6年4月1日',
      'R6.4.1',
      'R06.04.01',
      '令6.4.1',
      'R6/4/1',
      'r6-4-1',
      '2024/4/1',
      '2024-04-01',
      '2024.4.1',
      '2024年4月1日',
      '20240401',
      '㋿6年4月1日',
      '令和六年四月一日',
      '二〇二四年四月一日',
      '令和6年4月1日(月)',
      '令和6年4月1日（月）',
      '令和6年4月1日 月曜日',
      '令和 6年 4月 1日',
      '　令和６年４月１日　',
      '２０２４／４／１',
      '2024-04-01T23:59:59',
      '2024/4/1 9:00',
      '2024-03-31T15:00:00Z',
    ]) {
      expectOk(parseDate(text), '2024-04-01');
    }
  });
  it('reads 元年 and the first day of an era', () => {
    expectOk(parseDate('令和元年5月1日'), '2019-05-01');
    expectOk(parseDate('R1.5.1'), '2019-05-01');
    expectOk(parseDate('平成元年1月8日'), '1989-01-08');
    expectOk(parseDate('平成31年4月30日'), '2019-04-30');
    expectOk(parseDate('昭和64年1月7日'), '1989-01-07');
    expectOk(parseDate('令和六年十二月三十一日'), '2024-12-31');
    expectOk(parseDate('令和6年2月29日'), '2024-02-29');
  });
  it('reads a day past its era’s end as the day it names, with a warning', () => {
    expectOk(parseDate('平成31年5月1日'), '2019-05-01', ['calendar.past-era-end']);
    expectOk(parseDate('平成32年3月31日'), '2020-03-31', ['calendar.past-era-end']);
    const r = parseDate('平成32年3月31日');
    expect(r.ok && r.warnings[0]!.message.ja).toContain('令和2年3月31日');
  });
  it('warns when the weekday written is not the day’s', () => {
    expectOk(parseDate('令和6年4月1日(火)'), '2024-04-01', ['calendar.weekday-mismatch']);
  });
  it('reads spreadsheet serials, Date objects (in Japan) and date cells', () => {
    expectOk(parseDate(45383), '2024-04-01');
    expectOk(parseDate(45383.99), '2024-04-01');
    expectOk(parseDate('45383'), '2024-04-01');
    // 2024-03-31T15:00Z is already 1 April in Japan, whatever the machine's zone.
    expectOk(parseDate(new Date(Date.UTC(2024, 2, 31, 15, 0))), '2024-04-01');
    expectOk(parseDate(new Date(Date.UTC(2024, 2, 31, 14, 59))), '2024-03-31');
    expectOk(parseDate({ kind: 'date', iso: '2024-04-01' }), '2024-04-01');
    expectOk(parseDate({ kind: 'date', iso: '2024-04-01T18:30:00' }), '2024-04-01');
  });
  it('refuses a month, a year or a fiscal year where a day is needed', () => {
    expectErr(parseDate('令和6年4月'), 'calendar.not-a-day');
    expectErr(parseDate('令和6年度'), 'calendar.not-a-day');
    expectErr(parseDate('2024'), 'calendar.not-a-day');
    const r = parseDate('令和6年4月');
    expect(!r.ok && r.problems[0]!.message.ja).toContain('年月');
  });
  it('refuses impossible input with a typed error', () => {
    expectErr(parseDate('令和0年4月1日'), 'calendar.era-year-zero');
    expectErr(parseDate('令和6年2月30日'), 'calendar.impossible-date');
    expectErr(parseDate('2023/2/29'), 'calendar.impossible-date');
    expectErr(parseDate('令和6年13月1日'), 'calendar.impossible-date');
    expectErr(parseDate('令和1年4月1日'), 'calendar.before-era');
    expectErr(parseDate('平成元年1月7日'), 'calendar.before-era');
    expectErr(parseDate('abc'), 'calendar.unparsable');
    expectErr(parseDate(''), 'calendar.empty');
    expectErr(parseDate('   '), 'calendar.empty');
    expectErr(parseDate(null), 'calendar.empty');
    expectErr(parseDate(undefined), 'calendar.empty');
    expectErr(parseDate('4月1日'), 'calendar.month-without-year');
    expectErr(parseDate(60), 'calendar.serial-nonexistent-day');
    expectErr(parseDate(-1), 'calendar.serial-out-of-range');
    expectErr(parseDate(3_000_000), 'calendar.serial-out-of-range');
    expectErr(parseDate(Number.NaN), 'calendar.serial-out-of-range');
    expectErr(parseDate(new Date(Number.NaN)), 'calendar.invalid-date-object');
    expectErr(parseDate({ kind: 'date', iso: '2024-02-30' }), 'calendar.unparsable');
    expectErr(parseDate(true), 'calendar.not-a-date');
  });
  it('says where and what, in Japanese and English', () => {
    const r = parseDate('令和6年2月30日', { path: ['projects', 2, 'start'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems[0]!;
    expect(p.path).toEqual(['projects', 2, 'start']);
    expect(p.input).toBe('令和6年2月30日');
    expect(p.rule).toBe('C2');
    expect(p.message.ja).toBe('projects[2].start: 「令和6年2月30日」は存在しない日付です');
    expect(p.message.en).toBe('projects[2].start: "令和6年2月30日" is not a real date');
  });
});

describe('parseDate across realms', () => {
  it('reads a Date made in another realm (vm context, as Apps Script or an iframe hands it)', async () => {
    const { runInNewContext } = await import('node:vm');
    const foreign = runInNewContext('new Date(Date.UTC(2024, 2, 31, 15, 0))') as Date;
    expect(foreign instanceof Date).toBe(false);
    expectOk(parseDate(foreign), '2024-04-01');
  });
  it('reads a day of 昭和 past its end as the day it names, with a warning, as 平成 (RULES C2)', () => {
    expectOk(parseDate('昭和64年1月8日'), '1989-01-08', ['calendar.past-era-end']);
    expectOk(parseDate('S64.2.1'), '1989-02-01', ['calendar.past-era-end']);
    expectErr(parseDate('昭和64年2月30日'), 'calendar.impossible-date');
    // 平成's end was fixed in advance: 平成31年5月1日 is read as the day it names, with a warning.
    expectOk(parseDate('平成31年5月1日'), '2019-05-01', ['calendar.past-era-end']);
  });
  it('reads back what it formats, 令和100年 and later included', () => {
    for (const day of ['2118-04-01', '2999-12-31', '9999-12-31']) {
      const text = formatDate(day, { style: 'era' });
      expectOk(parseDate(text), day);
    }
    expectOk(parseFiscalYear(formatFiscalYear(2200, { style: 'era' })), 2200);
  });
  it('never gives NaN-NaN-NaN for a Date near the JavaScript limit', () => {
    for (const ms of [8.64e15, -8.64e15, 8.64e15 - 1, 253402300800000])
      expectErr(parseDate(new Date(ms)), 'calendar.invalid-date-object');
  });
});
