import type { Path, Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { replaceKanjiNumerals } from '../text/kanjiNumerals.js';
import { requireObject } from '../text/requireObject.js';
import { requireText } from '../text/requireText.js';
import { type Era, type EraName, eraByName, westernYear } from './eras.js';
import { calendarMessages, placeText } from './messages.js';
import { daysInMonth, plainDate, WEEKDAYS_JA, weekday } from './plainDate.js';
import { warekiOf } from './warekiOf.js';

/** How much of the calendar a text names: a day, a month, a year or a fiscal year (年度). */
export type CalendarPrecision = 'day' | 'month' | 'year' | 'fiscal-year';

/**
 * What a calendar text says, read but not yet turned into a date or a fiscal year
 * (RULES C2). `year` is the Western year: the calendar year, or for precision
 * 'fiscal-year' the fiscal year (年度) named by its 1 April (RULES C1).
 */
export interface CalendarReading {
  readonly precision: CalendarPrecision;
  readonly year: number;
  /** 1–12, for precision 'month' and 'day'. */
  readonly month?: number;
  /** 1–31, for precision 'day'. */
  readonly day?: number;
  /** The era written, when the text used one (令和, R, ㋿ …). */
  readonly era?: EraName;
  /** The year of that era as written (1 for 元年). */
  readonly eraYear?: number;
}

/** Options of {@link readCalendarText}. */
export interface ReadCalendarOptions {
  /** Where the text is, for problems. */
  readonly path?: Path;
  /** What the caller wants, for the message of an empty text. Default 'date'. */
  readonly expected?: 'date' | 'fiscal-year';
}

const ERA = '(令和|平成|昭和|大正|令|平|昭|大|[RHSTrhst])';
const ERA_JA = new RegExp(`^${ERA}(\\d{1,4}|元)(?:年(?:(度)|(\\d{1,2})月(?:(\\d{1,2})日)?)?)?$`);
const ERA_SEP = new RegExp(`^${ERA}(\\d{1,4}|元)[./-](\\d{1,2})(?:[./-](\\d{1,2}))?$`);
const WESTERN_JA = /^(\d{4})(?:年(?:(度)|(\d{1,2})月(?:(\d{1,2})日)?)?)?$/;
const WESTERN_SEP = /^(\d{4})[./-](\d{1,2})(?:[./-](\d{1,2}))?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const FY = /^FY(\d{4})$/i;
const SHORT_YEAR = /^(\d{1,3})(?:年度?)?$/;
const NO_YEAR = /^(?:\d{1,2}月\d{1,2}日|\d{1,2}[/.]\d{1,2})$/;
const WEEKDAY = /(?:\(([日月火水木金土])(?:曜日?)?(?:[・･,、]?祝日?)?\)|([日月火水木金土])曜日?)$/;
const TIME = /(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const SPACE = /\s/;
const KANJI_DIGIT = /[〇○一二三四五六七八九十]/;
// Characters that NFKC leaves alone in the usual case: skip the normalisation for them.
const PLAIN = /^[\x20-\x7e令和平成昭大正年度月日元]*$/;

/**
 * Reads a date, a month, a year or a fiscal year written in any form RULES C2 lists, and says
 * which it is: 令和6年度, R6年度, R6, 2024年度, 2024, H26, 平成26年度, 令和6年4月1日, R6.4.1, R06.04.01,
 * 令6.4.1, R6/4/1, 2024/4/1, 2024-04-01, 20240401, FY2024, 令和6年4月 (a month), ㋿6年, ㍻31年, kanji
 * numerals (令和六年四月一日, 元年), a weekday after the date (令和6年4月1日(月), （月）, 月曜日), spaces
 * inside (令和 6年), full-width digits, and a time after the date (kept out of the day).
 *
 * Impossible input is an error: 令和0年, 2月30日, 13月, a date before its era began (令和元年4月1日),
 * a bare small number (6: which era?), a month and day without a year. A day past its era's end
 * (平成31年5月1日, 平成32年3月31日) is read as the day it names, with a 'calendar.past-era-end' warning;
 * a fiscal year is named by the era of its 1 April, so 平成31年度 and 令和元年度 are both FY2019 and
 * neither is warned about (RULES C2). Used by {@link parseDate} and {@link parseFiscalYear}.
 *
 * @example
 * readCalendarText('令和6年4月') //=> ok({ precision: 'month', year: 2024, month: 4, era: '令和', eraYear: 6 })
 */
export function readCalendarText(text: string, options: ReadCalendarOptions = {}): Result<CalendarReading> {
  requireText(text, 'text');
  requireObject(options, 'options');
  const ctx: Context = {
    text,
    at: placeText(options.path),
    place: { path: options.path ?? [], input: text },
    warnings: [],
    weekday: undefined,
  };
  const quick = quickSplit(text);
  if (quick !== undefined) {
    const [era, year, month, day] = quick;
    return era === undefined
      ? westernReading(ctx, year, false, month, day)
      : eraReading(ctx, era, year, false, month, day);
  }
  let s = PLAIN.test(text) ? text.trim() : text.normalize('NFKC').trim();
  if (s === '') {
    return err(
      calendarMessages.problem(
        'calendar.empty',
        { at: ctx.at, expected: options.expected ?? 'date' },
        ctx.place,
      ),
    );
  }

  // A time after the day: '2024-04-01T09:00:00', '2024/4/1 9:00'. With a zone, the instant is
  // read as the day it is in Japan (RULES C2).
  const time = s.indexOf(':') < 0 ? null : TIME.exec(s);
  if (time !== null) {
    if (time[4] !== undefined) return instantReading(ctx, s);
    s = s.slice(0, time.index);
  }
  if (SPACE.test(s)) s = s.replace(/\s+/g, '');
  const last = s.charCodeAt(s.length - 1);
  // Only text ending in ')' or 曜/曜日 can carry a weekday.
  const wd = last === 41 || s.indexOf('曜') >= 0 ? WEEKDAY.exec(s) : null;
  if (wd !== null && wd.index > 0 && /[\d日]$/.test(s.slice(0, wd.index))) {
    ctx.weekday = wd[1] ?? wd[2];
    s = s.slice(0, wd.index);
  }
  if (KANJI_DIGIT.test(s)) s = replaceKanjiNumerals(s);

  let m = ERA_JA.exec(s);
  if (m !== null) return eraReading(ctx, m[1]!, m[2]!, m[3] !== undefined, m[4], m[5]);
  m = ERA_SEP.exec(s);
  if (m !== null) return eraReading(ctx, m[1]!, m[2]!, false, m[3], m[4]);
  m = WESTERN_JA.exec(s);
  if (m !== null) return westernReading(ctx, m[1]!, m[2] !== undefined, m[3], m[4]);
  m = WESTERN_SEP.exec(s) ?? COMPACT.exec(s);
  if (m !== null) return westernReading(ctx, m[1]!, false, m[2], m[3]);
  m = FY.exec(s);
  if (m !== null) return westernReading(ctx, m[1]!, true, undefined, undefined);
  m = SHORT_YEAR.exec(s);
  if (m !== null) {
    return err(calendarMessages.problem('calendar.ambiguous-year', { at: ctx.at, text: m[1]! }, ctx.place));
  }
  if (NO_YEAR.test(s)) return fail(ctx, 'calendar.month-without-year');
  return fail(ctx, 'calendar.unparsable');
}

const ERA_KANJI: Readonly<Record<string, true>> = { 令和: true, 平成: true, 昭和: true, 大正: true };
const ERA_LETTER: Readonly<Record<string, true>> = {
  R: true,
  H: true,
  S: true,
  T: true,
  r: true,
  h: true,
  s: true,
  t: true,
};

/**
 * The most common day forms split without regular expressions: 令和6年4月1日, R6.4.1, R06/04/01,
 * 2024-04-01, 2024/4/1 (era or four-digit year, then month and day). Returns [era, year,
 * month, day] as written, or undefined for anything else (the full reader then decides, and
 * both reach the same checks).
 */
function quickSplit(text: string): [string | undefined, string, string, string] | undefined {
  let i = 0;
  let era: string | undefined;
  const two = text.slice(0, 2);
  if (ERA_KANJI[two] === true) {
    era = two;
    i = 2;
  } else if (ERA_LETTER[text[0] ?? ''] === true) {
    era = text[0];
    i = 1;
  }
  const year = digitsAt(text, i, era === undefined ? 4 : 1, 4);
  if (year === undefined) return undefined;
  i += year.length;
  const sep = text[i];
  const kanji = sep === '年';
  if (!kanji && sep !== '-' && sep !== '/' && sep !== '.') return undefined;
  if (kanji && era === undefined) return undefined;
  const month = digitsAt(text, ++i, 1, 2);
  if (month === undefined) return undefined;
  i += month.length;
  if (text[i] !== (kanji ? '月' : sep)) return undefined;
  const day = digitsAt(text, ++i, 1, 2);
  if (day === undefined) return undefined;
  i += day.length;
  if (kanji && text[i++] !== '日') return undefined;
  return i === text.length ? [era, year, month, day] : undefined;
}

/** The ASCII digits at `from`, when there are min to max of them; else undefined. */
function digitsAt(text: string, from: number, min: number, max: number): string | undefined {
  let end = from;
  while (end < text.length && end - from <= max) {
    const c = text.charCodeAt(end);
    if (c < 48 || c > 57) break;
    end++;
  }
  const n = end - from;
  return n >= min && n <= max ? text.slice(from, end) : undefined;
}

/** What the helpers below share about one text being read (module-level, so no closure per call). */
interface Context {
  readonly text: string;
  readonly at: string;
  readonly place: { readonly path: Path; readonly input: unknown };
  readonly warnings: Problem[];
  weekday: string | undefined;
}

function fail(
  ctx: Context,
  code: 'calendar.unparsable' | 'calendar.impossible-date' | 'calendar.month-without-year',
): Result<never> {
  return err(calendarMessages.problem(code, { at: ctx.at, text: ctx.text }, ctx.place));
}

function instantReading(ctx: Context, s: string): Result<CalendarReading> {
  const ms = Date.parse(s.replace(/\s+/g, 'T'));
  if (Number.isNaN(ms)) return fail(ctx, 'calendar.unparsable');
  const jst = new Date(ms + 9 * 3_600_000);
  return dayReading(ctx, jst.getUTCFullYear(), jst.getUTCMonth() + 1, jst.getUTCDate());
}

function eraReading(
  ctx: Context,
  eraText: string,
  yearText: string,
  fiscal: boolean,
  monthText: string | undefined,
  dayText: string | undefined,
): Result<CalendarReading> {
  const era = eraByName(eraText) as Era;
  const eraYear = yearText === '元' ? 1 : Number(yearText);
  if (eraYear === 0) {
    return err(
      calendarMessages.problem(
        'calendar.era-year-zero',
        { at: ctx.at, text: ctx.text, era: era.name },
        ctx.place,
      ),
    );
  }
  const year = westernYear(era, eraYear);
  if (fiscal || monthText === undefined) {
    // A year or a fiscal year: past the era's end when its first day (1 January, or 1 April
    // for a 年度) is; 令和元年度 names FY2019 as 平成31年度 does (RULES C2).
    const first = plainDate(year, fiscal ? 4 : 1, 1);
    if (era.end !== undefined && first > era.end) {
      ctx.warnings.push(pastEnd(ctx, era, fiscal ? fiscalYearName(year) : yearName(year)));
    }
    return ok({ precision: fiscal ? 'fiscal-year' : 'year', year, era: era.name, eraYear }, ctx.warnings);
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) return fail(ctx, 'calendar.impossible-date');
  if (dayText === undefined) {
    const last = plainDate(year, month, daysInMonth(year, month));
    if (last < era.start) return beforeEra(ctx, era);
    const first = plainDate(year, month, 1);
    if (era.end !== undefined && first > era.end) {
      const w = warekiOf(first);
      ctx.warnings.push(pastEnd(ctx, era, w === undefined ? `${year}年${month}月` : `${w.text}${month}月`));
    }
    return ok({ precision: 'month', year, month, era: era.name, eraYear }, ctx.warnings);
  }
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, month)) return fail(ctx, 'calendar.impossible-date');
  const date = plainDate(year, month, day);
  if (date < era.start) return beforeEra(ctx, era);
  if (era.end !== undefined && date > era.end) {
    const w = warekiOf(date);
    ctx.warnings.push(pastEnd(ctx, era, w === undefined ? date : `${w.text}${month}月${day}日`));
  }
  checkWeekday(ctx, year, month, day);
  return ok({ precision: 'day', year, month, day, era: era.name, eraYear }, ctx.warnings);
}

function westernReading(
  ctx: Context,
  yearText: string,
  fiscal: boolean,
  monthText: string | undefined,
  dayText: string | undefined,
): Result<CalendarReading> {
  const year = Number(yearText);
  if (year < 1000) return fail(ctx, 'calendar.unparsable');
  if (fiscal) return ok({ precision: 'fiscal-year', year }, ctx.warnings);
  if (monthText === undefined) return ok({ precision: 'year', year }, ctx.warnings);
  const month = Number(monthText);
  if (month < 1 || month > 12) return fail(ctx, 'calendar.impossible-date');
  if (dayText === undefined) return ok({ precision: 'month', year, month }, ctx.warnings);
  return dayReading(ctx, year, month, Number(dayText));
}

function dayReading(ctx: Context, year: number, month: number, day: number): Result<CalendarReading> {
  if (year < 1000 || year > 9999 || day < 1 || day > daysInMonth(year, month)) {
    return fail(ctx, 'calendar.impossible-date');
  }
  checkWeekday(ctx, year, month, day);
  return ok({ precision: 'day', year, month, day }, ctx.warnings);
}

function checkWeekday(ctx: Context, year: number, month: number, day: number): void {
  const written = ctx.weekday;
  if (written === undefined) return;
  const actual = WEEKDAYS_JA[weekday(year, month, day)]!;
  if (actual !== written) {
    ctx.warnings.push(
      calendarMessages.problem(
        'calendar.weekday-mismatch',
        { at: ctx.at, text: ctx.text, written, actual },
        ctx.place,
      ),
    );
  }
}

function beforeEra(ctx: Context, era: Era): Result<never> {
  return err(
    calendarMessages.problem(
      'calendar.before-era',
      { at: ctx.at, text: ctx.text, era: era.name, start: era.start },
      ctx.place,
    ),
  );
}

/**
 * A date past its era's end, read as the day it names with a warning (RULES C2): 平成31年5月1日
 * and 平成32年3月31日 appear in documents drafted in 2019, and 昭和64年1月8日 (1989-01-08) is
 * read the same way, as the rule says of any era's end — only an impossible day (2月30日) is
 * an error.
 */
function pastEnd(ctx: Context, era: Era, reading: string): Problem {
  return calendarMessages.problem(
    'calendar.past-era-end',
    { at: ctx.at, text: ctx.text, era: era.name, end: era.end ?? '', reading },
    ctx.place,
  );
}

function yearName(year: number): string {
  const w = warekiOf(plainDate(year, 12, 31));
  return w === undefined ? `${year}年` : `${w.text}(${year}年)`;
}

function fiscalYearName(fy: number): string {
  const w = warekiOf(plainDate(fy, 4, 1));
  return w === undefined ? `${fy}年度` : `${w.text}度(${fy}年度)`;
}
