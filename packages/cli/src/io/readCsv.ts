import { err, ok, type Result } from '@kyodo/core';
import type { CellValue, Workbook } from '@kyodo/sheets';
import { decodeText, type TextEncodingName } from './decodeText.js';
import { ioMessages } from './ioMessages.js';
import { parseCsv } from './parseCsv.js';
import { sheetNameOf } from './sheetNameOf.js';

/** A CSV file read: one sheet named after the file, every cell text, and the encoding found. */
export interface CsvRead {
  readonly workbook: Workbook;
  readonly encoding: TextEncodingName;
}

/**
 * Read the bytes of a .csv file into a one-sheet Workbook (issue 6 item 1): the encoding
 * detected (UTF-8 with or without BOM, else Shift_JIS/CP932), RFC 4180 fields; every cell is
 * text as written (an empty field is an empty cell). `label` names the file in problems;
 * `name` is the workbook's and the sheet's name.
 */
export function readCsv(bytes: Uint8Array, label: string, name: string): Result<CsvRead> {
  const path = [label];
  const utf16 = bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe;
  if (!utf16 && looksBinary(bytes))
    return err(ioMessages.problem('io.binary-csv', { file: label }, { path }));
  const decoded = decodeText(bytes);
  if (decoded === undefined) return err(ioMessages.problem('io.unknown-encoding', { file: label }, { path }));
  const parsed = parseCsv(decoded.text);
  if (!parsed.ok)
    return err(
      ioMessages.problem('io.unclosed-quote', { file: label, row: parsed.unclosedQuoteLine }, { path }),
    );
  const values: CellValue[][] = parsed.rows.map((row) => row.map((cell) => (cell === '' ? null : cell)));
  const sheetName = sheetNameOf(name.replace(/\.csv$/i, ''));
  return ok({ workbook: { name, sheets: [{ name: sheetName, values }] }, encoding: decoded.encoding });
}

/** NUL bytes never occur in UTF-8 or Shift_JIS text: a zip, an image or a UTF-16 file has them. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
