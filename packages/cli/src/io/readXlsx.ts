import { getHeapStatistics } from 'node:v8';
import { err, ok, type Problem, type Result } from '@kyodo/core';
import type { Workbook } from '@kyodo/sheets';
import yazl from 'yazl';
import { fileSignatureOf } from '../xlsx/fileSignatureOf.js';
import { openPackage, type XlsxPackage } from '../xlsx/openPackage.js';
import { partForExceljs } from '../xlsx/partForExceljs.js';
import { DEFAULT_UNZIP_LIMIT_MB, MB, MEMORY_PER_UNZIPPED_BYTE } from '../xlsx/unzipLimit.js';
import { ioMessages } from './ioMessages.js';
import { worksheetToGrid } from './worksheetToGrid.js';

/** How an .xlsx is read. */
export interface XlsxReadOptions {
  /** How many MB its parts may hold unzipped (--unzip-limit); DEFAULT_UNZIP_LIMIT_MB when not given. */
  readonly unzipLimitMb?: number;
}

/**
 * Worksheet elements exceljs need not parse to give the cells, merged ranges and notes
 * (`ignoreNodes`, exceljs's documented read option): skipping them is faster and spares
 * kyodo whatever exceljs cannot parse there (the annotated copy keeps them all, from the file).
 */
const IGNORED_NODES = [
  'sheetPr',
  'dimension',
  'sheetViews',
  'sheetFormatPr',
  'cols',
  'autoFilter',
  'rowBreaks',
  'pageMargins',
  'dataValidations',
  'pageSetup',
  'headerFooter',
  'printOptions',
  'picture',
  'drawing',
  'sheetProtection',
  'tableParts',
  'conditionalFormatting',
  'extLst',
];

/**
 * Read the bytes of an .xlsx file into grids (docs/cli.md, 読めるファイル): values, cached
 * formula results (0 and FALSE too), dates as the day shown, merged ranges, notes, rich text,
 * shared strings and error values, through exceljs's documented API only (Workbook.xlsx.load,
 * Worksheet.eachRow, Cell.type/value/result/note/isMerged/master).
 *
 * Before exceljs sees the file, kyodo opens the zip itself (yauzl): each part is inflated by
 * Node's zlib, never past the size its entry declares nor past the unzip limit in all, and the
 * parts are handed to exceljs in a zip that stores them uncompressed, so that nothing exceljs
 * does can inflate a zip bomb. One problem naming the file, and why, for: a password-protected
 * workbook, an Excel 97-2003 file, an OpenDocument spreadsheet, a zip over the unzip limit, a
 * truncated or damaged zip, a zip or a file that is not a workbook, and a workbook that needs
 * more memory than Node may use (MEMORY_PER_UNZIPPED_BYTE times its unzipped size).
 */
export async function readXlsx(
  bytes: Uint8Array,
  label: string,
  name: string,
  options: XlsxReadOptions = {},
): Promise<Result<Workbook>> {
  const fail = (problem: Problem): Result<Workbook> => err(problem);
  const path = [label];
  const file = label;
  const damaged = (error: unknown): Result<Workbook> =>
    fail(ioMessages.problem('io.damaged-workbook', { file, reason: firstLine(error) }, { path }));
  switch (fileSignatureOf(bytes)) {
    case 'encrypted':
      return fail(ioMessages.problem('io.encrypted', { file }, { path }));
    case 'xls':
      return fail(ioMessages.problem('io.legacy-xls', { file }, { path }));
    case 'zip':
      break;
    default:
      return fail(ioMessages.problem('io.not-a-workbook', { file }, { path }));
  }
  const limit = (options.unzipLimitMb ?? DEFAULT_UNZIP_LIMIT_MB) * MB;
  const opened = await openPackage(bytes, label, limit);
  if (!opened.ok) return opened;
  const pkg = opened.value;
  // A workbook that cannot be read within the memory Node may use stops here, in one line,
  // rather than running out of memory half-way.
  const needed = pkg.totalSize * MEMORY_PER_UNZIPPED_BYTE;
  const heap = getHeapStatistics().heap_size_limit;
  if (needed > heap)
    return fail(
      ioMessages.problem(
        'io.too-large-for-memory',
        {
          file,
          megabytes: Math.ceil(pkg.totalSize / MB),
          needMb: Math.ceil(needed / MB / 1024) * 1024,
          haveMb: Math.floor(heap / MB),
        },
        { path },
      ),
    );
  let stored: Buffer;
  try {
    if (await isOpenDocument(pkg)) return fail(ioMessages.problem('io.ods', { file }, { path }));
    // exceljs reads the workbook from this part (ECMA-376 Part 1 §12.3.23): a zip without it
    // (a .docx renamed) is not a workbook.
    if (!pkg.has('xl/workbook.xml')) return fail(ioMessages.problem('io.not-a-workbook', { file }, { path }));
    stored = await storedCopy(pkg);
  } catch (error) {
    // A part that inflates past what it declares, or whose data is damaged.
    return damaged(error);
  }
  const { default: Excel } = await import('exceljs');
  const excel = new Excel.Workbook();
  try {
    await excel.xlsx.load(stored as never, { ignoreNodes: IGNORED_NODES } as never);
  } catch (error) {
    return damaged(error);
  }
  if (excel.worksheets.length === 0) return fail(ioMessages.problem('io.not-a-workbook', { file }, { path }));
  return ok({ name, sheets: excel.worksheets.map(worksheetToGrid) });
}

/** An OpenDocument package names its type in its first part, mimetype (ODF 1.2 Part 3 §3.3). */
async function isOpenDocument(pkg: XlsxPackage): Promise<boolean> {
  if (!pkg.has('mimetype') || pkg.sizeOf('mimetype') > 200) return false;
  const type = (await pkg.read('mimetype')).toString('latin1').trim();
  return type.startsWith('application/vnd.oasis.opendocument');
}

/** The package's parts, inflated, in a zip that stores them as they are (yazl, compress: false). */
async function storedCopy(pkg: XlsxPackage): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
  for (const name of pkg.names)
    zip.addBuffer(partForExceljs(name, await pkg.read(name)), name, { compress: false });
  zip.end();
  return done;
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
