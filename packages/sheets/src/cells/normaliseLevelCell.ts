import { type Level, parseLevel, type Scale } from '@kyodo/core';
import type { CellValue } from '../grid/Grid.js';
import { type Cell, type CellOptions, invalid, precheck, read } from './Cell.js';

/**
 * Read an evaluation answer as a level of the framework's scale (RULES E7) through core
 * parseLevel: A–D, 1–4, full width too, or whatever spellings the profile's scale has. A blank
 * or a missing marker is an unanswered item (empty), never a zero.
 *
 * @example
 * normaliseLevelCell('Ｂ', defaultScale) //=> { status: 'value', value: { value: 3, … }, … }
 */
export function normaliseLevelCell(raw: CellValue, scale: Scale, options?: CellOptions): Cell<Level> {
  const pre = precheck(raw, options);
  if (pre !== undefined) return pre;
  const r = parseLevel(scale, typeof raw === 'object' && raw !== null ? raw : raw);
  return r.ok ? read(raw, r.value, r.warnings) : invalid(raw, r.problems);
}
