import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import {
  encryptedWorkbook,
  inflatingWorkbook,
  legacyXls,
  openDocument,
  otherOle,
  shuffled,
  smallWorkbook,
  truncated,
  withDeclaredSizes,
  wordDocument,
} from '../../test/hostileWorkbooks.js';
import { readWorkbookFile } from './readWorkbookFile.js';

let dir: string;
let xlsxBytes: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kyodo-io-'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('協働事業一覧');
  ws.getCell('A1').value = '令和6年度 協働事業一覧';
  ws.mergeCells('A1:D1');
  ws.getRow(3).values = ['事業名', '開始日', '予算額（千円）', '備考'];
  ws.getCell('A4').value = { richText: [{ text: '花いっぱい' }, { text: '運動', font: { bold: true } }] };
  ws.getCell('B4').value = new Date(Date.UTC(2024, 3, 1));
  ws.getCell('B4').numFmt = 'yyyy/mm/dd';
  ws.getCell('C4').value = 120;
  ws.getCell('C4').note = '当初予算';
  ws.getCell('D4').value = { text: '市HP', hyperlink: 'https://example.jp/' };
  ws.getCell('A5').value = '合計';
  ws.getCell('C5').value = { formula: 'SUM(C4:C4)', result: 120 };
  ws.getCell('D5').value = { error: '#REF!' };
  xlsxBytes = Buffer.from(await wb.xlsx.writeBuffer());
  writeFileSync(join(dir, 'book.xlsx'), xlsxBytes);
});

describe('readWorkbookFile: xlsx', () => {
  it('reads values, formula results, dates, rich text, hyperlinks, errors, notes and merges', async () => {
    const read = await readWorkbookFile(join(dir, 'book.xlsx'));
    if (!read.ok) throw new Error(read.problems[0]?.message.en);
    expect(read.value.format).toBe('xlsx');
    const [sheet] = read.value.workbook.sheets;
    expect(sheet?.name).toBe('協働事業一覧');
    expect(sheet?.values).toEqual([
      ['令和6年度 協働事業一覧'],
      [],
      ['事業名', '開始日', '予算額（千円）', '備考'],
      ['花いっぱい運動', { kind: 'date', iso: '2024-04-01' }, 120, '市HP'],
      ['合計', null, 120, { kind: 'error', code: '#REF!' }],
    ]);
    expect(sheet?.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 3 }]);
    expect(sheet?.notes?.[3]?.[2]).toBe('当初予算');
    expect(sheet?.notes?.[0]).toEqual([]);
  });

  it('reads a workbook written by another program (SheetJS), dates as the day shown', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['団体名', '年度', '設立日', '補助対象経費'],
      ['○○地区地域協働体', '令和6年度', new Date(2015, 5, 1), 360000],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '補助金交付一覧');
    const file = join(dir, 'sheetjs.xlsx');
    writeFileSync(file, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', cellDates: false }));
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(read.problems[0]?.message.en);
    expect(read.value.workbook.sheets[0]?.values[1]).toEqual([
      '○○地区地域協働体',
      '令和6年度',
      { kind: 'date', iso: '2015-06-01' },
      360000,
    ]);
  });
});

describe('readWorkbookFile: csv', () => {
  const csv = '事業名,協働相手,予算額\r\n"清掃, 花壇",取手NPO,"50,000"\r\n,,\r\n';
  const expected = [
    ['事業名', '協働相手', '予算額'],
    ['清掃, 花壇', '取手NPO', '50,000'],
    [null, null, null],
  ];
  it('reads UTF-8 with a BOM', async () => {
    const file = join(dir, 'utf8.csv');
    writeFileSync(file, `\uFEFF${csv}`);
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(read.problems[0]?.message.en);
    expect(read.value.encoding).toBe('utf-8-bom');
    expect(read.value.workbook.sheets[0]).toEqual({ name: 'utf8', values: expected });
  });
  it('reads Shift_JIS', async () => {
    const file = join(dir, 'sjis.csv');
    writeFileSync(file, iconv.encode(csv, 'Shift_JIS'));
    const read = await readWorkbookFile(file);
    if (!read.ok) throw new Error(read.problems[0]?.message.en);
    expect(read.value.encoding).toBe('shift_jis');
    expect(read.value.workbook.sheets[0]?.values).toEqual(expected);
  });
});

describe('readWorkbookFile: files that cannot be read', () => {
  const cases: [string, string, (file: string) => void][] = [
    ['missing.xlsx', 'io.missing-file', () => {}],
    ['empty.xlsx', 'io.empty-file', (f) => writeFileSync(f, '')],
    ['empty.csv', 'io.empty-file', (f) => writeFileSync(f, '')],
    ['truncated.xlsx', 'io.damaged-workbook', (f) => writeFileSync(f, xlsxBytes.subarray(0, 2000))],
    ['text.xlsx', 'io.not-a-workbook', (f) => writeFileSync(f, 'これはテキストです')],
    ['old.xls', 'io.legacy-xls', (f) => writeFileSync(f, 'x')],
    ['old-named.xlsx', 'io.legacy-xls', (f) => writeFileSync(f, legacyXls())],
    ['real.xls', 'io.legacy-xls', (f) => writeFileSync(f, legacyXls())],
    ['letter.xlsx', 'io.not-a-workbook', (f) => writeFileSync(f, otherOle())],
    ['calc.ods', 'io.ods', (f) => writeFileSync(f, openDocument())],
    ['calc-named.xlsx', 'io.ods', (f) => writeFileSync(f, openDocument())],
    ['notes.txt', 'io.unknown-extension', (f) => writeFileSync(f, 'x')],
    ['folder.xlsx', 'io.not-a-file', (f) => mkdirSync(f)],
    ['zip.csv', 'io.binary-csv', (f) => writeFileSync(f, xlsxBytes)],
    ['quote.csv', 'io.unclosed-quote', (f) => writeFileSync(f, 'a,b\n"c,d\n')],
  ];
  for (const [name, code, make] of cases) {
    it(`${name}: ${code}, naming the file in both languages`, async () => {
      const file = join(dir, name);
      make(file);
      const read = await readWorkbookFile(file);
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.problems.map((p) => p.code)).toEqual([code]);
      const [problem] = read.problems;
      expect(problem?.message.ja).toContain(file);
      expect(problem?.message.en).toContain(file);
      expect(problem?.message.ja).not.toContain('\n');
    });
  }
});

describe('readWorkbookFile: xlsx files that hide something else or try to hurt the reader', () => {
  const cases: [string, string, () => Promise<Buffer>, number?][] = [
    ['locked.xlsx', 'io.encrypted', encryptedWorkbook],
    ['locked.xls', 'io.encrypted', encryptedWorkbook],
    ['word.xlsx', 'io.not-a-workbook', wordDocument],
    ['half.xlsx', 'io.damaged-workbook', async () => truncated(await smallWorkbook(), 0.5)],
    ['tail.xlsx', 'io.damaged-workbook', async () => truncated(await smallWorkbook(), 0.995)],
    // Declares 3 GB unzipped: refused before a byte is inflated.
    ['declared-bomb.xlsx', 'io.too-large', async () => withDeclaredSizes(await smallWorkbook(), () => 3e9)],
    // Tells the truth, 3 MB, over a limit of 2 MB.
    ['bomb.xlsx', 'io.too-large', () => inflatingWorkbook(3), 2],
    // Declares 100 bytes per part and inflates to more: stopped at 100.
    [
      'lying.xlsx',
      'io.damaged-workbook',
      async () =>
        withDeclaredSizes(await inflatingWorkbook(3), (name, size) => (name.includes('sheet1') ? 100 : size)),
    ],
  ];
  for (const [name, code, make, limit] of cases) {
    it(`${name}: ${code}`, async () => {
      const file = join(dir, name);
      writeFileSync(file, await make());
      const read = await readWorkbookFile(file, limit === undefined ? {} : { unzipLimitMb: limit });
      expect(read.ok).toBe(false);
      if (read.ok) return;
      expect(read.problems.map((p) => p.code)).toEqual([code]);
      expect(read.problems[0]?.message.ja).toContain(file);
      expect(read.problems[0]?.message.en).toContain(file);
    });
  }

  it('reads a workbook whose zip entries are shuffled as the same workbook', async () => {
    const bytes = await smallWorkbook();
    writeFileSync(join(dir, 'in-order.xlsx'), bytes);
    writeFileSync(join(dir, 'shuffled.xlsx'), await shuffled(bytes));
    const a = await readWorkbookFile(join(dir, 'in-order.xlsx'));
    const b = await readWorkbookFile(join(dir, 'shuffled.xlsx'));
    if (!a.ok || !b.ok) throw new Error('not read');
    expect(b.value.workbook.sheets).toEqual(a.value.workbook.sheets);
    expect(a.value.workbook.sheets[0]?.values.length).toBe(201);
  });

  it('reads a workbook of 3 MB unzipped when the limit is raised to 4 MB', async () => {
    const file = join(dir, 'big.xlsx');
    writeFileSync(file, await inflatingWorkbook(3));
    expect((await readWorkbookFile(file, { unzipLimitMb: 4 })).ok).toBe(true);
  });
});
