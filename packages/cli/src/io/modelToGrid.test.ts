import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
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

/** The bytes with the first sheet's XML rewritten. */
async function patchSheet(bytes: Buffer, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const path = 'xl/worksheets/sheet1.xml';
  zip.file(path, edit((await zip.file(path)?.async('string')) ?? ''));
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The grids as exceljs's Workbook gives them (the reading kyodo always did). */
async function throughWorkbook(bytes: Buffer) {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(bytes as never);
  return excel.worksheets.map(worksheetToGrid);
}

/** A sheet with every kind of cell, merges over values, notes and rows that only a merge reaches. */
async function everyKind(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('協働事業一覧');
  ws.getCell('A1').value = '令和6年度 協働事業一覧';
  ws.mergeCells('A1:D1');
  ws.getRow(3).values = ['事業名', '開始日', '予算額（千円）', '備考', '可否'];
  ws.getCell('A4').value = { richText: [{ text: '花いっぱい' }, { text: '運動', font: { bold: true } }] };
  ws.getCell('B4').value = new Date(Date.UTC(2024, 3, 1));
  ws.getCell('B4').numFmt = 'yyyy/mm/dd';
  ws.getCell('B5').value = new Date(Date.UTC(2024, 3, 1, 9, 30));
  ws.getCell('B5').numFmt = 'yyyy/mm/dd hh:mm';
  ws.getCell('C4').value = 120;
  ws.getCell('C4').note = { texts: [{ text: '当初' }, { text: '予算', font: { bold: true } }] };
  ws.getCell('D4').value = { text: '市HP', hyperlink: 'https://example.jp/', tooltip: '市のページ' };
  ws.getCell('E4').value = true;
  ws.getCell('E5').value = false;
  ws.getCell('A5').value = '合計';
  ws.getCell('C5').value = { formula: 'SUM(C4:C4)', result: 120 };
  ws.getCell('C6').value = { formula: 'C5-C4', result: 0 };
  ws.getCell('C7').value = { formula: 'C4&"円"', result: '120円' };
  ws.getCell('C8').value = { formula: 'C4/0', result: { error: '#DIV/0!' } };
  ws.getCell('C9').value = { formula: 'B4+1', result: new Date(Date.UTC(2024, 3, 2)) };
  ws.getCell('C9').numFmt = 'yyyy/mm/dd';
  ws.getCell('C10').value = { formula: 'NOW()' };
  ws.getCell('D5').value = { error: '#REF!' };
  ws.getCell('A6').value = '';
  ws.getCell('G12').value = 7;
  ws.mergeCells('B6:B8');
  ws.mergeCells('H15:I20');
  const second = wb.addWorksheet('補助金交付一覧');
  second.getCell('C3').value = 360000;
  second.getCell('A1').value = { text: { richText: [{ text: 'リンク' }] }, hyperlink: '#A1' } as never;
  wb.addWorksheet('空');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('modelToGrid', () => {
  it('gives the grids exceljs Workbook gives: every kind of cell, merges, notes', async () => {
    const bytes = await everyKind();
    const expected = await throughWorkbook(bytes);
    const models = await modelsOf(bytes);
    const grids = models.map((m, i) => modelToGrid(expected[i]?.name ?? '', m));
    expect(grids).toEqual(expected);
    const [first] = grids;
    // Hand-checked: the merge hides nothing at A1, a formula whose cached result is 0 reads as 0
    // (exceljs's cell.value would drop it), B7 and B8 are covered, rows 15–20 exist for H15:I20.
    expect(first?.values[0]).toEqual(['令和6年度 協働事業一覧']);
    expect(first?.values[5]).toEqual([null, null, 0]);
    expect(first?.values[4]?.[1]).toEqual({ kind: 'date', iso: '2024-04-01T09:30:00' });
    expect(first?.values[6]).toEqual([null, null, '120円']);
    expect(first?.values.length).toBe(20);
    expect(first?.notes?.[3]).toEqual(['', '', '当初予算']);
    expect(first?.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 5, left: 1, bottom: 7, right: 1 },
      { top: 14, left: 7, bottom: 19, right: 8 },
    ]);
  });

  it('gives the same grid for a workbook written by SheetJS (inline strings, no styles)', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['団体名', '年度', '設立日', '補助対象経費'],
      ['○○地区地域協働体', '令和6年度', new Date(2015, 5, 1), 360000],
      [null, null, null, null, '備考'],
    ]);
    ws['!merges'] = [
      { s: { r: 2, c: 0 }, e: { r: 3, c: 1 } },
      { s: { r: 6, c: 2 }, e: { r: 7, c: 2 } },
    ];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '補助金交付一覧');
    const bytes = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    const expected = await throughWorkbook(bytes);
    const grids = (await modelsOf(bytes)).map((m, i) => modelToGrid(expected[i]?.name ?? '', m));
    expect(grids).toEqual(expected);
    expect(grids[0]?.values.length).toBe(8);
  });

  it('reads notes as exceljs does: on a cell a merge covers, not on a cell with no value', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('一覧');
    ws.getCell('A1').value = '見出し';
    for (const [address, note] of [
      ['B1', '結合の中の注記'],
      ['F6', '空のセルの注記'],
      ['H17', '結合で増えた行の注記'],
    ] as const) {
      ws.getCell(address).value = '消える値';
      ws.getCell(address).note = note;
    }
    ws.getCell('A3').value = 1;
    // As another writer may leave them: F6 and H17 empty but noted, merges over B1 and H17.
    const bytes = await patchSheet(Buffer.from(await wb.xlsx.writeBuffer()), (xml) =>
      xml
        .replace(/<c r="(F6|H17)"[^>]*>.*?<\/c>/g, '<c r="$1"/>')
        .replace(
          '</sheetData>',
          '</sheetData><mergeCells count="2"><mergeCell ref="A1:D1"/><mergeCell ref="H15:I20"/></mergeCells>',
        ),
    );
    const expected = await throughWorkbook(bytes);
    const grids = (await modelsOf(bytes)).map((m, i) => modelToGrid(expected[i]?.name ?? '', m));
    expect(grids).toEqual(expected);
    const [grid] = grids;
    expect(grid?.values).toEqual([['見出し'], [], [1], ...Array.from({ length: 17 }, () => [])]);
    expect(grid?.notes?.[0]).toEqual(['', '結合の中の注記']);
    expect(grid?.notes?.[5]).toEqual([]);
    // exceljs drops a cell with no value, its note with it, merged or not.
    expect(grid?.notes?.[16]).toEqual([]);
  });

  it('leaves to exceljs what it does not reproduce exactly', () => {
    const cell = (address: unknown) => ({ address, type: 2, value: 1 });
    const row = (number: number, cells: unknown[]) => ({ number, cells }) as never;
    expect(modelToGrid('s', { rows: [row(1, [cell('A1')])] })).toEqual({ name: 's', values: [[1]] });
    // A cell without an address, out of order, twice, or past XFD.
    expect(modelToGrid('s', { rows: [row(1, [cell(undefined)])] })).toBeUndefined();
    expect(modelToGrid('s', { rows: [row(1, [cell('B1'), cell('A1')])] })).toBeUndefined();
    expect(modelToGrid('s', { rows: [row(1, [cell('A1'), cell('A1')])] })).toBeUndefined();
    expect(modelToGrid('s', { rows: [row(1, [cell('XFE1')])] })).toBeUndefined();
    // Rows twice or out of order, or without a number.
    expect(modelToGrid('s', { rows: [row(2, []), row(1, [])] })).toBeUndefined();
    expect(modelToGrid('s', { rows: [row(Number.NaN, [])] })).toBeUndefined();
    // Overlapping merged ranges (exceljs refuses them), and ranges written otherwise than A1:B2.
    expect(modelToGrid('s', { rows: [], mergeCells: ['A1:B2', 'B2:C3'] })).toBeUndefined();
    expect(modelToGrid('s', { rows: [], mergeCells: ['$A$1:$B$2'] })).toBeUndefined();
    // An unknown cell type; a note without text runs.
    expect(modelToGrid('s', { rows: [row(1, [{ address: 'A1', type: 42 }])] })).toBeUndefined();
    const note = { address: 'A1', type: 2, value: 1, comment: { type: 'note', note: {} } };
    expect(modelToGrid('s', { rows: [row(1, [note])] })).toBeUndefined();
  });
});

describe('readXlsx', () => {
  it('reads the same grids with and without the exceljs workbook kept, and keeps it only when asked', async () => {
    const bytes = await everyKind();
    const expected = await throughWorkbook(bytes);
    const plain = await readXlsx(bytes, 'book.xlsx', 'book.xlsx');
    const kept = await readXlsx(bytes, 'book.xlsx', 'book.xlsx', { keepExcel: true });
    if (!plain.ok || !kept.ok) throw new Error('not read');
    expect(plain.value.workbook.sheets).toEqual(expected);
    expect(kept.value.workbook.sheets).toEqual(expected);
    expect(plain.value.excel).toBeUndefined();
    const excel = kept.value.excel;
    expect(excel?.worksheets.map((w) => w.name)).toEqual(['協働事業一覧', '補助金交付一覧', '空']);
    expect(excel?.getWorksheet('協働事業一覧')?.getCell('C5').value).toEqual({
      formula: 'SUM(C4:C4)',
      result: 120,
    });
    expect(excel?.getWorksheet('協働事業一覧')?.getCell('B7').isMerged).toBe(true);
  });

  it('reads shared formulas in a sheet with no links and no notes as exceljs does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('一覧');
    ws.getColumn(1).values = [100, 200, 300, 0];
    ws.fillFormula('B1:B4', 'A1*2', [200, 400, 600, 0]);
    ws.fillFormula('C1:C4', 'IF(A1>150,"対象","")', ['', '対象', '対象', ''] as never);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const expected = await throughWorkbook(bytes);
    const read = await readXlsx(bytes, 'book.xlsx', 'book.xlsx', { keepExcel: true });
    if (!read.ok) throw new Error('not read');
    expect(read.value.workbook.sheets).toEqual(expected);
    // A formula whose cached result is 0 reads as 0 (not as empty); '' is an empty cell.
    expect(expected[0]?.values).toEqual([
      [100, 200],
      [200, 400, '対象'],
      [300, 600, '対象'],
      [0, 0],
    ]);
    const sheet = read.value.excel?.getWorksheet('一覧');
    expect(sheet?.getCell('B3').formula).toBe('A3*2');
    expect(sheet?.getCell('B3').value).toEqual({ sharedFormula: 'B1', result: 600 });
  });

  it('says a workbook with overlapping merged ranges is damaged, as exceljs does', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('一覧');
    ws.getCell('A1').value = 1;
    ws.mergeCells('A1:B2');
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    // A second, overlapping range in the sheet's XML, as a broken writer would leave it.
    const broken = await patchSheet(bytes, (xml) =>
      xml.replace('<mergeCell ref="A1:B2"/>', '<mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/>'),
    );
    for (const keepExcel of [false, true]) {
      const read = await readXlsx(broken, 'broken.xlsx', 'broken.xlsx', { keepExcel });
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.problems[0]?.code).toBe('io.damaged-workbook');
      if (!read.ok) expect(read.problems[0]?.message.en).toContain('Cannot merge already merged cells');
    }
  });
});
