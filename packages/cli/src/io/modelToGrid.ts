import type { CellValue, Grid, MergedRange } from '@kyodo/sheets';
import { cellValueOf } from './cellValueOf.js';
import { noteText, putNote } from './noteText.js';

/**
 * One worksheet as exceljs's xlsx reader parses it (xlsx.load's model, after its reconcile:
 * shared strings, dates, hyperlinks and comments resolved), before it builds a Row and a Cell
 * object for every cell.
 */
export interface WorksheetModel {
  readonly id?: unknown;
  readonly name?: unknown;
  rows: readonly RowModel[];
  mergeCells?: readonly unknown[] | undefined;
}

interface RowModel {
  readonly number: number;
  readonly cells: readonly CellModel[];
}

interface CellModel {
  readonly address?: unknown;
  readonly type: number;
  readonly value?: unknown;
  readonly text?: unknown;
  readonly hyperlink?: unknown;
  readonly tooltip?: unknown;
  readonly formula?: unknown;
  readonly result?: unknown;
  readonly ref?: unknown;
  readonly shareType?: unknown;
  readonly sharedFormula?: unknown;
  readonly comment?: { readonly type?: unknown; readonly note?: unknown } | undefined;
}

// exceljs's Enums.ValueType.
const NULL = 0;
const MERGE = 1;
const HYPERLINK = 5;
const FORMULA = 6;
const LAST_TYPE = 10;
/** Columns of an xlsx sheet (XFD). */
const MAX_COLUMN = 16384;
/** Beyond this many merged cells the model is left to exceljs (it walks them one by one too). */
const MAX_MERGED_CELLS = 1_000_000;

/**
 * One parsed worksheet model as a Grid, the same grid worksheetToGrid gives from the Worksheet
 * exceljs would build from this model, without building it (issue 6: the Row and Cell objects
 * cost more than the validation of the rows): the values the user sees, a cell covered by a
 * merge other than its top-left one empty, notes, merged ranges. undefined when the model holds
 * anything whose reading by exceljs it does not reproduce exactly (rows or cells without or out
 * of order addresses, overlapping or odd merged ranges, an unknown cell type, a note without
 * text runs): the caller then lets exceljs build the worksheet and reads that.
 */
export function modelToGrid(name: string, model: WorksheetModel): Grid | undefined {
  const covered = coveredCells(model.mergeCells);
  if (covered === undefined) return undefined;
  const values: CellValue[][] = [];
  let notes: string[][] | undefined;
  const dates = new Map<number, string>();
  let lastRow = 0;
  for (const row of model.rows) {
    const number = row.number;
    // exceljs keeps the last row of a number and lists rows in order: anything else goes to it.
    if (!Number.isInteger(number) || number <= lastRow) return undefined;
    lastRow = number;
    const r = number - 1;
    const inMerge = covered.cells.get(r);
    const cells: CellValue[] = [];
    // A row is shown when a cell in it is not empty, or a merge covers one of its cells.
    let shown = inMerge?.covers === true;
    let lastColumn = 0;
    for (const cell of row.cells) {
      const type = cell.type;
      // exceljs's Row skips these models without creating a cell.
      if (type === MERGE) continue;
      if (typeof type !== 'number' || !(type >= NULL && type <= LAST_TYPE)) return undefined;
      const column = columnOf(cell.address);
      if (column <= lastColumn) return undefined;
      lastColumn = column;
      const c = column - 1;
      const isCovered = inMerge?.columns.get(c) === COVERED;
      if (type === NULL && !isCovered) continue;
      shown = true;
      if (!isCovered) {
        const value = cellValueOfModel(cell, dates);
        if (value !== null) {
          while (cells.length < c) cells.push(null);
          cells[c] = value;
        }
      }
      const comment = cell.comment;
      if (comment) {
        if (comment.type !== 'note') continue;
        const note = noteOf(comment.note);
        if (note === undefined) return undefined;
        if (note !== '') {
          notes ??= [];
          putNote(notes, r, c, note);
        }
      }
    }
    if (!shown) continue;
    while (values.length < r) values.push([]);
    values[r] = cells;
  }
  // Rows that only a merge reaches: exceljs creates their covered cells, so they are shown.
  while (values.length <= covered.lastCoveredRow) values.push([]);
  if (notes !== undefined) {
    while (notes.length < values.length) notes.push([]);
  }
  return {
    name,
    values,
    ...(notes === undefined ? {} : { notes }),
    ...(covered.merges.length === 0 ? {} : { merges: covered.merges }),
  };
}

/** The value of one cell model, as the Cell exceljs builds from it hands it over. */
function cellValueOfModel(cell: CellModel, dates: Map<number, string>): CellValue {
  switch (cell.type) {
    case HYPERLINK: {
      const v: Record<string, unknown> = { text: cell.text, hyperlink: cell.hyperlink };
      if (cell.tooltip) v.tooltip = cell.tooltip;
      return cellValueOf(v);
    }
    case FORMULA: {
      // The cached result as the file has it, a falsy one too (0, '', FALSE): exceljs's
      // FormulaValue.value leaves those out, which would read a total of 0 as an empty cell.
      return cellValueOf(cell.result);
    }
    default: {
      const value = cell.value;
      if (value instanceof Date) {
        // A register repeats few days: the day's text is worked out once per instant.
        const ms = value.getTime();
        const iso = dates.get(ms);
        if (iso !== undefined) return { kind: 'date', iso };
        const read = cellValueOf(value);
        if (read !== null && typeof read === 'object' && read.kind === 'date') dates.set(ms, read.iso);
        return read;
      }
      return cellValueOf(value);
    }
  }
}

/**
 * A note's text as exceljs's Note.fromModel leaves it: one plain run is kept as its text, else
 * the runs. undefined for a note exceljs could not read (it would throw).
 */
function noteOf(note: unknown): string | undefined {
  if (note === null || typeof note !== 'object') return undefined;
  const texts = (note as { texts?: unknown }).texts;
  if (!Array.isArray(texts)) return undefined;
  for (const run of texts) if (run === null || typeof run !== 'object') return undefined;
  if (texts.length === 1 && Object.keys(texts[0] as object).length === 1)
    return noteText((texts[0] as { text?: unknown }).text);
  return noteText(note);
}

/**
 * The 1-based column of a cell address ('AB12' → 28), or 0 when exceljs would not read it
 * the same way (no address, lower-case letters, a $ sign, beyond XFD).
 */
function columnOf(address: unknown): number {
  if (typeof address !== 'string') return 0;
  let column = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  if (i === 0 || i > 3 || i === address.length || column > MAX_COLUMN) return 0;
  const first = address.charCodeAt(i);
  if (first < 49 || first > 57) return 0;
  for (i++; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 48 || code > 57) return 0;
  }
  return column;
}

const MASTER = 0;
const COVERED = 1;

interface CoveredLine {
  /** Column (0-based) → MASTER (a merge's top-left cell) or COVERED. */
  readonly columns: Map<number, number>;
  /** Whether a cell of the line is covered (not only a top-left cell). */
  covers: boolean;
}

interface Covered {
  readonly merges: MergedRange[];
  /** Row (0-based) → the merged cells in it. */
  readonly cells: Map<number, CoveredLine>;
  readonly lastCoveredRow: number;
}

const RANGE = /^([A-Z]{1,3})([1-9][0-9]*):([A-Z]{1,3})([1-9][0-9]*)$/;

/**
 * The merged ranges (0-based, in the file's order, as exceljs lists them) and the cells they
 * cover; undefined when two overlap (exceljs refuses the file) or a range is not plain A1:B2.
 */
function coveredCells(mergeCells: readonly unknown[] | undefined): Covered | undefined {
  const merges: MergedRange[] = [];
  const cells = new Map<number, CoveredLine>();
  let lastCoveredRow = -1;
  let count = 0;
  for (const text of mergeCells ?? []) {
    const m = typeof text === 'string' ? RANGE.exec(text) : null;
    if (m === null) return undefined;
    const a = { row: Number(m[2]), col: columnOf(`${m[1]}1`) };
    const b = { row: Number(m[4]), col: columnOf(`${m[3]}1`) };
    if (a.col === 0 || b.col === 0) return undefined;
    const top = Math.min(a.row, b.row) - 1;
    const left = Math.min(a.col, b.col) - 1;
    const bottom = Math.max(a.row, b.row) - 1;
    const right = Math.max(a.col, b.col) - 1;
    count += (bottom - top + 1) * (right - left + 1);
    if (count > MAX_MERGED_CELLS) return undefined;
    for (let r = top; r <= bottom; r++) {
      let line = cells.get(r);
      if (line === undefined) {
        line = { columns: new Map(), covers: false };
        cells.set(r, line);
      }
      for (let c = left; c <= right; c++) {
        if (line.columns.has(c)) return undefined;
        const master = r === top && c === left;
        line.columns.set(c, master ? MASTER : COVERED);
        if (!master) {
          line.covers = true;
          if (r > lastCoveredRow) lastCoveredRow = r;
        }
      }
    }
    merges.push({ top, left, bottom, right });
  }
  return { merges, cells, lastCoveredRow };
}
