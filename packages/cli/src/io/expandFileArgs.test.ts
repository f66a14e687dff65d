import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandFileArgs } from './expandFileArgs.js';

let cwd: string;

beforeAll(() => {
  // A folder as staff keep one: workbooks, a CSV, a note, Excel's lock file, a subfolder.
  cwd = mkdtempSync(join(tmpdir(), 'kyodo-args-'));
  const files = [
    '令和6年度/協働事業一覧.xlsx',
    '令和6年度/補助金交付一覧.xlsm',
    '令和6年度/評価シート.csv',
    '令和6年度/メモ.txt',
    '令和6年度/~$協働事業一覧.xlsx',
    '令和6年度/過去分/令和5年度.xlsx',
    '予算(1).xlsx',
    '[確定]一覧.xlsx',
    'a.csv',
    'b.CSV',
  ];
  for (const file of files) {
    mkdirSync(join(cwd, file, '..'), { recursive: true });
    writeFileSync(join(cwd, file), 'x');
  }
  mkdirSync(join(cwd, '空のフォルダ'));
});

const codes = (r: ReturnType<typeof expandFileArgs>) => r.problems.map((p) => p.code);

describe('expandFileArgs', () => {
  it('takes a file as it is, and a missing one too (the reader says it is missing)', () => {
    const r = expandFileArgs(['a.csv', 'ない.xlsx'], { cwd });
    expect(r.files).toEqual(['a.csv', 'ない.xlsx']);
    expect(r.problems).toEqual([]);
  });

  it('takes a folder as its .xlsx, .xlsm and .csv files by name: no subfolder, no note, no lock file', () => {
    const r = expandFileArgs(['令和6年度'], { cwd });
    expect(r.files).toEqual([
      join('令和6年度', '協働事業一覧.xlsx'),
      join('令和6年度', '補助金交付一覧.xlsm'),
      join('令和6年度', '評価シート.csv'),
    ]);
    expect(r.problems).toEqual([]);
  });

  it('expands patterns itself, * in one folder and ** into subfolders', () => {
    expect(expandFileArgs(['*.csv'], { cwd }).files).toEqual(['a.csv']);
    expect(expandFileArgs(['令和6年度/**/*.xlsx'], { cwd }).files).toEqual([
      join('令和6年度', '協働事業一覧.xlsx'),
      join('令和6年度', '過去分', '令和5年度.xlsx'),
    ]);
    expect(expandFileArgs([join(cwd, '令和6年度', '*.csv')], { cwd: tmpdir() }).files).toEqual([
      join(cwd, '令和6年度', '評価シート.csv'),
    ]);
  });

  it('reads a pattern typed with \\ on Windows, where its case does not matter', () => {
    const r = expandFileArgs(['令和6年度\\*.CSV', '*.csv'], { cwd, platform: 'win32' });
    expect(r.files).toEqual([join('令和6年度', '評価シート.csv'), 'a.csv', 'b.CSV']);
  });

  it('never reads a name that exists as a pattern', () => {
    const r = expandFileArgs(['予算(1).xlsx', '[確定]一覧.xlsx'], { cwd });
    expect(r.files).toEqual(['予算(1).xlsx', '[確定]一覧.xlsx']);
  });

  it('gives each file once, in the order of the arguments', () => {
    const r = expandFileArgs(['a.csv', '*.csv', '令和6年度', join('令和6年度', '評価シート.csv')], { cwd });
    expect(r.files).toEqual([
      'a.csv',
      join('令和6年度', '協働事業一覧.xlsx'),
      join('令和6年度', '補助金交付一覧.xlsm'),
      join('令和6年度', '評価シート.csv'),
    ]);
  });

  it('says so for a folder without workbooks and a pattern that matches nothing, keeping the rest', () => {
    const r = expandFileArgs(['空のフォルダ', '*.xls', 'a.csv'], { cwd });
    expect(r.files).toEqual(['a.csv']);
    expect(codes(r)).toEqual(['io.empty-folder', 'io.no-match']);
    expect(r.problems[0]!.message.ja).toBe(
      'フォルダ「空のフォルダ」に .xlsx・.xlsm・.csv のファイルがありません',
    );
    expect(r.problems[1]!.message.en).toBe('no file matches *.xls');
  });
});
