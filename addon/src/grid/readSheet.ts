import type { Grid, MergedRange } from '@kyodo/sheets';
import { toCellValue } from './toCellValue.js';

/** What one read of a sheet gives: the grid for @kyodo/sheets, and the raw notes and size. */
export interface SheetRead {
  readonly grid: Grid;
  readonly rows: number;
  readonly columns: number;
}

/**
 * Reads one sheet with one batched call of each kind — `getDataRange().getValues()`,
 * `getNotes()`, `getMergedRanges()` — whatever its number of rows (one getValues per sheet:
 * docs/addon.md "Apps Script facts"), and turns it into a Grid (docs/contributing.md "Data flow").
 */
export function readSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet, timeZone: string): SheetRead {
  const range = sheet.getDataRange();
  const raw = range.getValues();
  const notes = range.getNotes();
  const merges: MergedRange[] = range.getMergedRanges().map((m) => ({
    top: m.getRow() - 1,
    left: m.getColumn() - 1,
    bottom: m.getLastRow() - 1,
    right: m.getLastColumn() - 1,
  }));
  const values = raw.map((row) => row.map((v) => toCellValue(v, timeZone)));
  const columns = raw[0]?.length ?? 0;
  return {
    grid: { name: sheet.getName(), values, notes: notes.map((r) => r.map((n) => String(n ?? ''))), merges },
    rows: raw.length,
    columns,
  };
}
