import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { excelParts } from './excelParts.js';

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

  it('rejects a damaged file as xlsx.load does, and leaves the cell reader as it was', async () => {
    const before = CellXform.prototype.reconcile;
    const { parse } = await excelParts();
    await expect(parse(Buffer.from('PK\u0003\u0004 not a zip'))).rejects.toThrow();
    expect(CellXform.prototype.reconcile).toBe(before);
  });
});
