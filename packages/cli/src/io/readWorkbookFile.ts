import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { err, ok, type Result } from '@kyodo/core';
import type { Workbook } from '@kyodo/sheets';
import { fileSignatureOf } from '../xlsx/fileSignatureOf.js';
import type { TextEncodingName } from './decodeText.js';
import { ioMessages } from './ioMessages.js';
import type { CsvDelimiter } from './parseCsv.js';
import { readCsv } from './readCsv.js';
import { readXlsx } from './readXlsx.js';

/** A workbook file read: its grids, its format, and what was needed to read it. */
export interface WorkbookFile {
  /** The path as given. */
  readonly path: string;
  readonly format: 'xlsx' | 'csv';
  readonly workbook: Workbook;
  /** For CSV: the encoding detected. */
  readonly encoding?: TextEncodingName;
  /** For CSV: the field separator detected. */
  readonly delimiter?: CsvDelimiter;
  /** For xlsx with keepBytes: the file's bytes as read (the annotated copy is made from them). */
  readonly bytes?: Uint8Array;
  /** Size in bytes. */
  readonly size: number;
}

/** How a workbook file is read. */
export interface WorkbookFileOptions {
  /** Keep an .xlsx's bytes, for an annotated copy. */
  readonly keepBytes?: boolean;
  /** How many MB an .xlsx's parts may hold unzipped (--unzip-limit). */
  readonly unzipLimitMb?: number;
}

/**
 * Read a workbook file (docs/cli.md "Files it reads"): .xlsx / .xlsm (readXlsx: values, cached formula
 * results, dates as the day shown, merged ranges, notes) or .csv (UTF-8 with or without BOM,
 * or Shift_JIS, detected). Every failure — a missing file, a folder, an empty file, an unknown
 * extension, a damaged or truncated workbook, a file that is not a workbook — is one problem
 * whose message names the file and says why, in Japanese and English. Never throws for a file.
 *
 * @example
 * const read = await readWorkbookFile('examples/ichinoseki.xlsx');
 * if (read.ok) read.value.workbook.sheets.map((s) => s.name) //=> ['協働事業一覧', …]
 */
export async function readWorkbookFile(
  path: string,
  options: WorkbookFileOptions = {},
): Promise<Result<WorkbookFile>> {
  const file = path;
  const where = { path: [file] };
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return err(ioMessages.problem('io.not-a-file', { file }, where));
    size = info.size;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      return err(ioMessages.problem('io.missing-file', { file }, where));
    return err(ioMessages.problem('io.unreadable', { file, reason: code ?? String(error) }, where));
  }
  const extension = extname(path).toLowerCase();
  if (extension === '.ods') return err(ioMessages.problem('io.ods', { file }, where));
  if (extension !== '.xlsx' && extension !== '.xlsm' && extension !== '.xls' && extension !== '.csv')
    return err(ioMessages.problem('io.unknown-extension', { file, extension }, where));
  if (size === 0) return err(ioMessages.problem('io.empty-file', { file }, where));
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return err(ioMessages.problem('io.unreadable', { file, reason: code ?? String(error) }, where));
  }
  const name = basename(path);
  if (extension === '.csv') {
    const read = readCsv(bytes, file, name);
    if (!read.ok) return read;
    return ok({
      path,
      format: 'csv',
      workbook: read.value.workbook,
      encoding: read.value.encoding,
      delimiter: read.value.delimiter,
      size,
    });
  }
  // An .xls is an Excel 97-2003 workbook, unless its bytes say it is a protected workbook or
  // an .xlsx under another name (then it is read as what it is).
  if (extension === '.xls' && !['zip', 'encrypted'].includes(fileSignatureOf(bytes)))
    return err(ioMessages.problem('io.legacy-xls', { file }, where));
  const read = await readXlsx(bytes, file, name, {
    ...(options.unzipLimitMb === undefined ? {} : { unzipLimitMb: options.unzipLimitMb }),
  });
  if (!read.ok) return read;
  return ok({
    path,
    format: 'xlsx',
    workbook: read.value,
    ...(options.keepBytes === true ? { bytes } : {}),
    size,
  });
}
