import { defineMessages } from '../problems/messages.js';
import type { Path } from '../problems/Problem.js';
import { cite } from '../sources/Source.js';

const C1 = cite('kyodo', 'docs/cli.md「kyodo subsidy」', 'C1', '年度 runs 1 April to 31 March');
const C2 = cite('kyodo', 'docs/cli.md「kyodo subsidy」', 'C2', 'eras, input forms seen in sheets');
const SERIAL = cite(
  'kyodo',
  'docs/cli.md「kyodo subsidy」',
  'C2',
  'serial 1 = 1900-01-01 in Excel, 1899-12-31 in Sheets; they agree from serial 61 = 1900-03-01 on',
);

/** Where a problem is, as text for a message: '' for a single value, 'programs[0].from: ' otherwise. */
export function placeText(path: Path | undefined): string {
  if (path === undefined || path.length === 0) return '';
  let s = '';
  for (const part of path) s += typeof part === 'number' ? `[${part}]` : s === '' ? part : `.${part}`;
  return `${s}: `;
}

type Text = { at: string; text: string };

const EXPECTED_JA = '令和6年度・R6・2024年度・令和6年4月1日・2024/4/1 などの形で入力してください';
const EXPECTED_EN = 'write it as 令和6年度, R6, 2024年度, 令和6年4月1日, 2024/4/1 or similar';

/**
 * The catalogue of calendar problems (RULES C1, C2): each code with its severity, a Japanese
 * and an English message saying what was seen and what was expected.
 *
 * @example
 * calendarMessages.problem('calendar.impossible-date', { at: '', text: '令和6年2月30日' }).message.ja
 * //=> '「令和6年2月30日」は存在しない日付です'
 */
export const calendarMessages = defineMessages({
  'calendar.empty': {
    severity: 'error',
    summary: 'No date or fiscal year was given (empty cell)',
    rule: 'C2',
    source: C2,
    ja: (p: { at: string; expected: 'date' | 'fiscal-year' }) =>
      `${p.at}空欄です。${p.expected === 'date' ? '日付(例: 令和6年4月1日)' : '年度(例: 令和6年度)'}を入力してください`,
    en: (p: { at: string; expected: 'date' | 'fiscal-year' }) =>
      `${p.at}empty; expected ${p.expected === 'date' ? 'a date (e.g. 令和6年4月1日)' : 'a fiscal year (e.g. 令和6年度)'}`,
  },
  'calendar.not-a-date': {
    severity: 'error',
    summary: 'The value is of a kind that cannot be a date (true/false, an object)',
    rule: 'C2',
    source: C2,
    ja: (p: { at: string; type: string }) => `${p.at}日付または年度ではない値(${p.type})です。${EXPECTED_JA}`,
    en: (p: { at: string; type: string }) =>
      `${p.at}a ${p.type} is not a date or a fiscal year; ${EXPECTED_EN}`,
  },
  'calendar.unparsable': {
    severity: 'error',
    summary: 'The text is not a date or a fiscal year in any form RULES C2 lists',
    rule: 'C2',
    source: C2,
    ja: (p: Text) => `${p.at}「${p.text}」を日付・年度として読めません。${EXPECTED_JA}`,
    en: (p: Text) => `${p.at}"${p.text}" is not a date or a fiscal year; ${EXPECTED_EN}`,
  },
  'calendar.ambiguous-year': {
    severity: 'error',
    summary: 'A bare small number (6): the era is not said',
    rule: 'C2',
    source: C2,
    ja: (p: Text) =>
      `${p.at}「${p.text}」だけでは元号が分かりません。令和${p.text}年度なら「R${p.text}」、西暦なら4桁(2024)で入力してください`,
    en: (p: Text) =>
      `${p.at}"${p.text}" does not say its era; write R${p.text} for 令和${p.text}年度 or a four-digit year (2024)`,
  },
  'calendar.era-year-zero': {
    severity: 'error',
    summary: 'Year 0 of an era does not exist (令和0年); year 1 is 元年',
    rule: 'C2',
    source: C2,
    ja: (p: Text & { era: string }) =>
      `${p.at}「${p.text}」: ${p.era}0年はありません(最初の年は${p.era}元年です)`,
    en: (p: Text & { era: string }) =>
      `${p.at}"${p.text}": there is no year 0 of ${p.era} (its first year is ${p.era}元年)`,
  },
  'calendar.impossible-date': {
    severity: 'error',
    summary: 'A day or month that does not exist (2月30日, 13月)',
    rule: 'C2',
    source: C2,
    ja: (p: Text) => `${p.at}「${p.text}」は存在しない日付です`,
    en: (p: Text) => `${p.at}"${p.text}" is not a real date`,
  },
  'calendar.before-era': {
    severity: 'error',
    summary: 'A date before its era began (令和元年4月1日: 令和 began on 2019-05-01)',
    rule: 'C2',
    source: C2,
    ja: (p: Text & { era: string; start: string }) =>
      `${p.at}「${p.text}」は${p.era}の始まり(${p.start})より前です。元号を確認してください`,
    en: (p: Text & { era: string; start: string }) =>
      `${p.at}"${p.text}" is before ${p.era} began (${p.start}); check the era`,
  },
  'calendar.past-era-end': {
    severity: 'warning',
    summary:
      'A date written in an era after that era ended (平成32年3月31日, 昭和64年1月8日): read as the day it names',
    rule: 'C2',
    source: C2,
    ja: (p: Text & { era: string; end: string; reading: string }) =>
      `${p.at}「${p.text}」は${p.era}の終わり(${p.end})より後の日付です。「${p.reading}」として読みました`,
    en: (p: Text & { era: string; end: string; reading: string }) =>
      `${p.at}"${p.text}" is past the end of ${p.era} (${p.end}); read as ${p.reading}`,
  },
  'calendar.not-a-plain-date': {
    severity: 'error',
    summary: 'A function given something that is not a PlainDate (YYYY-MM-DD, a real day of years 1000–9999)',
    rule: 'C2',
    source: C2,
    ja: (p: { at: string; text: string }) =>
      `${p.at}「${p.text}」は YYYY-MM-DD 形式の実在する日付(1000〜9999年)ではありません`,
    en: (p: { at: string; text: string }) =>
      `${p.at}"${p.text}" is not a real day written YYYY-MM-DD (years 1000–9999)`,
  },
  'calendar.fiscal-year-out-of-range': {
    severity: 'error',
    summary: 'A function given a fiscal year that is not a whole number from 1000 to 9998',
    rule: 'C1',
    source: C1,
    ja: (p: { at: string; text: string }) => `${p.at}「${p.text}」は年度(1000〜9998 の整数)ではありません`,
    en: (p: { at: string; text: string }) =>
      `${p.at}"${p.text}" is not a fiscal year (a whole number from 1000 to 9998)`,
  },
  'calendar.not-a-day': {
    severity: 'error',
    summary: 'A day was expected but the text names a month, a year or a fiscal year (令和6年4月)',
    rule: 'C2',
    source: C2,
    ja: (p: Text & { precision: string }) =>
      `${p.at}「${p.text}」は${precisionJa(p.precision)}で、日付(年月日)ではありません。日まで入力してください(例: 令和6年4月1日)`,
    en: (p: Text & { precision: string }) =>
      `${p.at}"${p.text}" names a ${p.precision}, not a day; write the day too (e.g. 令和6年4月1日)`,
  },
  'calendar.weekday-mismatch': {
    severity: 'warning',
    summary: 'The weekday written after a date is not that date’s weekday',
    rule: 'C2',
    source: C2,
    ja: (p: Text & { written: string; actual: string }) =>
      `${p.at}「${p.text}」: この日は${p.actual}曜日です(${p.written}曜日と書かれています)。日付を確認してください`,
    en: (p: Text & { written: string; actual: string }) =>
      `${p.at}"${p.text}": that day is a ${p.actual}曜日, not ${p.written}曜日; check the date`,
  },
  'calendar.serial-out-of-range': {
    severity: 'error',
    summary: 'A number read as a spreadsheet date serial is outside 61 (1900-03-01) … 2958465 (9999-12-31)',
    rule: 'C2',
    source: SERIAL,
    ja: (p: { at: string; serial: number }) =>
      `${p.at}数値 ${p.serial} は日付のシリアル値として範囲外です(61 = 1900年3月1日 から 2958465 = 9999年12月31日 まで)`,
    en: (p: { at: string; serial: number }) =>
      `${p.at}the number ${p.serial} is out of range for a date serial (61 = 1900-03-01 to 2958465 = 9999-12-31)`,
  },
  'calendar.serial-nonexistent-day': {
    severity: 'error',
    summary: 'Serial 60 is 1900-02-29 in Excel, a day that never existed (Lotus 1-2-3 leap-year bug)',
    rule: 'C2',
    source: SERIAL,
    ja: (p: { at: string; serial: number }) =>
      `${p.at}シリアル値 ${p.serial} はExcelでは存在しない1900年2月29日を指します。日付を入力し直してください`,
    en: (p: { at: string; serial: number }) =>
      `${p.at}serial ${p.serial} is 1900-02-29 in Excel, a day that never existed; enter the date again`,
  },
  'calendar.serial-as-fiscal-year': {
    severity: 'warning',
    summary: 'A number of five digits or more in a fiscal-year column was read as a date serial',
    rule: 'C1',
    source: SERIAL,
    ja: (p: { at: string; serial: number; date: string; fiscalYear: string }) =>
      `${p.at}数値 ${p.serial} を日付(${p.date})のシリアル値とみなし、${p.fiscalYear}と読みました。年度は「令和6年度」などで入力してください`,
    en: (p: { at: string; serial: number; date: string; fiscalYear: string }) =>
      `${p.at}the number ${p.serial} was read as the date serial of ${p.date}, fiscal year ${p.fiscalYear}; write a fiscal year as 令和6年度`,
  },
  'calendar.invalid-date-object': {
    severity: 'error',
    summary: 'A Date object that holds no time (Invalid Date) or one outside years 1000–9999',
    rule: 'C2',
    source: C2,
    ja: (p: { at: string }) => `${p.at}日付の値が不正です(Invalid Date)`,
    en: (p: { at: string }) => `${p.at}the date value is invalid (Invalid Date)`,
  },
  'calendar.month-without-year': {
    severity: 'error',
    summary: 'A month and day without a year (4月1日): the year cannot be guessed',
    rule: 'C1',
    source: C1,
    ja: (p: Text) => `${p.at}「${p.text}」には年がありません。令和6年4月1日のように年から入力してください`,
    en: (p: Text) => `${p.at}"${p.text}" has no year; write it as 令和6年4月1日`,
  },
});

function precisionJa(precision: string): string {
  if (precision === 'month') return '年月';
  if (precision === 'fiscal year') return '年度';
  return '年';
}
