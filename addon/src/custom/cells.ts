import type { Problem } from '@kyodo/core';
import { AddonError } from '../errors/AddonError.js';
import { dayOf } from '../grid/dayOf.js';
import { isDate } from '../grid/isDate.js';
import { both, strings } from '../i18n/strings.js';

/** What a custom function returns in a cell: a value, or '' for a blank row. */
export type Out = string | number;

/** Whether an argument is a range (Sheets passes a range as rows of values). */
export function isRange(arg: unknown): arg is unknown[][] {
  return Array.isArray(arg) && arg.every((r) => Array.isArray(r));
}

/** Whether a cell is blank ('' from Sheets, or an argument left out). */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** The short bilingual text a custom function puts in a cell it cannot compute. */
export function errorText(problems: readonly Problem[]): string {
  const p = problems.find((q) => q.severity === 'error') ?? problems[0];
  return p === undefined ? '⚠' : `⚠ ${p.message.ja} / ${p.message.en}`;
}

/** The bilingual text for an AddonError or any other error, never a stack. */
export function thrownText(error: unknown): string {
  if (error instanceof AddonError) return `⚠ ${both(error.key, error.params)}`;
  const message =
    error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error);
  return `⚠ ${strings.unexpected.ja.replace('{detail}', message)} / ${strings.unexpected.en.replace('{detail}', message)}`;
}

let zone: string | undefined;

/** The spreadsheet's time zone (read once per execution), or Japan when it cannot be read. */
function timeZone(): string {
  if (zone === undefined) {
    try {
      zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || 'Asia/Tokyo';
    } catch {
      zone = 'Asia/Tokyo';
    }
  }
  return zone;
}

/** A cell as @kyodo/core reads it: a Date becomes the day it shows, `{kind: 'date', iso}`. */
export function cellInput(value: unknown): unknown {
  if (isDate(value)) {
    const iso = dayOf(value, timeZone());
    return iso === null ? value : { kind: 'date', iso };
  }
  return value;
}

/**
 * The arguments of a custom function as rows: each range must be one column (one value per
 * row), a single value applies to every row. One call computes a whole column (docs/addon.md "Custom functions").
 * Returns the rows, or throws an AddonError said in the cell.
 */
export function columnsToRows(args: readonly { name: string; value: unknown }[]): unknown[][] {
  let rows = 1;
  for (const a of args) {
    if (!isRange(a.value)) continue;
    if (a.value.some((r) => r.length > 1)) throw new AddonError('cellTooBig', { name: a.name });
    if (a.value.length !== 1) {
      if (rows !== 1 && rows !== a.value.length)
        throw new AddonError('rowsDiffer', { a: rows, b: a.value.length });
      rows = a.value.length;
    }
  }
  // Each argument classified once: checking a range is linear in its rows.
  const columns = args.map((a) => (isRange(a.value) ? a.value : null));
  const out: unknown[][] = [];
  for (let i = 0; i < rows; i += 1) {
    out.push(
      args.map((a, k) => {
        const column = columns[k];
        if (column === null || column === undefined) return a.value;
        return column.length === 1 ? column[0]?.[0] : column[i]?.[0];
      }),
    );
  }
  return out;
}

/** A scalar argument (a profile ID): a one-cell range reads as its cell. */
export function scalar(arg: unknown): unknown {
  return isRange(arg) ? arg[0]?.[0] : arg;
}

/** One column of results as Sheets wants it back, or the single value when there is one row. */
export function asColumn(values: readonly Out[], wasRange: boolean): Out | Out[][] {
  return !wasRange && values.length === 1 ? (values[0] as Out) : values.map((v) => [v]);
}
