import { createRequire } from 'node:module';
import { inflateRawSync } from 'node:zlib';
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
 * pay for them). Three savings on a large file (issue 6), none changing what is read: only the
 * Workbook's module is loaded, not the package's index, which also loads the streaming reader
 * and writer (a fifth of a second); the parts are inflated by Node's zlib (nativeInflate); the
 * cell step of reconcile skips lookups that cannot find anything (quickReconcile). Should a
 * later exceljs or jszip lay its files out otherwise, each saving falls away on its own and
 * exceljs reads as it always does.
 */
export async function excelParts(): Promise<ExcelParts> {
  const require = createRequire(import.meta.url);
  let Workbook: typeof ExcelJS.Workbook;
  let CellXform: CellXformClass | undefined;
  let inflate: Inflate | undefined;
  try {
    Workbook = (require('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook | undefined) ?? fail();
    CellXform = require('exceljs/lib/xlsx/xform/sheet/cell-xform.js') as CellXformClass;
    if (typeof CellXform?.prototype?.reconcile !== 'function') CellXform = undefined;
  } catch {
    Workbook = (await import('exceljs')).default.Workbook;
    CellXform = undefined;
  }
  try {
    // jszip as exceljs finds it (its dependency, not this package's).
    inflate = nativeInflate(createRequire(require.resolve('exceljs/lib/xlsx/xlsx.js')));
  } catch {
    inflate = undefined;
  }
  const Reader = new Workbook().xlsx.constructor as XlsxReader;
  const load = async (buffer: Buffer, quick: boolean): Promise<XlsxModel | undefined> => {
    let model: XlsxModel | undefined;
    const reader = new Reader({
      set model(value: unknown) {
        model = value as XlsxModel;
      },
    });
    if (quick && CellXform !== undefined)
      reader.reconcile = quickReconcile(Reader.prototype.reconcile, CellXform);
    const restore = quick ? inflate?.swapIn() : undefined;
    try {
      await reader.load(buffer);
    } finally {
      restore?.();
    }
    return model;
  };
  return {
    Workbook,
    async parse(buffer) {
      try {
        return await load(buffer, true);
      } catch {
        // A damaged file: read again exactly as exceljs does, so that it fails as exceljs says.
        return load(buffer, false);
      }
    },
  };
}

/** jszip's inflate step, which can be swapped for Node's own zlib while a file is parsed. */
interface Inflate {
  /** Swap Node's zlib in; returns the function that puts jszip's own inflate back. */
  swapIn(): () => void;
}

/** The size of the pieces inflated data is handed on in (pako's). */
const PIECE = 64 * 1024;

/** A jszip stream worker (lib/stream/GenericWorker.js). */
interface JsZipWorker {
  push(chunk: { data: Uint8Array; meta: unknown }): void;
  flush(): void;
  error(e: unknown): boolean;
}

/**
 * jszip inflates the xlsx parts with pako, in JavaScript; Node's zlib gives the same bytes
 * several times faster (issue 6: a third of a second for a 50,000-row register). The worker
 * jszip makes for a deflated part is swapped, while one file is parsed, for one that gathers
 * the compressed bytes and inflates them at once with zlib. undefined when jszip is not laid
 * out as expected.
 */
function nativeInflate(require: NodeJS.Require): Inflate | undefined {
  const flate = require('jszip/lib/flate') as { uncompressWorker?: () => unknown };
  const GenericWorker = require('jszip/lib/stream/GenericWorker') as new (name: string) => JsZipWorker;
  const original = flate.uncompressWorker;
  if (typeof original !== 'function' || typeof GenericWorker !== 'function') return undefined;
  class ZlibInflate extends GenericWorker {
    private chunks: Uint8Array[] = [];
    private meta: unknown = {};
    constructor() {
      super('ZlibInflate');
    }
    processChunk(chunk: { data: unknown; meta: unknown }): void {
      this.meta = chunk.meta;
      const data = chunk.data;
      this.chunks.push(data instanceof Uint8Array ? data : Buffer.from(data as string, 'binary'));
    }
    override flush(): void {
      super.flush();
      const chunks = this.chunks;
      this.chunks = [];
      if (chunks.length === 0) return;
      let out: Buffer;
      try {
        out = inflateRawSync(chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks));
      } catch (error) {
        this.error(error);
        return;
      }
      // Handed on in pieces, as pako does: the steps after (text decoding) then work on small pieces.
      for (let at = 0; at < out.byteLength; at += PIECE)
        this.push({
          data: new Uint8Array(out.buffer, out.byteOffset + at, Math.min(PIECE, out.byteLength - at)),
          meta: this.meta,
        });
    }
  }
  return {
    swapIn() {
      flate.uncompressWorker = () => new ZlibInflate();
      return () => {
        flate.uncompressWorker = original;
      };
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
