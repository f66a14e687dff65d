import { requireParts } from './plainDate.js';
import type { FiscalYear, PlainDate } from './types.js';

/**
 * The fiscal year (年度) a day falls in (RULES C1: 1 April to 31 March): 2024-04-01 and
 * 2025-03-31 are both in FY2024 (令和6年度). A malformed PlainDate is a programming error
 * (KyodoError); read user input with {@link parseDate} first.
 *
 * @example
 * fiscalYearOf('2025-03-31') //=> 2024
 * fiscalYearOf('2025-04-01') //=> 2025
 */
export function fiscalYearOf(date: PlainDate): FiscalYear {
  const { year, month } = requireParts(date);
  return month >= 4 ? year : year - 1;
}
