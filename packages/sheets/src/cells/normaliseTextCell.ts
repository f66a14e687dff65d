import { normaliseText } from '@kyodo/core';
import type { CellValue } from '../grid/Grid.js';
import { type Cell, type CellOptions, precheck, read, unexpectedType } from './Cell.js';

/**
 * Read a text cell (a project's name, a partner, a department): width and spaces folded
 * (NFKC, core normaliseText), a number kept as its digits; a boolean or a date is not text.
 * Empty cells and missing-value markers come back as empty, error values as invalid.
 *
 * @example
 * normaliseTextCell('　ＮＰＯ法人　ひまわり ') //=> { status: 'value', value: 'NPO法人 ひまわり', … }
 */
export function normaliseTextCell(raw: CellValue, options?: CellOptions): Cell<string> {
  const pre = precheck(raw, options);
  if (pre !== undefined) return pre;
  if (typeof raw === 'string') return read(raw, normaliseText(raw));
  if (typeof raw === 'number' && Number.isFinite(raw)) return read(raw, String(raw));
  return unexpectedType(raw, 'text / 文字列');
}
