/**
 * The xlsx readers kyodo could use, compared in one run on the same generated registers of
 * 50,000 and 200,000 rows (docs/contributing.md, 依存ライブラリ): exceljs's document reader
 * (Workbook.xlsx.load, the one kyodo uses), exceljs's streaming reader
 * (stream.xlsx.WorkbookReader), and read-excel-file (MIT, maintained; a devDependency for this
 * benchmark only). Each reads every row of the file in a fresh process; time and peak memory
 * (maxRSS). Then what each gives of what kyodo must read (a small workbook with a merged
 * range, a note, a formula whose cached result is FALSE, an error value and rich text), checked
 * in this process: the figures' notes say which of these each reader loses.
 *
 * Alone: npx tsx bench/readers.bench.ts
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readSheet } from 'read-excel-file/node';
import type { BenchFigure } from './figure.js';
import { best, type Timed, timed, writeRegister } from './register.js';

const SIZES = [50_000, 200_000];

const readers: Record<string, (file: string) => string> = {
  'exceljs Workbook.xlsx.load': (file) =>
    `import { readFileSync } from 'node:fs'; import ExcelJS from 'exceljs'; const wb = new ExcelJS.Workbook(); await wb.xlsx.load(readFileSync(${JSON.stringify(file)})); let n = 0; wb.worksheets[0].eachRow(() => n++); console.log(n);`,
  'exceljs stream.xlsx.WorkbookReader': (file) =>
    `import ExcelJS from 'exceljs'; const r = new ExcelJS.stream.xlsx.WorkbookReader(${JSON.stringify(file)}, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'cache', worksheets: 'emit' }); let n = 0; for await (const ws of r) for await (const row of ws) n++; console.log(n);`,
  'read-excel-file readSheet': (file) =>
    `import { readSheet } from 'read-excel-file/node'; const rows = await readSheet(${JSON.stringify(file)}); console.log(rows.length);`,
};

/** A small workbook with what kyodo must read exactly. */
async function fidelityWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('一覧');
  ws.getCell('A1').value = '令和6年度 協働事業一覧';
  ws.mergeCells('A1:C1');
  ws.getCell('A2').value = { richText: [{ text: '花いっぱい' }, { text: '運動', font: { bold: true } }] };
  ws.getCell('A2').note = '担当者メモ：継続事業';
  ws.getCell('B2').value = { formula: 'C2>1', result: false };
  ws.getCell('C2').value = { error: '#DIV/0!' } as never;
  await wb.xlsx.writeFile(file);
}

/** What each reader gives of the fidelity workbook. */
async function fidelity(file: string): Promise<Record<string, string[]>> {
  const lost: Record<string, string[]> = {};
  // exceljs's document reader.
  const doc = new ExcelJS.Workbook();
  await doc.xlsx.readFile(file);
  const d = doc.worksheets[0] as ExcelJS.Worksheet;
  lost['exceljs Workbook.xlsx.load'] = [
    d.getCell('B1').isMerged ? '' : 'merged ranges',
    d.getCell('A2').note === undefined ? 'notes' : '',
    (d.getCell('B2').result as unknown) === false ? '' : 'cached FALSE',
    d.getCell('A2').text === '花いっぱい運動' ? '' : 'rich text',
  ].filter((x) => x !== '');
  // exceljs's streaming reader.
  const cells = new Map<string, ExcelJS.Cell>();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'cache',
    worksheets: 'emit',
  });
  for await (const sheet of reader)
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>)
      row.eachCell({ includeEmpty: true }, (c) => {
        cells.set(c.address, c);
      });
  lost['exceljs stream.xlsx.WorkbookReader'] = [
    cells.get('B1')?.isMerged === true ? '' : 'merged ranges',
    cells.get('A2')?.note === undefined ? 'notes' : '',
    (cells.get('B2')?.result as unknown) === false ? '' : 'cached FALSE',
    cells.get('A2')?.text === '花いっぱい運動' ? '' : 'rich text',
  ].filter((x) => x !== '');
  // read-excel-file: values only (no merges, no notes in its API).
  const rows = (await readSheet(file)) as unknown[][];
  lost['read-excel-file readSheet'] = [
    'merged ranges',
    'notes',
    rows[1]?.[1] === false ? '' : 'cached FALSE',
    rows[1]?.[0] === '花いっぱい運動' ? '' : 'rich text',
  ].filter((x) => x !== '');
  return lost;
}

export default async function bench(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kyodo-readers-'));
  const figures: BenchFigure[] = [];
  try {
    const small = join(dir, 'fidelity.xlsx');
    await fidelityWorkbook(small);
    const lost = await fidelity(small);
    for (const rows of SIZES) {
      const file = join(dir, `register-${rows}.xlsx`);
      await writeRegister(file, rows);
      for (const [name, script] of Object.entries(readers)) {
        const runs: Timed[] = [];
        try {
          for (let i = 0; i < 2; i++)
            runs.push(timed(['--input-type=module', '-e', script(file)], join(dir, 'rss'), [0]));
        } catch (error) {
          // A reader that cannot read the file at all is a figure too.
          const why = (error instanceof Error ? error.message : String(error)).match(/\w*Error: [^\n]*/)?.[0];
          figures.push({
            name: `${name}, ${rows.toLocaleString('en-US')} rows`,
            value: Number.NaN,
            unit: 'ms',
            note: `fails: ${why ?? 'exit not 0'}`,
          });
          continue;
        }
        const r = best(runs);
        const missing = lost[name] ?? [];
        figures.push({
          name: `${name}, ${rows.toLocaleString('en-US')} rows`,
          value: Math.round(r.ms),
          unit: 'ms',
          note: `peak ${Math.round(r.maxRssMb)} MB; ${missing.length === 0 ? 'reads everything kyodo needs' : `loses ${missing.join(', ')}`}`,
        });
      }
    }
    writeFileSync(join(dir, 'done'), '');
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const f of await bench())
    process.stdout.write(`${f.name}: ${f.value} ${f.unit}${f.note ? `  (${f.note})` : ''}\n`);
}
