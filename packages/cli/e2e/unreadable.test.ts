import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  encryptedWorkbook,
  inflatingWorkbook,
  legacyXls,
  openDocument,
  shuffled,
  smallWorkbook,
  truncated,
  withDeclaredSizes,
  wordDocument,
} from '../test/hostileWorkbooks.js';
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
/** One line naming the file, in Japanese then English (the calls give --lang both: the content is tested). */
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
      const r = kyodo(['validate', file, '--profile', 'ichinoseki', '--lang', 'both']);
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
      '--lang',
      'both',
    ]);
    expect(r.code).toBe(2);
    expectOneLine(r.stderr, missing, /見つかりません/);
    expect(r.stdout).toContain('plan-004.xlsx');
  });
});

describe('workbooks that are something else, or try to hurt the reader: exit 2 and one clear line', () => {
  const cases: [string, () => Promise<Buffer> | Buffer, RegExp, string[]?][] = [
    ['保護.xlsx', encryptedWorkbook, /パスワードで保護 \(暗号化\) されています.*パスワードを使用して暗号化/],
    ['古い形式.xls', legacyXls, /Excel 97-2003 形式 \(\.xls\) です/],
    ['古い形式を改名.xlsx', legacyXls, /Excel 97-2003 形式 \(\.xls\) です/],
    ['計算表.ods', openDocument, /OpenDocument 形式 \(\.ods\).*Excel 2007-365 \(\.xlsx\)/],
    ['計算表を改名.xlsx', openDocument, /OpenDocument 形式 \(\.ods\)/],
    ['文書.xlsx', wordDocument, /Excel ブック \(\.xlsx\) ではありません/],
    ['途中まで.xlsx', async () => truncated(await smallWorkbook(), 0.6), /壊れているか途中で切れています/],
    [
      '爆弾.xlsx',
      async () => withDeclaredSizes(await smallWorkbook(), () => 4e9),
      /上限 256 MB を超えます.*--unzip-limit/,
    ],
    [
      '膨らむ.xlsx',
      () => inflatingWorkbook(3),
      /上限 2 MB を超えます.*--unzip-limit 4/,
      ['--unzip-limit', '2'],
    ],
  ];
  for (const [name, make, ja, extra] of cases) {
    it(name, async () => {
      const file = join(dir, name);
      writeFileSync(file, await make());
      const r = kyodo(['validate', file, '--profile', 'ichinoseki', '--lang', 'both', ...(extra ?? [])]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expectOneLine(r.stderr, file, ja);
    });
  }

  it('a zip whose entries are shuffled reads as the same workbook', async () => {
    const bytes = await smallWorkbook();
    writeFileSync(join(dir, 'in-order.xlsx'), bytes);
    writeFileSync(join(dir, 'shuffled.xlsx'), await shuffled(bytes));
    const args = ['--profile', 'ichinoseki', '--today', '2025-05-31', '--format', 'json'];
    const a = kyodo(['validate', join(dir, 'in-order.xlsx'), ...args]);
    const b = kyodo(['validate', join(dir, 'shuffled.xlsx'), ...args]);
    expect(b.code).toBe(a.code);
    const report = (text: string) => ({ ...JSON.parse(text), workbook: '' });
    expect(report(b.stdout)).toEqual(report(a.stdout));
    expect(JSON.parse(a.stdout).totals.rowsRead).toBeGreaterThan(100);
  });

  it('a workbook that needs more memory than Node may use: one line saying how much, never out of memory', async () => {
    const file = join(dir, '大きい.xlsx');
    writeFileSync(file, await inflatingWorkbook(16));
    const r = kyodo(['validate', file, '--profile', 'ichinoseki', '--lang', 'both'], {
      env: { NODE_OPTIONS: '--max-old-space-size=160' },
    });
    expect(r.code).toBe(2);
    expectOneLine(
      r.stderr,
      file,
      /読むには約 \d+ MB のメモリが要ります.*NODE_OPTIONS=--max-old-space-size=\d+/,
    );
  });

  it('a bad --unzip-limit', () => {
    const r = kyodo(['validate', `${examples}ichinoseki.xlsx`, '--unzip-limit', 'たくさん']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--unzip-limit たくさん/);
  });
});

describe('bad arguments: exit 2 and a message saying which and why', () => {
  it('an unknown option', () => {
    const r = kyodo(['validate', `${examples}ichinoseki.xlsx`, '--formt', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--formt/);
  });
  it("--constructor and --__proto__ are unknown options, never Object's own members", () => {
    for (const name of ['constructor', '__proto__']) {
      const r = kyodo(['validate', `${examples}ichinoseki.xlsx`, `--${name}`, 'x']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`unknown option --${name}`);
    }
  });
  it('--map naming a sheet __proto__ changes nothing else: the same report as without it', () => {
    const args = [
      'validate',
      `${examples}ichinoseki.xlsx`,
      '--profile',
      'ichinoseki',
      '--today',
      '2025-05-31',
      '--format',
      'json',
    ];
    const plain = kyodo(args);
    const mapped = kyodo([...args, '--map', '__proto__:kind=projects', '--map', 'constructor:budget=F']);
    expect(mapped.code).toBe(plain.code);
    expect(mapped.stdout).toBe(plain.stdout);
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
