import { describe, expect, it } from 'vitest';
import { readCalendarText } from './readCalendarText.js';
import { expectErr, expectOk } from './testing.js';

describe('readCalendarText (RULES C2)', () => {
  it('says how much of the calendar a text names, and its era', () => {
    expectOk(readCalendarText('令和6年4月1日'), {
      precision: 'day',
      year: 2024,
      month: 4,
      day: 1,
      era: '令和',
      eraYear: 6,
    });
    expectOk(readCalendarText('令和6年4月'), {
      precision: 'month',
      year: 2024,
      month: 4,
      era: '令和',
      eraYear: 6,
    });
    expectOk(readCalendarText('R6.4'), { precision: 'month', year: 2024, month: 4, era: '令和', eraYear: 6 });
    expectOk(readCalendarText('令和6年'), { precision: 'year', year: 2024, era: '令和', eraYear: 6 });
    expectOk(readCalendarText('令和元年度'), {
      precision: 'fiscal-year',
      year: 2019,
      era: '令和',
      eraYear: 1,
    });
    expectOk(readCalendarText('㍻31年'), { precision: 'year', year: 2019, era: '平成', eraYear: 31 });
    expectOk(readCalendarText('S60'), { precision: 'year', year: 1985, era: '昭和', eraYear: 60 });
    expectOk(readCalendarText('2024年度'), { precision: 'fiscal-year', year: 2024 });
    expectOk(readCalendarText('2024/4'), { precision: 'month', year: 2024, month: 4 });
    expectOk(readCalendarText('2024'), { precision: 'year', year: 2024 });
  });
  it('warns about a year past its era’s end, names the reading', () => {
    const r = readCalendarText('平成32年');
    expectOk(r, { precision: 'year', year: 2020, era: '平成', eraYear: 32 }, ['calendar.past-era-end']);
    expect(r.ok && r.warnings[0]!.message.ja).toContain('令和2年(2020年)');
    expectOk(
      readCalendarText('平成31年5月'),
      { precision: 'month', year: 2019, month: 5, era: '平成', eraYear: 31 },
      ['calendar.past-era-end'],
    );
  });
  it('refuses a month before the era began and a year without an era', () => {
    expectErr(readCalendarText('令和元年4月'), 'calendar.before-era');
    expectErr(readCalendarText('24年度'), 'calendar.ambiguous-year');
    expectErr(readCalendarText('令和6年4月31日'), 'calendar.impossible-date');
    expectErr(readCalendarText('明治5年'), 'calendar.unparsable');
  });
  it('says what was expected when the text is empty', () => {
    const r = readCalendarText(' ', { expected: 'fiscal-year' });
    expect(!r.ok && r.problems[0]!.message.ja).toBe('空欄です。年度(例: 令和6年度)を入力してください');
  });
});

describe('readCalendarText: the quick split and the full reader agree', () => {
  it('reads any text of digits, eras and separators the same with a leading space (full reader)', async () => {
    const fc = (await import('fast-check')).default;
    const pieces = [
      '令和',
      '平成',
      '昭和',
      'R',
      'H',
      'r',
      '0',
      '1',
      '2',
      '3',
      '9',
      '12',
      '2024',
      '31',
      '年',
      '月',
      '日',
      '-',
      '/',
      '.',
      '度',
    ];
    const outcome = (r: ReturnType<typeof readCalendarText>) =>
      r.ok
        ? { value: r.value, warnings: r.warnings.map((w) => w.code) }
        : { problems: r.problems.map((p) => p.code) };
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(outcome(readCalendarText(` ${text}`))).toEqual(outcome(readCalendarText(text)));
      }),
      { numRuns: 20_000 },
    );
  });
});
