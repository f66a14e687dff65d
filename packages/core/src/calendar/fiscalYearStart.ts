import { requireFiscalYear } from './plainDate.js';
import type { FiscalYear, PlainDate } from './types.js';

/**
 * First day of a fiscal year (RULES C1): 1 April. A fiscal year outside 1000–9998 or not an
 * integer is a typed error (KyodoError).
 *
 * @example
 * fiscalYearStart(2024) //=> '2024-04-01'
 */
export function fiscalYearStart(fy: FiscalYear): PlainDate {
  requireFiscalYear(fy);
  return `${fy}-04-01`;
}
