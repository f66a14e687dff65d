import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelParts } from './excelParts.js';

const fromExcel = createRequire(createRequire(import.meta.url).resolve('exceljs/lib/xlsx/xlsx.js'));
const flate = fromExcel('jszip/lib/flate') as { uncompressWorker: unknown };
const CellXform = createRequire(import.meta.url)('exceljs/lib/xlsx/xform/sheet/cell-xform.js') as {
  prototype: { reconcile: unknown };
};

describe('excelParts', () => {
  it("parses an xlsx file into exceljs's model, and leaves exceljs's cell reader as it was", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('一覧');
    ws.getCell('A1').value = '事業名';
    ws.getCell('A2').value = '花いっぱい運動';
    ws.getCell('B2').value = { formula: 'LEN(A2)', result: 7 };
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const before = CellXform.prototype.reconcile;
    const { Workbook, parse } = await excelParts();
    expect(Workbook).toBe(ExcelJS.Workbook);
    const model = await parse(bytes);
    expect(CellXform.prototype.reconcile).toBe(before);
    const rows = model?.worksheets[0]?.rows;
    expect(rows?.map((r) => r.number)).toEqual([1, 2]);
    // Shared strings resolved, the formula's cached result kept, each cell's address kept.
    expect(rows?.[1]?.cells).toMatchObject([
      { address: 'A2', value: '花いっぱい運動' },
      { address: 'B2', formula: 'LEN(A2)', result: 7 },
    ]);
  });

  it('rejects a damaged file as xlsx.load does, and leaves the cell reader and inflate as they were', async () => {
    const before = CellXform.prototype.reconcile;
    const inflate = flate.uncompressWorker;
    const { parse } = await excelParts();
    await expect(parse(Buffer.from('PK\u0003\u0004 not a zip'))).rejects.toThrow();
    // A sheet whose compressed bytes are damaged half-way: the same failure as exceljs's own.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('一覧');
    for (let r = 1; r <= 2000; r++) ws.addRow([r, `協働事業${r}`, r * 1000]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const at = bytes.indexOf('xl/worksheets/sheet1.xml') + 4000;
    for (let i = 0; i < 64; i++) bytes[at + i] = 0xff;
    const expected = await new ExcelJS.Workbook().xlsx.load(bytes as never).then(
      () => 'read',
      (error: Error) => error.message,
    );
    expect(expected).not.toBe('read');
    await expect(parse(bytes)).rejects.toThrow(expected);
    expect(CellXform.prototype.reconcile).toBe(before);
    expect(flate.uncompressWorker).toBe(inflate);
  });

  it("inflates with Node's zlib the same bytes jszip's pako does, and puts jszip's inflate back", async () => {
    const inflate = flate.uncompressWorker;
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('協働事業一覧');
    // Large enough for many 16 KB input pieces and 64 KB output pieces.
    for (let r = 1; r <= 20000; r++)
      ws.addRow([r, `協働事業${r}`, `団体${r % 900}`, r * 1000, new Date(Date.UTC(2024, r % 12, 1))]);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const model = await (await excelParts()).parse(bytes);
    expect(flate.uncompressWorker).toBe(inflate);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(bytes as never);
    const sheet = excel.getWorksheet('協働事業一覧');
    const rows = model?.worksheets[0]?.rows ?? [];
    expect(rows.length).toBe(20000);
    for (const r of [1, 9999, 20000]) {
      expect(rows[r - 1]?.cells.map((c) => c.value)).toEqual(
        ((sheet?.getRow(r).values ?? []) as unknown[]).slice(1),
      );
    }
  });
});
