import type { CellValue, Grid, MergedRange } from '@kyodo/sheets';
import type ExcelJS from 'exceljs';
import { cellValueOf } from './cellValueOf.js';
import { noteText, putNote } from './noteText.js';

/** exceljs's ValueType.Merge: a cell covered by a merged range other than its top-left one. */
const MERGE = 1;
/** ExcelJS.ValueType.Formula. */
const FORMULA = 6;

/**
 * One exceljs worksheet as a Grid (docs/contributing.md, packages/sheets grid/Grid.ts): the
 * values the user sees (a cell covered by a merge other than its top-left one is empty, as
 * Sheets shows it), the notes when there are any, and the merged ranges (0-based, inclusive,
 * by their top-left cell, top to bottom). Only exceljs's documented API: each covered cell
 * names its range's top-left cell (`cell.master`), so a range is the box around a master and
 * the cells that name it.
 */
export function worksheetToGrid(worksheet: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  let notes: string[][] | undefined;
  const merges = new Map<string, MergedRange>();
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if ((cell.type as number) === MERGE) {
        const master = cell.master;
        const top = Number(master.row) - 1;
        const left = Number(master.col) - 1;
        const key = `${top}:${left}`;
        const m = merges.get(key) ?? { top, left, bottom: top, right: left };
        merges.set(key, {
          top: Math.min(m.top, r),
          left: Math.min(m.left, c),
          bottom: Math.max(m.bottom, r),
          right: Math.max(m.right, c),
        });
      } else {
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
  if (notes !== undefined) {
    while (notes.length < values.length) notes.push([]);
  }
  const ranges = [...merges.values()].sort((a, b) => a.top - b.top || a.left - b.left);
  return {
    name: worksheet.name,
    values,
    ...(notes === undefined ? {} : { notes }),
    ...(ranges.length === 0 ? {} : { merges: ranges }),
  };
}
