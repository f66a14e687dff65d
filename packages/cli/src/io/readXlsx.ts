import { err, ok, type Problem, type Result } from '@kyodo/core';
import type { Grid, Workbook } from '@kyodo/sheets';
import type ExcelJS from 'exceljs';
import { excelParts, type XlsxModel } from './excelParts.js';
import { ioMessages } from './ioMessages.js';
import { modelToGrid, type WorksheetModel } from './modelToGrid.js';
import { worksheetToGrid } from './worksheetToGrid.js';

/** An xlsx workbook read: as a Workbook of grids, and, when asked, as exceljs has it (for annotated copies). */
export interface XlsxRead {
  readonly workbook: Workbook;
  readonly excel?: ExcelJS.Workbook;
}

/**
 * Read the bytes of an .xlsx file with exceljs into grids (issue 6 item 1). A file that is not
 * a zip (a renamed file), an Excel 97-2003 or password-protected file (an OLE container), a
 * truncated or damaged zip, and a zip that is not a workbook are each one problem naming the
 * file (`label`) and why. With keepExcel the workbook as exceljs reads it comes too.
 *
 * exceljs parses the file into a model, then builds a Row and a Cell object for every cell;
 * the grids are read from the model (modelToGrid), so a validation alone never builds those
 * objects (issue 6: time and memory on a large register). The Workbook is still made from
 * the model (without its rows unless kept), so sheet names and order, and whatever exceljs
 * refuses, stay exactly as exceljs has them.
 */
export async function readXlsx(
  bytes: Uint8Array,
  label: string,
  name: string,
  options: { readonly keepExcel?: boolean } = {},
): Promise<Result<XlsxRead>> {
  const fail = (problem: Problem): Result<XlsxRead> => err(problem);
  const path = [label];
  const damaged = (error: unknown): Result<XlsxRead> =>
    fail(ioMessages.problem('io.damaged-workbook', { file: label, reason: firstLine(error) }, { path }));
  if (isOle(bytes)) return fail(ioMessages.problem('io.legacy-xls', { file: label }, { path }));
  if (!isZip(bytes)) return fail(ioMessages.problem('io.not-a-workbook', { file: label }, { path }));
  const { Workbook, parse } = await excelParts();
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let model: XlsxModel | undefined;
  try {
    model = await parse(buffer);
  } catch (error) {
    return damaged(error);
  }
  let excel = new Workbook();
  const keep = options.keepExcel === true;
  let sheets: Grid[] | undefined;
  if (model !== undefined) {
    const loaded = model;
    const rows = loaded.worksheets.map((w) => ({ rows: w.rows, mergeCells: w.mergeCells }));
    if (!keep) {
      for (const w of loaded.worksheets) {
        w.rows = [];
        w.mergeCells = [];
      }
    }
    try {
      excel.model = loaded as never;
      sheets = gridsOf(excel, loaded.worksheets, rows);
    } catch (error) {
      // With its rows, the Workbook failed as xlsx.load would have; without, exceljs says why.
      if (keep) return damaged(error);
    }
  }
  if (sheets === undefined) {
    // Something modelToGrid does not vouch for: exceljs reads the file whole, as it always did.
    excel = new Workbook();
    try {
      await excel.xlsx.load(buffer as never);
    } catch (error) {
      return damaged(error);
    }
    sheets = excel.worksheets.map(worksheetToGrid);
  }
  if (excel.worksheets.length === 0) {
    // A zip with no workbook part (a .docx renamed) loads as an empty workbook.
    return fail(ioMessages.problem('io.not-a-workbook', { file: label }, { path }));
  }
  return ok({ workbook: { name, sheets }, ...(keep ? { excel } : {}) });
}

/**
 * The grids of the workbook's worksheets, in its tab order, each from the last model with its
 * id (the one exceljs keeps); undefined when one of them is left to exceljs.
 */
function gridsOf(
  excel: ExcelJS.Workbook,
  models: readonly WorksheetModel[],
  rows: readonly Pick<WorksheetModel, 'rows' | 'mergeCells'>[],
): Grid[] | undefined {
  const byId = new Map<unknown, number>();
  models.forEach((m, i) => {
    byId.set(m.id, i);
  });
  const sheets: Grid[] = [];
  for (const worksheet of excel.worksheets) {
    const i = byId.get(worksheet.id);
    const content = i === undefined ? undefined : rows[i];
    if (content === undefined) return undefined;
    const grid = modelToGrid(worksheet.name, { rows: content.rows, mergeCells: content.mergeCells });
    if (grid === undefined) return undefined;
    sheets.push(grid);
  }
  return sheets;
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
