import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { patchPart, readZip, writeZip } from '../../test/zipParts.js';
import { readXlsx } from './readXlsx.js';

/** The bytes with the first sheet's XML rewritten. */
const patchSheet = (bytes: Buffer, edit: (xml: string) => string) =>
  patchPart(bytes, 'xl/worksheets/sheet1.xml', edit);

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

async function sheetsOf(bytes: Buffer) {
  const read = await readXlsx(bytes, 'book.xlsx', 'book.xlsx');
  if (!read.ok) throw new Error(read.problems[0]?.message.en);
  return read.value.sheets;
}

describe('readXlsx', () => {
  it('reads every kind of cell, merges, notes, and rows that only a merge reaches', async () => {
    const [first, second, empty] = await sheetsOf(await everyKind());
    expect(first?.name).toBe('協働事業一覧');
    // Hand-checked: the merge hides nothing at A1, a formula whose cached result is 0 reads as 0
    // (exceljs's cell.value would drop it), B7 and B8 are covered, rows 15–20 exist for H15:I20.
    expect(first?.values.slice(0, 12)).toEqual([
      ['令和6年度 協働事業一覧'],
      [],
      ['事業名', '開始日', '予算額（千円）', '備考', '可否'],
      ['花いっぱい運動', { kind: 'date', iso: '2024-04-01' }, 120, '市HP', true],
      ['合計', { kind: 'date', iso: '2024-04-01T09:30:00' }, 120, { kind: 'error', code: '#REF!' }, false],
      [null, null, 0],
      [null, null, '120円'],
      [null, null, { kind: 'error', code: '#DIV/0!' }],
      [null, null, { kind: 'date', iso: '2024-04-02' }],
      [],
      [],
      [null, null, null, null, null, null, 7],
    ]);
    expect(first?.values.length).toBe(20);
    expect(first?.notes?.[3]).toEqual(['', '', '当初予算']);
    expect(first?.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 5, left: 1, bottom: 7, right: 1 },
      { top: 14, left: 7, bottom: 19, right: 8 },
    ]);
    expect(second?.values).toEqual([['リンク'], [], [null, null, 360000]]);
    expect(empty).toEqual({ name: '空', values: [] });
  });

  it('reads a workbook written by SheetJS (inline strings, no styles), merges included', async () => {
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
    const [grid] = await sheetsOf(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    expect(grid?.values[1]).toEqual([
      '○○地区地域協働体',
      '令和6年度',
      { kind: 'date', iso: '2015-06-01' },
      360000,
    ]);
    expect(grid?.values.length).toBe(8);
    expect(grid?.merges).toEqual([
      { top: 2, left: 0, bottom: 3, right: 1 },
      { top: 6, left: 2, bottom: 7, right: 2 },
    ]);
  });

  it('reads notes on a cell a merge covers, and a note on a cell with no value as exceljs does', async () => {
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
    const [grid] = await sheetsOf(bytes);
    expect(grid?.values).toEqual([['見出し'], [], [1], ...Array.from({ length: 17 }, () => [])]);
    expect(grid?.notes?.[0]).toEqual(['', '結合の中の注記']);
    expect(grid?.notes?.[5]).toEqual([]);
  });

  it('reads shared formulas, a cached 0 as 0 and an empty text result as an empty cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('一覧');
    ws.getColumn(1).values = [100, 200, 300, 0];
    ws.fillFormula('B1:B4', 'A1*2', [200, 400, 600, 0]);
    ws.fillFormula('C1:C4', 'IF(A1>150,"対象","")', ['', '対象', '対象', ''] as never);
    const [grid] = await sheetsOf(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(grid?.values).toEqual([
      [100, 200],
      [200, 400, '対象'],
      [300, 600, '対象'],
      [0, 0],
    ]);
  });

  it('reads a cached FALSE and error of a formula as the file has them', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('一覧').getCell('A1').value = 1;
    const bytes = await patchSheet(Buffer.from(await wb.xlsx.writeBuffer()), (xml) =>
      xml.replace(
        /<row r="1"[^>]*>.*?<\/row>/,
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="b"><f>A1&gt;2</f><v>0</v></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>',
      ),
    );
    const [grid] = await sheetsOf(bytes);
    expect(grid?.values).toEqual([[1, false, { kind: 'error', code: '#DIV/0!' }]]);
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
    const read = await readXlsx(broken, 'broken.xlsx', 'broken.xlsx');
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]?.code).toBe('io.damaged-workbook');
    if (!read.ok) expect(read.problems[0]?.message.en).toContain('Cannot merge already merged cells');
  });

  it('reads the same grids from a zip whose parts are in another order', async () => {
    const bytes = await everyKind();
    const parts = [...(await readZip(bytes))];
    const again = await writeZip([...parts.slice(3), ...parts.slice(0, 3)].reverse());
    expect(await sheetsOf(again)).toEqual(await sheetsOf(bytes));
  });
});
