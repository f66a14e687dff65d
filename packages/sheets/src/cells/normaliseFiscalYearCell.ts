import { type FiscalYear, parseFiscalYear } from '@kyodo/core';
import type { CellValue } from '../grid/Grid.js';
import { type Cell, type CellOptions, invalid, precheck, read, unexpectedType } from './Cell.js';

/**
 * Read a fiscal-year cell (RULES C1, C2) through core parseFiscalYear: 令和6年度, R6, 2024年度,
 * 2024, H26, 平成31年度 = 令和元年度, full width digits. What core cannot read is its error at
 * this cell, never a guessed year.
 *
 * @example
 * normaliseFiscalYearCell('令和６年度') //=> { status: 'value', value: 2024, … }
 */
export function normaliseFiscalYearCell(raw: CellValue, options?: CellOptions): Cell<FiscalYear> {
  const pre = precheck(raw, options);
  if (pre !== undefined) return pre;
  if (typeof raw === 'boolean') return unexpectedType(raw, 'a fiscal year / 年度');
  const r = parseFiscalYear(raw);
  return r.ok ? read(raw, r.value, r.warnings) : invalid(raw, r.problems);
}
