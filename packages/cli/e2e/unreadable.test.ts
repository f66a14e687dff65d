import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, examples, kyodo } from './kyodo.js';

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-e2e-'));
  writeFileSync(join(dir, 'empty.xlsx'), '');
  writeFileSync(join(dir, 'empty.csv'), '');
  const book = readFileSync(`${examples}ichinoseki.xlsx`);
  writeFileSync(join(dir, 'truncated.xlsx'), book.subarray(0, Math.floor(book.length / 2)));
  writeFileSync(join(dir, 'letter.xlsx'), '拝啓　時下ますますご清栄のこととお喜び申し上げます。');
  writeFileSync(
    join(dir, 'photo.csv'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
  );
  writeFileSync(join(dir, 'memo.txt'), 'memo');
});

/** One line on stderr, naming the file, in Japanese and English, and no stack trace. */
function expectOneLine(stderr: string, file: string, ja: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  const [line] = lines;
  expect(line).toContain(file);
  expect(line).toMatch(ja);
  expect(line).toMatch(/ \/ /);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toMatch(/Error:/);
}

describe('files that cannot be read: exit 2 and one clear line', () => {
  const cases: [string, RegExp][] = [
    ['missing.xlsx', /見つかりません/],
    ['empty.xlsx', /空のファイル/],
    ['empty.csv', /空のファイル/],
    ['truncated.xlsx', /壊れているか途中で切れています/],
    ['letter.xlsx', /Excel ブック \(\.xlsx\) ではありません/],
    ['photo.csv', /CSV \(テキスト\) ではありません/],
    ['memo.txt', /読めない形式/],
  ];
  for (const [name, ja] of cases) {
    it(name, () => {
      const file = join(dir, name);
      const r = kyodo(['validate', file, '--profile', 'ichinoseki']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expectOneLine(r.stderr, file, ja);
    });
  }

  it('still validates the readable files given with an unreadable one, and exits 2', () => {
    const missing = join(dir, 'nai.xlsx');
    const r = kyodo([
      'validate',
      missing,
      `${examples}plan-004.xlsx`,
      '--profile',
      'plan-004',
      '--today',
      '2025-05-31',
    ]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, missing, /見つかりません/);
    expect(r.stdout).toContain('plan-004.xlsx');
  });
});

describe('bad arguments: exit 2 and a message saying which and why', () => {
  it('an unknown option', () => {
    const r = kyodo(['validate', `${examples}ichinoseki.xlsx`, '--formt', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--formt/);
  });
  it('an unknown format', () => {
    const r = kyodo(['validate', `${examples}ichinoseki.xlsx`, '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format.*pdf/);
  });
  it('an unknown profile', () => {
    const r = kyodo(['validate', `${examples}ichinoseki.xlsx`, '--profile', 'sapporo']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sapporo/);
  });
  it('an impossible --today', () => {
    const r = kyodo(['validate', `${examples}ichinoseki.xlsx`, '--today', '令和6年2月30日']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--today/);
  });
  it('a --map that is not SHEET:FIELD=COLUMN', () => {
    const r = kyodo(['validate', `${examples}ichinoseki.xlsx`, '--map', 'budget=K']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--map budget=K/);
  });
  it('no file', () => {
    const r = kyodo(['validate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/ファイルを指定してください/);
  });
  it('an unknown command', () => {
    const r = kyodo(['valdate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/valdate/);
  });
});
