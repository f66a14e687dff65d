import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';
import type { WorksheetModel } from './modelToGrid.js';

/** What exceljs's xlsx.load hands over to its Workbook: the worksheets' models, and the rest. */
export interface XlsxModel {
  worksheets: WorksheetModel[];
}

/** The parts of exceljs the xlsx reading uses. */
export interface ExcelParts {
  readonly Workbook: typeof ExcelJS.Workbook;
  /**
   * Parse an .xlsx file as xlsx.load does, up to the model it would hand over to a Workbook
   * (rejects as xlsx.load does on a damaged file); the Workbook is not built.
   */
  parse(buffer: Buffer): Promise<XlsxModel | undefined>;
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

/** exceljs's cell reader class (lib/xlsx/xform/sheet/cell-xform.js). */
interface CellXformClass {
  readonly prototype: { reconcile: CellReconcile };
}

/**
 * exceljs's Workbook and its xlsx parser, loaded on first use (subsidy, profiles and help never
 * pay for them). Only the Workbook's module is loaded, not the package's index, which also
 * loads the streaming reader and writer (a fifth of a second at start-up; issue 6). Should a
 * later exceljs lay its files out otherwise, the package's index and plain reconcile are used.
 */
export async function excelParts(): Promise<ExcelParts> {
  const require = createRequire(import.meta.url);
  let Workbook: typeof ExcelJS.Workbook;
  let CellXform: CellXformClass | undefined;
  try {
    Workbook = (require('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook | undefined) ?? fail();
    CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform.js') as CellXformClass;
    if (typeof CellXform?.prototype?.reconcile !== 'function') CellXform = undefined;
  } catch {
    Workbook = (await import('exceljs')).default.Workbook;
    CellXform = undefined;
  }
  const Reader = new Workbook().xlsx.constructor as XlsxReader;
  return {
    Workbook,
    async parse(buffer) {
      let model: XlsxModel | undefined;
      const reader = new Reader({
        set model(value: unknown) {
          model = value as XlsxModel;
        },
      });
      if (CellXform !== undefined) reader.reconcile = quickReconcile(Reader.prototype.reconcile, CellXform);
      await reader.load(buffer);
      return model;
    },
  };
}

function fail(): never {
  throw new Error('exceljs/lib/doc/workbook.js has no Workbook');
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
