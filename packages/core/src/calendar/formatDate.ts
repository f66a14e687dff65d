import { ERAS } from './eras.js';
import { requireParts, WEEKDAYS_JA, weekday } from './plainDate.js';
import type { PlainDate } from './types.js';
import { warekiOf } from './warekiOf.js';

/** Options of {@link formatDate}. */
export interface FormatDateOptions {
  /**
   * 'era' (default) 令和6年4月1日; 'letter' R6.4.1; 'western' 2024年4月1日; 'slash' 2024/4/1;
   * 'iso' 2024-04-01.
   */
  readonly style?: 'era' | 'letter' | 'western' | 'slash' | 'iso';
  /** Add the weekday: 令和6年4月1日(月). Default false. */
  readonly weekday?: boolean;
}

/**
 * A day written for people (RULES C2): 令和6年4月1日 by default, in the era the day is in
 * (令和元年5月1日; 平成31年4月30日), or in ISO and Western styles. Days before 大正 are written
 * in the Western style. A malformed PlainDate is a typed error (KyodoError).
 *
 * @example
 * formatDate('2024-04-01') //=> '令和6年4月1日'
 * formatDate('2019-05-01') //=> '令和元年5月1日'
 * formatDate('2024-04-01', { style: 'letter', weekday: true }) //=> 'R6.4.1(月)'
 * formatDate('2024-04-01', { style: 'iso' }) //=> '2024-04-01'
 */
export function formatDate(date: PlainDate, options: FormatDateOptions = {}): string {
  const { year, month, day } = requireParts(date);
  const style = options.style ?? 'era';
  const suffix = options.weekday === true ? `(${WEEKDAYS_JA[weekday(year, month, day)]})` : '';
  if (style === 'iso') return `${date}${suffix}`;
  if (style === 'slash') return `${year}/${month}/${day}${suffix}`;
  const w = warekiOf(date);
  if (style === 'western' || w === undefined) return `${year}年${month}月${day}日${suffix}`;
  if (style === 'letter') {
    const letter = ERAS.find((e) => e.name === w.era)!.letter;
    return `${letter}${w.year}.${month}.${day}${suffix}`;
  }
  return `${w.text}${month}月${day}日${suffix}`;
}
