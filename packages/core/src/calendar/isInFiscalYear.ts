import { fiscalYearOf } from './fiscalYearOf.js';
import type { FiscalYear, PlainDate } from './types.js';

/**
 * Whether a day falls within a fiscal year (RULES C1: 1 April to 31 March).
 *
 * @example
 * isInFiscalYear('2025-03-31', 2024) //=> true
 * isInFiscalYear('2024-03-31', 2024) //=> false
 */
export function isInFiscalYear(date: PlainDate, fy: FiscalYear): boolean {
  return fiscalYearOf(date) === fy;
}
