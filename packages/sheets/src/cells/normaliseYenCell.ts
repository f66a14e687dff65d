import { parseYen, type Yen } from '@kyodo/core';
import type { CellValue } from '../grid/Grid.js';
import { type Cell, type CellOptions, invalid, precheck, read, unexpectedType } from './Cell.js';

/** Options of normaliseYenCell: the unit the column's header gives, and whether negatives are allowed. */
export interface YenCellOptions extends CellOptions {
  /** Yen per unit of the cell's number, from the header (core unitFromHeader: 千円 -> 1000). */
  readonly unit?: number;
  readonly allowNegative?: boolean;
}

/**
 * Read an amount of money (RULES C3) through core parseYen: 50,000, ５０，０００, 50,000円,
 * ¥50,000, 5万円, △1,234, and a number scaled by the header's unit (予算額（千円）). A fraction of
 * a yen, a negative where none is allowed or an unreadable amount is core's error at this cell.
 *
 * @example
 * normaliseYenCell(1200, { unit: 1000 }) //=> { status: 'value', value: 1200000, … }
 */
export function normaliseYenCell(raw: CellValue, options?: YenCellOptions): Cell<Yen> {
  const pre = precheck(raw, options);
  if (pre !== undefined) return pre;
  if (typeof raw === 'boolean' || (typeof raw === 'object' && raw !== null))
    return unexpectedType(raw, 'an amount / 金額');
  const unit = options?.unit;
  const allowNegative = options?.allowNegative;
  const r = parseYen(
    raw,
    unit === undefined
      ? allowNegative === undefined
        ? NO_OPTIONS
        : { allowNegative }
      : allowNegative === undefined
        ? { unit }
        : { unit, allowNegative },
  );
  return r.ok ? read(raw, r.value, r.warnings) : invalid(raw, r.problems);
}

const NO_OPTIONS = {};

/**
 * The reading of the common amount cell without a Cell: a whole non-negative number, scaled by
 * the header's unit (what normaliseYenCell gives it, with no warning). Undefined for anything
 * else, which then goes through normaliseYenCell.
 *
 * @example
 * fastYen(1000)(1200) //=> 1200000
 */
export function fastYen(unit = 1): (raw: CellValue) => Yen | undefined {
  if (!Number.isSafeInteger(unit) || unit < 1) return () => undefined;
  return (raw) => {
    if (typeof raw !== 'number' || !Number.isInteger(raw) || !(raw >= 0)) return undefined;
    if (raw === 0) return 0; // -0 included: parseYen reads it as 0
    const yen = raw * unit;
    // Safe integers whose product is at most MAX_SAFE_INTEGER multiply exactly in doubles.
    return yen <= Number.MAX_SAFE_INTEGER ? yen : undefined;
  };
}
