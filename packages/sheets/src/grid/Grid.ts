/**
 * A sheet as any source gives it (Google Sheets, xlsx, csv), before any interpretation:
 * what the user sees in each cell, its notes and its merged ranges, with A1 positions kept.
 * Adapters (the add-on, the CLI) fill it; everything after works on grids alone.
 */

/**
 * A date cell, already turned into the calendar day the user sees in the sheet by the adapter
 * that knows the source's time zone (Sheets: the spreadsheet's zone; xlsx: the serial's day).
 */
export interface CellDate {
  readonly kind: 'date';
  /** 'YYYY-MM-DD', or 'YYYY-MM-DDTHH:mm:ss' when the cell holds a time too. */
  readonly iso: string;
}

/** A spreadsheet error value: '#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'. */
export interface CellError {
  readonly kind: 'error';
  readonly code: string;
}

/** One cell's value: text, a number, a boolean, a date, an error value, or empty (null). */
export type CellValue = string | number | boolean | null | CellDate | CellError;

/** A merged range, 0-based and inclusive: rows top..bottom, columns left..right. */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * One sheet. values[r][c] is the cell at row r+1, column c+1 as the user sees it (A1 is
 * values[0][0]); rows may be ragged, a missing cell is empty. notes, when given, has the same
 * shape, '' for a cell with no note.
 */
export interface Grid {
  readonly name: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly notes?: readonly (readonly string[])[];
  readonly merges?: readonly MergedRange[];
}

/** A workbook: its sheets in tab order, and where it came from (a file name, a document title). */
export interface Workbook {
  readonly name: string;
  readonly sheets: readonly Grid[];
}
