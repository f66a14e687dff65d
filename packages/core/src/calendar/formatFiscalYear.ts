import { ERAS } from './eras.js';
import { requireFiscalYear } from './plainDate.js';
import type { FiscalYear } from './types.js';
import { warekiOf } from './warekiOf.js';

/** Options of {@link formatFiscalYear}. */
export interface FormatFiscalYearOptions {
  /**
   * 'era' (default) 令和6年度; 'letter' R6年度; 'western' 2024年度; 'both' 令和6年度(2024年度);
   * 'fy' FY2024.
   */
  readonly style?: 'era' | 'letter' | 'western' | 'both' | 'fy';
  /**
   * Which era names a fiscal year that an era change falls in: 'april' (default, RULES C2:
   * the era of its 1 April, FY2019 = 平成31年度) or 'newest' (the era in force at its end,
   * FY2019 = 令和元年度).
   */
  readonly era?: 'april' | 'newest';
}

/**
 * A fiscal year (RULES C1) written for people: 令和6年度 by default (RULES C2). Year 1 of an era
 * is 元年度 (令和元年度, never 令和1年度). FY2019 is 平成31年度 by default (the era of its 1 April) and
 * 令和元年度 with `{ era: 'newest' }`; both name the same year. Years before 大正 are written in the
 * Western style. A fiscal year outside 1000–9998 is a typed error (KyodoError).
 *
 * @example
 * formatFiscalYear(2024) //=> '令和6年度'
 * formatFiscalYear(2019) //=> '平成31年度'
 * formatFiscalYear(2019, { era: 'newest' }) //=> '令和元年度'
 * formatFiscalYear(2024, { style: 'western' }) //=> '2024年度'
 */
export function formatFiscalYear(fy: FiscalYear, options: FormatFiscalYearOptions = {}): string {
  requireFiscalYear(fy);
  const style = options.style ?? 'era';
  if (style === 'western') return `${fy}年度`;
  if (style === 'fy') return `FY${fy}`;
  // The era is the one of 1 April (or of 31 March next, for 'newest'); the era year counts
  // from that era's first calendar year, so FY2019 in 令和 is 令和元年度.
  // An era that began in January–March (平成, 1989-01-08) cannot name the fiscal year before
  // (FY1988 is 昭和63年度; 平成元年度 is FY1989): then the era of 1 April stands.
  const april = warekiOf(`${fy}-04-01`);
  const newest = options.era === 'newest' ? warekiOf(`${fy + 1}-03-31`) : undefined;
  const w = newest !== undefined && startYear(newest.era) <= fy ? newest : april;
  if (w === undefined) return `${fy}年度`;
  const era = ERAS.find((e) => e.name === w.era)!;
  const eraYear = fy - startYear(era.name) + 1;
  if (style === 'letter') return `${era.letter}${eraYear}年度`;
  const named = `${era.name}${eraYear === 1 ? '元' : eraYear}年度`;
  return style === 'both' ? `${named}(${fy}年度)` : named;
}

function startYear(name: string): number {
  return Number(ERAS.find((e) => e.name === name)!.start.slice(0, 4));
}
