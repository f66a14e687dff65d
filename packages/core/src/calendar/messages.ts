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
    summaryJa: '日付か年度が空欄です',
    action: { ja: '日付か年度を入力してください', en: 'Enter the date or fiscal year' },
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
    summaryJa: '日付になりえない種類の値です（TRUE/FALSE など）',
    action: { ja: 'セルの値を日付に直してください', en: 'Replace the value with a date' },
    severity: 'error',
    summary: 'The value is of a kind that cannot be a date (true/false, an object)',
    rule: 'C2',
    source: C2,
    ja: (p: { at: string; type: string }) => `${p.at}日付または年度ではない値(${p.type})です。${EXPECTED_JA}`,
    en: (p: { at: string; type: string }) =>
      `${p.at}a ${p.type} is not a date or a fiscal year; ${EXPECTED_EN}`,
  },
  'calendar.unparsable': {
    summaryJa: '日付・年度として読めない書き方です',
    action: {
      ja: '日付は 2024/4/1・令和6年4月1日・R6.4.1 など、年度は 2024・令和6年度・R6 などの形で入力してください',
      en: 'Write a date as 2024/4/1, 令和6年4月1日 or R6.4.1 and a fiscal year as 2024, 令和6年度 or R6',
    },
    severity: 'error',
    summary: 'The text is not a date or a fiscal year in any form RULES C2 lists',
    rule: 'C2',
    source: C2,
    ja: (p: Text) => `${p.at}「${p.text}」を日付・年度として読めません。${EXPECTED_JA}`,
    en: (p: Text) => `${p.at}"${p.text}" is not a date or a fiscal year; ${EXPECTED_EN}`,
  },
  'calendar.ambiguous-year': {
    summaryJa: '「6」だけの数字で、元号が分かりません',
    action: {
      ja: '「令和6年度」「R6」のように元号を付けるか、西暦で入力してください',
      en: 'Add the era (令和6年度, R6) or write the Western year',
    },
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
    summaryJa: '元号の0年はありません（1年は元年）',
    action: { ja: '「令和元年」か「令和1年」と入力してください', en: 'Write 令和元年 (or 令和1年)' },
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
    summaryJa: '存在しない日付です（2月30日、13月など）',
    action: { ja: '日付を確かめて直してください', en: 'Check the date and correct it' },
    severity: 'error',
    summary: 'A day or month that does not exist (2月30日, 13月)',
    rule: 'C2',
    source: C2,
    ja: (p: Text) => `${p.at}「${p.text}」は存在しない日付です`,
    en: (p: Text) => `${p.at}"${p.text}" is not a real date`,
  },
  'calendar.before-era': {
    summaryJa: '元号が始まる前の日付です（令和元年4月1日など）',
    action: {
      ja: '前の元号（平成31年4月1日）か西暦で入力してください',
      en: 'Write it in the previous era (平成31年4月1日) or the Western year',
    },
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
    summaryJa: '元号が終わった後の日付を旧元号で書いています（平成32年など）。書かれた日として読みました',
    action: {
      ja: '新しい元号（令和2年）か西暦に直してください',
      en: 'Rewrite it in the new era (令和2年) or the Western year',
    },
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
    summaryJa: '関数に YYYY-MM-DD の日付でない値が渡されました（プログラムの誤り）',
    action: {
      ja: '呼び出す側で parseDate を通してから渡してください',
      en: 'Pass the value through parseDate before the call',
    },
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
    summaryJa: '関数に 1000～9998 の整数でない年度が渡されました（プログラムの誤り）',
    action: {
      ja: '呼び出す側で parseFiscalYear を通してから渡してください',
      en: 'Pass the value through parseFiscalYear before the call',
    },
    severity: 'error',
    summary: 'A function given a fiscal year that is not a whole number from 1000 to 9998',
    rule: 'C1',
    source: C1,
    ja: (p: { at: string; text: string }) => `${p.at}「${p.text}」は年度(1000〜9998 の整数)ではありません`,
    en: (p: { at: string; text: string }) =>
      `${p.at}"${p.text}" is not a fiscal year (a whole number from 1000 to 9998)`,
  },
  'calendar.not-a-day': {
    summaryJa: '日が要るところに、月・年・年度だけが書かれています（令和6年4月）',
    action: { ja: '日まで入力してください（令和6年4月1日）', en: 'Enter the day too (令和6年4月1日)' },
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
    summaryJa: '日付の後の曜日が、その日の曜日と違います',
    action: {
      ja: '日付と曜日のどちらが正しいか確かめて直してください',
      en: 'Check whether the date or the weekday is wrong and correct it',
    },
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
    summaryJa: '日付のシリアル値として読んだ数が、1900-03-01～9999-12-31 の範囲の外です',
    action: {
      ja: 'セルの表示形式を日付にして値を確かめ、日付を入力し直してください',
      en: 'Format the cell as a date, check the value and enter the date again',
    },
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
    summaryJa: 'シリアル値 60 は Excel の 1900-02-29 で、実在しない日です',
    action: { ja: '正しい日付を入力し直してください', en: 'Enter the real date' },
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
    summaryJa: '年度の列の5桁以上の数を、日付のシリアル値として読みました',
    action: {
      ja: '年度を「2024」か「令和6年度」と入力してください',
      en: 'Enter the fiscal year as 2024 or 令和6年度',
    },
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
    summaryJa: 'Date が無効（Invalid Date）か、1000～9999 年の外です',
    action: {
      ja: 'セルの日付を確かめて入力し直してください',
      en: 'Check the date in the cell and enter it again',
    },
    severity: 'error',
    summary: 'A Date object that holds no time (Invalid Date) or one outside years 1000–9999',
    rule: 'C2',
    source: C2,
    ja: (p: { at: string }) => `${p.at}日付の値が不正です(Invalid Date)`,
    en: (p: { at: string }) => `${p.at}the date value is invalid (Invalid Date)`,
  },
  'calendar.month-without-year': {
    summaryJa: '年のない月日です（4月1日）。年を推測しません',
    action: { ja: '年を付けて入力してください（令和6年4月1日）', en: 'Enter the year too (令和6年4月1日)' },
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
