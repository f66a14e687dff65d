import type { CellValue } from '../grid/Grid.js';
import { sheetsMessages } from '../report/sheetsMessages.js';
import { type Cell, type CellOptions, invalid, precheck, read, unexpectedType } from './Cell.js';

const NUMBER = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:[^\d.]{0,6})$/u;

/**
 * Read a plain number (an indicator's target or result): a number cell, or text such as
 * '１，２００', '50%', '12回', '300人' (width folded, thousands separators and a short unit
 * after the number dropped). Anything else is sheets.not-a-number at the cell.
 *
 * @example
 * normaliseNumberCell('１，２００人', { field: 'target', label: '目標' }) //=> { status: 'value', value: 1200, … }
 */
export function normaliseNumberCell(
  raw: CellValue,
  options: CellOptions & { readonly field: string; readonly label: string },
): Cell<number> {
  const pre = precheck(raw, options);
  if (pre !== undefined) return pre;
  if (typeof raw === 'number') {
    if (Number.isFinite(raw)) return read(raw, raw);
    return invalid(
      raw,
      sheetsMessages.problem(
        'sheets.not-a-number',
        { field: options.field, label: options.label, text: String(raw) },
        { input: raw },
      ),
    );
  }
  if (typeof raw !== 'string') return unexpectedType(raw, 'a number / 数値');
  const text = raw
    .normalize('NFKC')
    .replace(/[,\s]/gu, '')
    .replace(/^[−ー]/u, '-');
  const m = NUMBER.exec(text);
  const n = m === null ? Number.NaN : Number(m[1]);
  if (!Number.isFinite(n))
    return invalid(
      raw,
      sheetsMessages.problem(
        'sheets.not-a-number',
        { field: options.field, label: options.label, text: raw.trim() },
        { input: raw },
      ),
    );
  return read(raw, n);
}
