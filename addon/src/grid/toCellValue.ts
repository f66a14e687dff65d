import type { CellValue } from '@kyodo/sheets';
import { dayOf } from './dayOf.js';
import { isDate } from './isDate.js';

/** The error values Sheets shows in a cell, as getValues returns them. */
export const SHEETS_ERRORS: readonly string[] = [
  '#REF!',
  '#N/A',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
];

/**
 * One value from `Range.getValues()` as a grid cell (packages/sheets grid/Grid.ts): '' is
 * empty (null); an error string ('#REF!') is `{kind: 'error'}`; a Date is the day the sheet
 * shows in its time zone, `{kind: 'date', iso}`; numbers, booleans and text as they are.
 */
export function toCellValue(value: unknown, timeZone: string): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string')
    return SHEETS_ERRORS.includes(value) ? { kind: 'error', code: value } : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { kind: 'error', code: '#NUM!' };
  if (typeof value === 'boolean') return value;
  if (isDate(value)) {
    const iso = dayOf(value, timeZone);
    return iso === null ? { kind: 'error', code: '#VALUE!' } : { kind: 'date', iso };
  }
  return String(value);
}
