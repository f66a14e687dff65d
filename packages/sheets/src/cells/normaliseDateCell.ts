import { type PlainDate, parseDate } from '@kyodo/core';
import type { CellValue } from '../grid/Grid.js';
import { type Cell, type CellOptions, invalid, precheck, read, unexpectedType } from './Cell.js';

/**
 * Read a date cell (RULES C2) through core parseDate: 和暦 and Western text in every form C2
 * lists (令和6年4月1日, R6.4.1, 2024/4/1, full width digits, kanji numerals), Sheets/Excel date
 * serials and date cells. A day past an era's end is read with core's warning; an impossible
 * date is core's error at this cell.
 *
 * @example
 * normaliseDateCell('Ｒ６．４．１') //=> { status: 'value', value: '2024-04-01', … }
 */
export function normaliseDateCell(raw: CellValue, options?: CellOptions): Cell<PlainDate> {
  const pre = precheck(raw, options);
  if (pre !== undefined) return pre;
  if (typeof raw === 'boolean') return unexpectedType(raw, 'a date / 日付');
  const r = parseDate(raw);
  return r.ok ? read(raw, r.value, r.warnings) : invalid(raw, r.problems);
}
