import { err, ok, type Result } from '@kyodo/core';
import { type CellValue, columnLetter, type Workbook } from '@kyodo/sheets';
import { decodeText, type TextEncodingName } from './decodeText.js';
import { ioMessages } from './ioMessages.js';
import { type CsvDelimiter, parseCsv } from './parseCsv.js';
import { sheetNameOf } from './sheetNameOf.js';

/** A CSV file read: one sheet named after the file, every cell text, the encoding and separator found. */
export interface CsvRead {
  readonly workbook: Workbook;
  readonly encoding: TextEncodingName;
  readonly delimiter: CsvDelimiter;
}

/**
 * Read the bytes of a .csv file into a one-sheet Workbook (docs/cli.md): the encoding detected
 * (UTF-16 as Excel's 「Unicode テキスト」 saves it, UTF-8 with or without BOM, else
 * Shift_JIS/CP932), the separator detected (comma, tab or semicolon), RFC 4180 fields; every
 * cell is text as written (an empty field is an empty cell). What cannot be read is one problem
 * naming the file and the place: bytes that are not text in any encoding (the row, the cell and
 * the bytes), a NUL character (the row and cell), a quote never closed (the line it opened on).
 * `label` names the file in problems; `name` is the workbook's and the sheet's name.
 */
export function readCsv(bytes: Uint8Array, label: string, name: string): Result<CsvRead> {
  const path = [label];
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    if (decoded.kind === 'binary') return err(ioMessages.problem('io.binary-csv', { file: label }, { path }));
    const place = placeOf(decoded.text, '\uFFFD');
    return err(
      ioMessages.problem(
        'io.invalid-bytes',
        {
          file: label,
          encoding: decoded.encoding === 'utf-8' ? 'UTF-8' : 'Shift_JIS',
          row: place.row,
          cell: place.cell,
          bytes: decoded.bytes.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' '),
          offset: decoded.offset,
        },
        { path },
      ),
    );
  }
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok)
    return err(
      ioMessages.problem('io.unclosed-quote', { file: label, row: parsed.unclosedQuoteLine }, { path }),
    );
  if (decoded.text.includes('\u0000')) {
    const place = placeIn(parsed.rows, '\u0000');
    return err(
      ioMessages.problem('io.nul-in-csv', { file: label, row: place.row, cell: place.cell }, { path }),
    );
  }
  const values: CellValue[][] = parsed.rows.map((row) => row.map((cell) => (cell === '' ? null : cell)));
  const sheetName = sheetNameOf(name.replace(/\.csv$/i, ''));
  return ok({
    workbook: { name, sheets: [{ name: sheetName, values }] },
    encoding: decoded.encoding,
    delimiter: parsed.delimiter,
  });
}

/** The row (1-based) and A1 cell of the first cell holding `mark`, in text parsed as CSV. */
function placeOf(text: string, mark: string): { row: number; cell: string } {
  const parsed = parseCsv(text);
  if (parsed.ok) return placeIn(parsed.rows, mark);
  // A quote never closed in damaged text: the line, counted as an editor counts it.
  const before = text.slice(0, Math.max(0, text.indexOf(mark)));
  const row = (before.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
  return { row, cell: '' };
}

function placeIn(rows: readonly (readonly string[])[], mark: string): { row: number; cell: string } {
  for (let r = 0; r < rows.length; r++) {
    const c = rows[r]?.findIndex((v) => v.includes(mark)) ?? -1;
    if (c >= 0) return { row: r + 1, cell: `${columnLetter(c)}${r + 1}` };
  }
  return { row: 1, cell: '' };
}
