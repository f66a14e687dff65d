import { createRequire } from 'node:module';
import { err, ok, type Problem, type Result } from '@kyodo/core';
import type { Grid, Workbook } from '@kyodo/sheets';
import type ExcelJS from 'exceljs';
import { ioMessages } from './ioMessages.js';
import { modelToGrid, type WorksheetModel } from './modelToGrid.js';
import { worksheetToGrid } from './worksheetToGrid.js';

/** An xlsx workbook read: as a Workbook of grids, and, when asked, as exceljs has it (for annotated copies). */
export interface XlsxRead {
  readonly workbook: Workbook;
  readonly excel?: ExcelJS.Workbook;
}

/** exceljs's xlsx reader, made for a workbook whose `model` it sets once the file is parsed. */
interface XlsxReader {
  new (workbook: { model: unknown }): XlsxReaderInstance;
  readonly prototype: XlsxReaderInstance;
}

interface XlsxReaderInstance {
  load(data: Buffer): Promise<unknown>;
  /** Resolves the parsed parts into each other (shared strings, styles, links, notes): synchronous. */
  reconcile: (model: unknown, options: unknown) => void;
}

/** What exceljs's cell reconcile is handed for each cell: the parts of its sheet. */
interface CellReconcileOptions {
  readonly hyperlinkMap?: object;
  readonly commentsMap?: object;
}

type CellReconcile = (
  this: unknown,
  model: { address?: unknown; shareType?: unknown; ref?: unknown },
  options: CellReconcileOptions,
) => void;

/** exceljs's own cell reader: the class xlsx.load uses (the same module of the same package). */
interface CellXformClass {
  readonly prototype: { reconcile: CellReconcile };
}

/**
 * exceljs's reconcile, with its cell step spared two lookups that cost more than anything else
 * it does for a cell (issue 6): for every cell it looks its address up in the sheet's links and
 * notes, and an address string fresh from the XML parser is slow to look up (about 0.5 µs). In
 * a sheet with no links and no notes both lookups find nothing, so there the cell is
 * reconciled with its address set aside (the lookups then find nothing at once); the master
 * of a shared formula keeps it, since exceljs records it. The cell step is swapped in only
 * for this synchronous call, so no other reading of any workbook ever sees it.
 */
function quickReconcile(
  reconcile: XlsxReaderInstance['reconcile'],
  CellXform: CellXformClass,
): XlsxReaderInstance['reconcile'] {
  return function (this: XlsxReaderInstance, model: unknown, options: unknown): void {
    const cell = CellXform.prototype;
    const original = cell.reconcile;
    let links: object | undefined;
    let notes: object | undefined;
    let none = false;
    cell.reconcile = function (this: unknown, m, o) {
      if (o.hyperlinkMap !== links || o.commentsMap !== notes) {
        links = o.hyperlinkMap;
        notes = o.commentsMap;
        none = isEmpty(links) && isEmpty(notes);
      }
      if (!none || (m.shareType === 'shared' && m.ref)) return original.call(this, m, o);
      const address = m.address;
      m.address = undefined;
      try {
        original.call(this, m, o);
      } finally {
        m.address = address;
      }
    };
    try {
      reconcile.call(this, model, options);
    } finally {
      cell.reconcile = original;
    }
  };
}

function isEmpty(map: object | undefined): boolean {
  return map === undefined || map === null || Object.keys(map).length === 0;
}

/** What xlsx.load hands over to the Workbook: its worksheets' models, and the rest. */
interface LoadedModel {
  worksheets: WorksheetModel[];
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
  // Loaded here, not at start-up: subsidy, profiles and help never pay for it.
  const { default: Excel } = await import('exceljs');
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let excel = new Excel.Workbook();
  let model: LoadedModel | undefined;
  const Reader = excel.xlsx.constructor as XlsxReader;
  const reader = new Reader({
    set model(value: unknown) {
      model = value as LoadedModel;
    },
  });
  const CellXform = createRequire(import.meta.url)(
    'exceljs/lib/xlsx/xform/sheet/cell-xform.js',
  ) as CellXformClass;
  reader.reconcile = quickReconcile(Reader.prototype.reconcile, CellXform);
  try {
    await reader.load(buffer);
  } catch (error) {
    return damaged(error);
  }
  const keep = options.keepExcel === true;
  let sheets: Grid[] | undefined;
  if (model !== undefined) {
    const loaded: LoadedModel = model;
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
    excel = new Excel.Workbook();
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
