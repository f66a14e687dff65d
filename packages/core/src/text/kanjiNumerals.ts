import { requireText } from './requireText.js';

/**
 * Kanji numerals as staff write them in dates and amounts: positional (二〇二四) and with
 * multipliers (二千二十四, 二十九, 三十一, 五万). Used by the calendar (RULES C2: 令和六年四月一日,
 * 元年) and money readers; exported for anyone matching user text.
 */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 億: 100_000_000 };

/** Options of {@link parseKanjiNumeral}. */
export interface KanjiNumeralOptions {
  /**
   * Read 元 as 1. Only an era year is written 元 (元年, RULES C2); leave this off elsewhere.
   * Default false.
   */
  readonly gannen?: boolean;
}

/**
 * The number a kanji numeral writes, or undefined when the text is not one. Reads the
 * positional form (二〇二四 = 2024, 〇 or ○ for zero), the form with multipliers (二千二十四 =
 * 2024, 二十九 = 29, 三十一 = 31, 十 = 10, 五万 = 50000), ASCII digits mixed in (1万5千 = 15000), and,
 * with `{ gannen: true }`, 元 = 1 (RULES C2: year 1 of an era is written 元年).
 *
 * @example
 * parseKanjiNumeral('二十九') //=> 29
 * parseKanjiNumeral('二〇二四') //=> 2024
 * parseKanjiNumeral('元', { gannen: true }) //=> 1
 * parseKanjiNumeral('abc') //=> undefined
 */
export function parseKanjiNumeral(text: string, options: KanjiNumeralOptions = {}): number | undefined {
  requireText(text, 'text');
  const s = text.trim();
  if (s === '') return undefined;
  if (s === '元') return options.gannen === true ? 1 : undefined;
  // Positional: every character a digit (kanji or ASCII).
  let positional = true;
  for (const ch of s) {
    if (DIGITS[ch] === undefined && !(ch >= '0' && ch <= '9')) {
      positional = false;
      break;
    }
  }
  if (positional) {
    let n = 0;
    for (const ch of s) n = n * 10 + (DIGITS[ch] ?? ch.charCodeAt(0) - 48);
    return Number.isSafeInteger(n) ? n : undefined;
  }
  // With multipliers: [digits] (千|百|十)… within each 万/億 section.
  let total = 0;
  let section = 0;
  let pending: number | undefined; // digits read but not yet multiplied
  let lastSmall = Number.POSITIVE_INFINITY;
  let lastLarge = Number.POSITIVE_INFINITY;
  for (const ch of s) {
    const digit = DIGITS[ch] ?? (ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : undefined);
    if (digit !== undefined) {
      pending = (pending ?? 0) * 10 + digit;
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      if (small >= lastSmall) return undefined; // 十百, 十十: not a numeral
      section += (pending ?? 1) * small;
      pending = undefined;
      lastSmall = small;
      continue;
    }
    const large = LARGE_UNITS[ch];
    if (large !== undefined) {
      if (large >= lastLarge) return undefined;
      const part = section + (pending ?? 0);
      if (part === 0) return undefined; // 万 alone
      total += part * large;
      section = 0;
      pending = undefined;
      lastSmall = Number.POSITIVE_INFINITY;
      lastLarge = large;
      continue;
    }
    return undefined;
  }
  const n = total + section + (pending ?? 0);
  return Number.isSafeInteger(n) ? n : undefined;
}

const RUN = /[〇○零一二三四五六七八九十百千]+/gu;

/**
 * Text with every run of kanji numerals replaced by ASCII digits, for readers of dates
 * (RULES C2: 令和六年四月一日 → 令和6年4月1日). With `{ gannen: true }`, 元 directly before 年 becomes 1
 * (令和元年度 → 令和1年度). Runs that are not numerals are left as they are.
 *
 * @example
 * replaceKanjiNumerals('令和六年十二月三十一日') //=> '令和6年12月31日'
 * replaceKanjiNumerals('令和元年五月一日', { gannen: true }) //=> '令和1年5月1日'
 */
export function replaceKanjiNumerals(text: string, options: KanjiNumeralOptions = {}): string {
  requireText(text, 'text');
  let out = text.replace(RUN, (run) => {
    const n = parseKanjiNumeral(run);
    return n === undefined ? run : String(n);
  });
  if (options.gannen === true) out = out.replace(/元(?=年)/gu, '1');
  return out;
}
