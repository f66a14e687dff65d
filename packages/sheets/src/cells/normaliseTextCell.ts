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

/**
 * Whether normaliseText would leave a text as it is: only characters NFKC keeps (kanji,
 * hiragana, full-width katakana and the long vowel mark, ASCII letters and digits, a few
 * punctuation marks), no spaces at all, and not empty. A fast path for the common cell; anything else goes
 * through core normaliseText (a property test checks the two agree).
 */
export function isNormal(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x4e00 && c <= 0x9fff) ||
      (c >= 0x3041 && c <= 0x3096) ||
      (c >= 0x30a1 && c <= 0x30fa) ||
      c === 0x30fc ||
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      c === 0x3001 ||
      c === 0x3002 ||
      c === 0x30fb ||
      c === 0x3005
    )
      continue;
    return false;
  }
  return true;
}
