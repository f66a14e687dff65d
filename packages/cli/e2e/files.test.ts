import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { assertBuilt, examples, kyodo } from './kyodo.js';

let dir: string;

const rows: (string | number | Date | null)[][] = [
  ['令和6年度 協働事業一覧', null, null, null, null, null, null, null],
  ['事業名', '協働相手', '協働の形態', '主催', '開始日', '終了日', '予算額（円）', '決算額（円）'],
  [
    '花いっぱい運動',
    '一関花の会',
    '補助',
    '市民',
    new Date(Date.UTC(2024, 4, 1)),
    new Date(Date.UTC(2024, 9, 31)),
    300000,
    280000,
  ],
  [
    '子育て支援講座',
    '子育てサポートの会',
    '委託',
    '市民',
    new Date(Date.UTC(2024, 5, 1)),
    new Date(Date.UTC(2025, 1, 28)),
    450000,
    450000,
  ],
  [
    '観光ガイド育成',
    '一関観光協会',
    '事業協力',
    '市',
    new Date(Date.UTC(2024, 5, 1)),
    new Date(Date.UTC(2024, 4, 31)),
    500000,
    480000,
  ],
];

beforeAll(async () => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-files-'));
  // The same sheet written by SheetJS (another program) and by exceljs (the one kyodo reads with).
  const sheet = XLSX.utils.aoa_to_sheet(rows, { cellDates: true, dateNF: 'yyyy/mm/dd' });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '協働事業一覧');
  writeFileSync(join(dir, 'sheetjs.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('協働事業一覧');
  rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      if (v instanceof Date) cell.numFmt = 'yyyy/mm/dd';
    });
  });
  await wb.xlsx.writeFile(join(dir, 'exceljs.xlsx'));
  // The example Shift_JIS CSV, also as UTF-8 with and without a BOM.
  const text = iconv.decode(readFileSync(`${examples}toride-projects-sjis.csv`), 'Shift_JIS');
  writeFileSync(join(dir, 'utf8.csv'), text);
  writeFileSync(join(dir, 'utf8bom.csv'), `\uFEFF${text}`);
  writeFileSync(join(dir, 'sjis.csv'), readFileSync(`${examples}toride-projects-sjis.csv`));
});

type Json = {
  workbook: string;
  sheets: {
    name: string;
    kind: string | null;
    headerRow: number | null;
    issues: { code: string; cell: string | null; row: number | null; column: string | null }[];
  }[];
};

function validate(file: string, profile: string): { code: number | null; json: Json } {
  const r = kyodo(['validate', file, '--profile', profile, '--today', '2025-05-31', '--format', 'json']);
  return { code: r.code, json: JSON.parse(r.stdout) as Json };
}

function withoutNames(json: Json): unknown {
  return json.sheets.map((s) => ({
    kind: s.kind,
    headerRow: s.headerRow,
    issues: s.issues.map((i) => ({ code: i.code, cell: i.cell })),
  }));
}

describe('an xlsx written by another program (SheetJS)', () => {
  it('reads as the same sheet exceljs wrote: same kind, header row and issues', () => {
    const a = validate(join(dir, 'sheetjs.xlsx'), 'ichinoseki');
    const b = validate(join(dir, 'exceljs.xlsx'), 'ichinoseki');
    expect(a.json.sheets[0]?.kind).toBe('projects');
    expect(a.json.sheets[0]?.headerRow).toBe(2);
    expect(withoutNames(a.json)).toEqual(withoutNames(b.json));
    // 委託 organised by citizens (R2) on row 4, end before start on row 5: errors, exit 1
    expect(a.code).toBe(1);
    const rowsWithIssues = new Set(a.json.sheets[0]?.issues.map((i) => i.row));
    expect(rowsWithIssues.has(4)).toBe(true);
    expect(rowsWithIssues.has(5)).toBe(true);
    expect(rowsWithIssues.has(3)).toBe(false);
  });
});

describe('CSV in Shift_JIS and UTF-8', () => {
  it('gives the same report whatever the encoding', () => {
    const sjis = validate(join(dir, 'sjis.csv'), 'toride');
    const utf8 = validate(join(dir, 'utf8.csv'), 'toride');
    const bom = validate(join(dir, 'utf8bom.csv'), 'toride');
    expect(sjis.json.sheets[0]?.kind).toBe('projects');
    expect(sjis.json.sheets[0]?.headerRow).toBe(2);
    expect(withoutNames(utf8.json)).toEqual(withoutNames(sjis.json));
    expect(withoutNames(bom.json)).toEqual(withoutNames(sjis.json));
    expect(sjis.code).toBe(1);
  });
});

describe('the JSON report is the Report itself (docs/cli.md "The JSON report")', () => {
  it('has sheets with name, kind, headerRow, issues (code, severity, place, value, messages, rule, source) and scores', () => {
    const { json } = validate(`${examples}ichinoseki.xlsx`, 'ichinoseki');
    const report = json as unknown as {
      sheets: {
        name: string;
        kind: string;
        headerRow: number;
        scores: {
          evaluations?: { project: string; evaluator: string; mean: number | null; answered: number }[];
          gaps?: { project: string; item: string }[];
        } | null;
        issues: Record<string, unknown>[];
      }[];
    };
    expect(report.sheets.map((s) => s.kind)).toEqual([
      'projects',
      'subsidies',
      'evaluations',
      'indicators',
      'regional-plan',
    ]);
    for (const sheet of report.sheets) {
      expect(typeof sheet.name).toBe('string');
      expect('scores' in sheet).toBe(true);
      for (const issue of sheet.issues) {
        for (const key of ['code', 'severity', 'sheet', 'row', 'column', 'cell', 'message'])
          expect(issue).toHaveProperty(key);
        const message = issue.message as { ja: string; en: string };
        expect(message.ja.length).toBeGreaterThan(0);
        expect(message.en.length).toBeGreaterThan(0);
      }
    }
    const evaluations = report.sheets.find((s) => s.kind === 'evaluations');
    const scored = evaluations?.scores?.evaluations ?? [];
    // 国際交流フェスティバル, 市: principles A B A B A, items A B A B B C = 4 3 4 3 4 + 4 3 4 3 3 2 → 37/11
    const city = scored.find((e) => e.project === '国際交流フェスティバル' && e.evaluator === 'city');
    expect(city?.answered).toBe(11);
    expect(city?.mean).toBeCloseTo(37 / 11, 10);
    // 花いっぱい運動: 話し合いの継続 city C (2), partner A (4): a gap of 2 levels (E7)
    const gaps = evaluations?.scores?.gaps ?? [];
    expect(gaps.some((g) => g.project === '花いっぱい運動')).toBe(true);
  });
});

describe('output formats', () => {
  it('md and html render the same report; html is self-contained and escaped', () => {
    const md = kyodo([
      'validate',
      `${examples}plan-004.xlsx`,
      '--profile',
      'plan-004',
      '--today',
      '2025-05-31',
      '--format',
      'md',
    ]);
    expect(md.stdout).toMatch(/^# 検証結果/);
    expect(md.stdout).toContain('| ');
    const out = join(dir, 'r.html');
    const html = kyodo([
      'validate',
      `${examples}plan-004.xlsx`,
      '--profile',
      'plan-004',
      '--today',
      '2025-05-31',
      '--out',
      out,
    ]);
    expect(html.stdout).toBe('');
    const page = readFileSync(out, 'utf8');
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).not.toMatch(/<script|<link|src=/);
    expect(page).toContain('振り返りシート');
  });
  it('text: a per-sheet summary first, then the issues with エラー/注意', () => {
    const r = kyodo([
      'validate',
      `${examples}ichinoseki.xlsx`,
      '--profile',
      'ichinoseki',
      '--today',
      '2025-05-31',
    ]);
    expect(r.code).toBe(1);
    const summary = r.stdout.indexOf('■ 協働事業一覧');
    const issues = r.stdout.indexOf('問題の一覧');
    expect(summary).toBeGreaterThan(-1);
    expect(issues).toBeGreaterThan(summary);
    expect(r.stdout).toMatch(/エラー/);
    expect(r.stdout).toMatch(/見出し: 4 行目/);
  });
});

describe('without --profile', () => {
  it('uses the built-in profile whose words the workbook speaks, and says so', () => {
    const cases: [string, string][] = [
      ['ichinoseki.xlsx', 'ichinoseki'],
      ['toride.xlsx', 'toride'],
      ['plan-004.xlsx', 'plan-004'],
      ['toride-projects-sjis.csv', 'toride'],
    ];
    for (const [file, id] of cases) {
      const r = kyodo(['validate', `${examples}${file}`, '--today', '2025-05-31', '--lang', 'ja']);
      expect(r.stdout, file).toContain(`最も合う組み込みプロファイル ${id} を使いました`);
    }
  });
});
