import { fiscalYearOf } from './fiscalYearOf.js';
import { requireFiscalYear } from './plainDate.js';
import type { FiscalYear, PlainDate } from './types.js';

/**
 * Every fiscal year from `from` to `to`, both included (RULES C1), each given as a fiscal
 * year or as a day in it: a project running 2024-10-01 to 2026-06-30 spans FY2024–FY2026.
 * Empty when `from` comes after `to`. A value that is not a fiscal year (1000–9998) or a
 * PlainDate is a KyodoError.
 *
 * @example
 * fiscalYearsBetween(2022, 2026) //=> [2022, 2023, 2024, 2025, 2026]
 * fiscalYearsBetween('2024-10-01', '2026-03-31') //=> [2024, 2025]
 */
export function fiscalYearsBetween(from: FiscalYear | PlainDate, to: FiscalYear | PlainDate): FiscalYear[] {
  const first = typeof from === 'number' ? from : fiscalYearOf(from);
  const last = typeof to === 'number' ? to : fiscalYearOf(to);
  // Fiscal years 1000–9998 only (a KyodoError otherwise): never a list of millions, never a crash.
  requireFiscalYear(first);
  requireFiscalYear(last);
  const years: FiscalYear[] = [];
  for (let fy = first; fy <= last; fy++) years.push(fy);
  return years;
}
