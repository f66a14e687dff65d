import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { excelParts } from './excelParts.js';
import { modelToGrid, type WorksheetModel } from './modelToGrid.js';
import { readXlsx } from './readXlsx.js';
import { worksheetToGrid } from './worksheetToGrid.js';

/** The worksheet models as kyodo parses them with exceljs, before any Workbook is built. */
async function modelsOf(bytes: Buffer): Promise<WorksheetModel[]> {
  const model = await (await excelParts()).parse(bytes);
  if (model === undefined) throw new Error('no model');
  return model.worksheets;
}

/** A value as exceljs writes it, with the number format a date needs. */
interface Written {
  readonly value: ExcelJS.CellValue;
  readonly numFmt?: string;
}

const anyValue: fc.Arbitrary<Written> = fc.oneof<fc.Arbitrary<Written>[]>(
  fc.integer({ min: -1_000_000, max: 10_000_000 }).map((value) => ({ value })),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((value) => ({ value })),
  fc.constantFrom('令和6年度', '委託', '', ' ', '市民', '100,000円').map((value) => ({ value })),
  fc.boolean().map((value) => ({ value })),
  fc
    .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true })
    .map((d) => ({ value: new Date(Math.round(d.getTime() / 1000) * 1000), numFmt: 'yyyy/mm/dd hh:mm:ss' })),
  fc
    .oneof(fc.constant(0), fc.constant(''), fc.constant(false), fc.integer(), fc.constant('対象'))
    .map((result) => ({ value: { formula: 'A1', result } as ExcelJS.CellValue })),
  fc.constantFrom('#REF!', '#N/A', '#DIV/0!').map((error) => ({ value: { error } as ExcelJS.CellValue })),
  fc.constant({ value: { richText: [{ text: '花いっぱい' }, { text: '運動', font: { bold: true } }] } }),
  fc.constant({ value: { text: '市HP', hyperlink: 'https://example.jp/' } }),
);

const anySheet = fc.record({
  cells: fc.array(
    fc.record({
      row: fc.integer({ min: 1, max: 30 }),
      col: fc.integer({ min: 1, max: 8 }),
      cell: anyValue,
      note: fc.option(fc.constantFrom('当初予算', '要確認'), { nil: undefined }),
    }),
    { maxLength: 60 },
  ),
  merges: fc.array(
    fc.record({
      top: fc.integer({ min: 1, max: 35 }),
      left: fc.integer({ min: 1, max: 10 }),
      height: fc.integer({ min: 0, max: 3 }),
      width: fc.integer({ min: 0, max: 3 }),
    }),
    { maxLength: 6 },
  ),
});

describe('readXlsx (property)', () => {
  it('reads any sheet as exceljs Workbook and worksheetToGrid would, with or without the workbook kept', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anySheet, { minLength: 1, maxLength: 3 }), async (sheets) => {
        const wb = new ExcelJS.Workbook();
        sheets.forEach((sheet, i) => {
          const ws = wb.addWorksheet(`一覧${i + 1}`);
          for (const { row, col, cell, note } of sheet.cells) {
            const target = ws.getCell(row, col);
            target.value = cell.value;
            if (cell.numFmt !== undefined) target.numFmt = cell.numFmt;
            if (note !== undefined) target.note = note;
          }
          for (const m of sheet.merges) {
            try {
              ws.mergeCells(m.top, m.left, m.top + m.height, m.left + m.width);
            } catch {
              // Overlapping ranges: exceljs refuses to write them.
            }
          }
        });
        const bytes = Buffer.from(await wb.xlsx.writeBuffer());
        const excel = new ExcelJS.Workbook();
        await excel.xlsx.load(bytes as never);
        const expected = excel.worksheets.map(worksheetToGrid);
        // Read from the model itself (not by falling back to exceljs's Workbook).
        const models = await modelsOf(bytes);
        expect(models.map((m, i) => modelToGrid(expected[i]?.name ?? '', m))).toEqual(expected);
        for (const keepExcel of [false, true]) {
          const read = await readXlsx(bytes, 'book.xlsx', 'book.xlsx', { keepExcel });
          if (!read.ok) throw new Error(read.problems[0]?.message.en);
          expect(read.value.workbook.sheets).toEqual(expected);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
