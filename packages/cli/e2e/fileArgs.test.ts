import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { assertBuilt, kyodo } from './kyodo.js';

let dir: string;

const header = ['事業名', '協働相手', '協働の形態', '主催', '予算額（円）', '決算額（円）'];
const csv = (rows: (string | number)[][]) => `${[header, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;

beforeAll(() => {
  assertBuilt();
  // A year's folder: two CSV registers, a workbook written by SheetJS, a note and a subfolder.
  dir = mkdtempSync(join(tmpdir(), 'kyodo-fileargs-'));
  mkdirSync(join(dir, '令和6年度', '過去分'), { recursive: true });
  writeFileSync(
    join(dir, '令和6年度', '上期.csv'),
    csv([['花いっぱい運動', '一関花の会', '補助', '市民', 300000, 280000]]),
  );
  writeFileSync(
    join(dir, '令和6年度', '下期.csv'),
    csv([['子育て支援講座', '子育てサポートの会', '委託', '市民', 450000, 450000]]),
  );
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(
    book,
    XLSX.utils.aoa_to_sheet([header, ['観光ガイド育成', '一関観光協会', '事業協力', '市', 500000, 480000]]),
    '協働事業一覧',
  );
  writeFileSync(join(dir, '令和6年度', '通年.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
  writeFileSync(join(dir, '令和6年度', 'メモ.txt'), 'not a workbook');
  writeFileSync(
    join(dir, '令和6年度', '過去分', '令和5年度.csv'),
    csv([['古い事業', '団体', '補助', '市民', 1, 1]]),
  );
  mkdirSync(join(dir, '空'));
});

/** The workbook names of a --format json run over several files. */
function workbooks(stdout: string): string[] {
  return (JSON.parse(stdout) as { workbook: string }[]).map((r) => r.workbook);
}

describe('kyodo validate: folders and patterns as file arguments, as any shell passes them', () => {
  it('reads a folder as its workbooks and CSV files', () => {
    const r = kyodo(['validate', '令和6年度', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(workbooks(r.stdout)).toEqual(['上期.csv', '下期.csv', '通年.xlsx']);
  });

  it('expands a pattern the shell left as typed (Windows), ** reaching into subfolders', () => {
    const one = kyodo(['validate', '令和6年度/*.csv', '--format', 'json'], { cwd: dir });
    expect(workbooks(one.stdout)).toEqual(['上期.csv', '下期.csv']);
    const all = kyodo(['validate', '令和6年度/**/*.csv', '--format', 'json'], { cwd: dir });
    expect(workbooks(all.stdout)).toEqual(['上期.csv', '下期.csv', '令和5年度.csv']);
  });

  it('says which folder or pattern gave nothing (exit 2) and checks the rest', () => {
    const r = kyodo(['validate', '空', '*.xls', '令和6年度/上期.csv', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the folder 空 holds no .xlsx, .xlsm or .csv file');
    expect(r.stderr).toContain('no file matches *.xls');
    expect(r.stdout).toContain('上期.csv');
  });
});
