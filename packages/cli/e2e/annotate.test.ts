import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, examples, kyodo } from './kyodo.js';

let dir: string;
const input = () => join(dir, 'ichinoseki.xlsx');
const output = () => join(dir, 'ichinoseki-annotated.xlsx');
let before: string;
let report: {
  sheets: { name: string; issues: { cell: string | null; severity: string; message: { ja: string } }[] }[];
};
let run: ReturnType<typeof kyodo>;

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-annotate-'));
  copyFileSync(`${examples}ichinoseki.xlsx`, input());
  before = sha(input());
  run = kyodo([
    'validate',
    input(),
    '--profile',
    'ichinoseki',
    '--today',
    '2025-05-31',
    '--annotate',
    output(),
    '--format',
    'json',
  ]);
  report = JSON.parse(run.stdout);
});

async function load(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

function noteText(note: unknown): string {
  if (note === undefined || note === null) return '';
  if (typeof note === 'string') return note;
  return ((note as { texts?: { text: string }[] }).texts ?? []).map((t) => t.text).join('');
}

describe('kyodo validate --annotate', () => {
  it('exits 1 (the example has errors) and never writes the input file', () => {
    expect(run.code).toBe(1);
    expect(sha(input())).toBe(before);
  });

  it('keeps every value, formula, note and format of the original, cell by cell', async () => {
    const original = await load(input());
    const annotated = await load(output());
    const flagged = new Set<string>();
    for (const sheet of report.sheets)
      for (const issue of sheet.issues) if (issue.cell !== null) flagged.add(`${sheet.name}!${issue.cell}`);
    let compared = 0;
    for (const ws of original.worksheets) {
      const copy = annotated.getWorksheet(ws.name);
      expect(copy, ws.name).toBeDefined();
      if (copy === undefined) continue;
      expect(copy.model.merges.sort()).toEqual(ws.model.merges.sort());
      expect(copy.columns.map((c) => c.width)).toEqual(ws.columns.map((c) => c.width));
      ws.eachRow({ includeEmpty: true }, (row, r) => {
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const other = copy.getCell(r, c);
          const where = `${ws.name}!${cell.address}`;
          expect(other.value, where).toEqual(cell.value);
          expect(other.formula, where).toEqual(cell.formula);
          expect(other.numFmt, where).toEqual(cell.numFmt);
          expect(other.font, where).toEqual(cell.font);
          expect(other.alignment, where).toEqual(cell.alignment);
          expect(other.border, where).toEqual(cell.border);
          const before = noteText(cell.note);
          if (flagged.has(where)) {
            expect(noteText(other.note).startsWith(before), where).toBe(true);
          } else {
            expect(other.fill, where).toEqual(cell.fill);
            expect(noteText(other.note), where).toBe(before);
          }
          compared++;
        });
      });
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('colours each flagged cell by severity and adds its message to the note, keeping an existing note first', async () => {
    const original = await load(input());
    const annotated = await load(output());
    const colours: Record<string, string> = { error: 'FFFFC7CE', warning: 'FFFFEB9C', info: 'FFDDEBF7' };
    let marked = 0;
    for (const sheet of report.sheets) {
      for (const issue of sheet.issues) {
        if (issue.cell === null) continue;
        const cell = annotated.getWorksheet(sheet.name)?.getCell(issue.cell);
        const fill = cell?.fill as { fgColor?: { argb?: string } } | undefined;
        expect(Object.values(colours)).toContain(fill?.fgColor?.argb);
        expect(noteText(cell?.note)).toContain(issue.message.ja);
        marked++;
      }
    }
    expect(marked).toBeGreaterThan(0);
    // L7 of 協働事業一覧 had a note before: it is still there, first.
    const kept = noteText(original.getWorksheet('協働事業一覧')?.getCell('L7').note);
    expect(kept).toContain('苗の値上がり');
    expect(noteText(annotated.getWorksheet('協働事業一覧')?.getCell('L7').note).startsWith(kept)).toBe(true);
  });

  it('adds a 検証結果 sheet listing every issue with a link to its cell', async () => {
    const annotated = await load(output());
    const results = annotated.getWorksheet('検証結果');
    expect(results).toBeDefined();
    const issues = report.sheets.flatMap((s) => s.issues.map((i) => ({ sheet: s.name, ...i })));
    const links: string[] = [];
    results?.eachRow((row, r) => {
      if (r <= 4) return;
      const place = row.getCell(2).value as { hyperlink?: string } | string | null;
      if (place !== null && typeof place === 'object' && place.hyperlink !== undefined)
        links.push(place.hyperlink);
    });
    const withPlace = issues.filter((i) => i.cell !== null);
    expect(links.length).toBeGreaterThanOrEqual(withPlace.length);
    for (const i of withPlace) expect(links).toContain(`#'${i.sheet}'!${i.cell}`);
    expect((results?.rowCount ?? 0) - 4).toBe(issues.length);
  });

  it('refuses to write over the input file', () => {
    const r = kyodo([
      'validate',
      input(),
      '--profile',
      'ichinoseki',
      '--annotate',
      input(),
      '--lang',
      'both',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/入力ファイル .* と同じファイルです.*kyodo never writes over an input/);
    expect(sha(input())).toBe(before);
  });

  it('annotates a CSV as a new xlsx written from its values', async () => {
    const out = join(dir, 'toride-csv.xlsx');
    const r = kyodo([
      'validate',
      `${examples}toride-projects-sjis.csv`,
      '--profile',
      'toride',
      '--today',
      '2025-05-31',
      '--annotate',
      out,
    ]);
    expect(r.code).toBe(1);
    const wb = await load(out);
    const sheet = wb.getWorksheet('toride-projects-sjis');
    expect(sheet?.getCell('A3').value).toBe('①ふれあい健康教室');
    expect(sheet?.getCell('C4').value).toBe('髙須町内会');
    expect(wb.getWorksheet('検証結果')).toBeDefined();
  });
});
