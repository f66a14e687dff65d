import type { CellValue, Grid, MergedRange } from '@kyodo/sheets';
import type ExcelJS from 'exceljs';
import { cellValueOf } from './cellValueOf.js';
import { noteText, putNote } from './noteText.js';

/** exceljs's ValueType.Merge: a cell covered by a merged range other than its top-left one. */
const MERGE = 1;
/** ExcelJS.ValueType.Formula. */
const FORMULA = 6;

interface MergeRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * One exceljs worksheet as a Grid (SHEETS.md; packages/sheets grid/Grid.ts): the values the
 * user sees (a cell covered by a merge other than its top-left one is empty, as Sheets shows
 * it), the notes when there are any, and the merged ranges (0-based, inclusive).
 */
export function worksheetToGrid(worksheet: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  let notes: string[][] | undefined;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if ((cell.type as number) !== MERGE) {
        // A formula's cached result through `cell.result`: `cell.value` leaves out a falsy one, so a
        // total of 0 (or '' or FALSE) would read as an empty cell.
        const value = cellValueOf((cell.type as number) === FORMULA ? cell.result : cell.value);
        if (value !== null) {
          while (cells.length < c) cells.push(null);
          cells[c] = value;
        }
      }
      const note = cell.note === undefined ? '' : noteText(cell.note);
      if (note !== '') {
        notes ??= [];
        putNote(notes, r, c, note);
      }
    });
    while (values.length < r) values.push([]);
    values[r] = cells;
  });
  const merges: MergedRange[] = [];
  // exceljs keeps merged ranges privately; worksheet.model would rebuild every row to list them.
  const internal = (worksheet as unknown as { _merges?: Record<string, MergeRange | undefined> })._merges;
  for (const m of Object.values(internal ?? {})) {
    if (m === undefined) continue;
    merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  if (notes !== undefined) {
    while (notes.length < values.length) notes.push([]);
  }
  return {
    name: worksheet.name,
    values,
    ...(notes === undefined ? {} : { notes }),
    ...(merges.length === 0 ? {} : { merges }),
  };
}
