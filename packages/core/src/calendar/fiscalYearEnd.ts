import { requireFiscalYear } from './plainDate.js';
import type { FiscalYear, PlainDate } from './types.js';

/**
 * Last day of a fiscal year (RULES C1): 31 March of the next calendar year. A fiscal year
 * outside 1000–9998 or not an integer is a typed error (KyodoError).
 *
 * @example
 * fiscalYearEnd(2024) //=> '2025-03-31'
 */
export function fiscalYearEnd(fy: FiscalYear): PlainDate {
  requireFiscalYear(fy);
  return `${fy + 1}-03-31`;
}
