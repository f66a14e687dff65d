import { err, ok, type Problem, type Result } from '@kyodo/core';
import type { Workbook } from '@kyodo/sheets';
import type ExcelJS from 'exceljs';
import { ioMessages } from './ioMessages.js';
import { worksheetToGrid } from './worksheetToGrid.js';

/** An xlsx workbook read: as a Workbook of grids, and as exceljs has it (for annotated copies). */
export interface XlsxRead {
  readonly workbook: Workbook;
  readonly excel: ExcelJS.Workbook;
}

/**
 * Read the bytes of an .xlsx file with exceljs into grids (issue 6 item 1). A file that is not
 * a zip (a renamed file), an Excel 97-2003 or password-protected file (an OLE container), a
 * truncated or damaged zip, and a zip that is not a workbook are each one problem naming the
 * file (`label`) and why.
 */
export async function readXlsx(bytes: Uint8Array, label: string, name: string): Promise<Result<XlsxRead>> {
  const fail = (problem: Problem): Result<XlsxRead> => err(problem);
  const path = [label];
  if (isOle(bytes)) return fail(ioMessages.problem('io.legacy-xls', { file: label }, { path }));
  if (!isZip(bytes)) return fail(ioMessages.problem('io.not-a-workbook', { file: label }, { path }));
  // Loaded here, not at start-up: subsidy, profiles and help never pay for it.
  const { default: Excel } = await import('exceljs');
  const excel = new Excel.Workbook();
  try {
    await excel.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    const reason = firstLine(error);
    return fail(ioMessages.problem('io.damaged-workbook', { file: label, reason }, { path }));
  }
  if (excel.worksheets.length === 0) {
    // A zip with no workbook part (a .docx renamed) loads as an empty workbook.
    return fail(ioMessages.problem('io.not-a-workbook', { file: label }, { path }));
  }
  const sheets = excel.worksheets.map(worksheetToGrid);
  return ok({ workbook: { name, sheets }, excel });
}

function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
  );
}

function isOle(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b);
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const line = text.split('\n')[0] ?? '';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
