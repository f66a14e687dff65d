import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, kyodo } from './kyodo.js';

// CSV files as staff get them, made at test time (iconv-lite writes the encodings). Headers as
// the plans and docs/sheets.md spell them: 事業名, 協働相手, 協働の形態, 主催, 予算額, 決算額;
// forms as 取手市's plan (003 第3章(2)) names them.
const header = ['事業名', '協働相手', '協働の形態', '主催', '予算額', '決算額'];
const rows = [
  ['花いっぱい運動', '取手花の会', '補助・助成', '市民', '300000', '280000'],
  ['子育て支援講座', '子育てサポートの会', '事業委託', '市民', '450000', '450000'],
  ['観光ガイド育成', '取手観光協会', '共催', '共同', '500000', '700000'],
];
const table = [header, ...rows];

let dir: string;
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
/** English output (or the --lang given in `more`). */
const validate = (path: string, ...more: string[]) =>
  kyodo([
    'validate',
    path,
    '--profile',
    'toride',
    '--today',
    '2024-10-01',
    ...(more.includes('--lang') ? [] : ['--lang', 'en']),
    ...more,
  ]);

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-csv-'));
});

/** The issues of a JSON report, as 'code cell'. */
function issues(stdout: string): string[] {
  const report = JSON.parse(stdout) as { sheets: { issues: { code: string; cell: string | null }[] }[] };
  return report.sheets.flatMap((s) => s.issues.map((i) => `${i.code} ${i.cell ?? '-'}`));
}

describe('kyodo validate on CSV files as they come', () => {
  const utf8 = `${table.map((r) => r.join(',')).join('\r\n')}\r\n`;

  it('reads a UTF-16 tab-separated file (Excel 「Unicode テキスト」 saved as .csv) as the same table, with or without BOM, either byte order', () => {
    const expected = validate(file('utf8.csv', utf8), '--format', 'json');
    const want = issues(expected.stdout);
    expect(want.length).toBeGreaterThan(0);
    const tabbed = `${table.map((r) => r.join('\t')).join('\r\n')}\r\n`;
    for (const [name, bytes] of [
      ['utf16le-bom.csv', iconv.encode(tabbed, 'utf-16le', { addBOM: true })],
      ['utf16le.csv', iconv.encode(tabbed, 'utf-16le')],
      ['utf16be-bom.csv', iconv.encode(tabbed, 'utf-16be', { addBOM: true })],
      ['utf16be.csv', iconv.encode(tabbed, 'utf-16be')],
    ] as const) {
      const r = validate(file(name, bytes), '--format', 'json');
      expect(r.stderr, name).toBe('');
      expect(r.code, name).toBe(expected.code);
      expect(issues(r.stdout), name).toEqual(want);
      const report = JSON.parse(r.stdout) as { sheets: { kind: string; mapping: unknown[] }[] };
      expect(report.sheets[0]?.kind, name).toBe('projects');
      expect(report.sheets[0]?.mapping.length, name).toBe(6);
    }
  });

  it('never passes a file whose columns it could not map (a separator it does not read): exit 1 and says why', () => {
    const piped = `${table.map((r) => r.join('|')).join('\n')}\n`;
    const r = validate(file('piped.csv', piped));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('nothing was checked (this is not a pass)');
    const packed = `${table.map((r) => `"${r.join('\t')}"`).join('\n')}\n`; // tabs inside one quoted cell
    const t = validate(file('packed.csv', packed));
    expect(t.code).toBe(1);
    expect(t.stdout).toContain('One cell holds headers separated by tabs');
  });

  it('reads quoted fields spanning lines and mixed line endings: rows and cells where Excel shows them', () => {
    const text =
      '事業名,協働相手,協働の形態,主催,予算額,決算額\r\n' +
      '"花いっぱい運動\n(春と秋)",取手花の会,補助・助成,市民,300000,280000\n' +
      '子育て支援講座,子育てサポートの会,事業委託,市民,450000,450000\r' +
      '観光ガイド育成,取手観光協会,共催,共同,500000,五十万円くらい\r\n';
    const r = validate(file('mixed.csv', text), '--format', 'json');
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as {
      sheets: { rowsRead: number; issues: { code: string; cell: string; value: unknown }[] }[];
    };
    expect(report.sheets[0]?.rowsRead).toBe(3);
    // The bad amount is in F4, the fourth record, whatever the line breaks before it.
    const bad = report.sheets[0]?.issues.find((i) => i.value === '五十万円くらい');
    expect(bad?.cell).toBe('F4');
  });

  it('refuses a quote never closed, naming the line it opened on (exit 2)', () => {
    const text = '事業名,協働相手\n花いっぱい運動,"取手花の会\n子育て支援講座,会\n';
    const r = validate(file('quote.csv', text), '--lang', 'both');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^kyodo: .*quote\.csv の 2 行目で始まる「"」が閉じられていません .* line 2 is never closed\n$/,
    );
  });

  it('refuses NUL bytes, naming the row and cell (exit 2, one line)', () => {
    const text = `${header.join(',')}\n花いっぱい運動,取手花の会\u0000\u0000,補助・助成,市民,300000,280000\n`;
    const r = validate(file('nul.csv', text), '--lang', 'both');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('nul.csv の 2 行目のセル B2 に NUL 文字 (0x00) があります');
    expect(r.stderr).toContain('row 2 (B2) holds a NUL character');
  });

  it('refuses invalid Shift_JIS, naming the row, the cell and the bytes (exit 2, one line)', () => {
    const before = iconv.encode(`${header.join(',')}\r\n花いっぱい運動,取手花の会,補助・助成,市民,`, 'cp932');
    const after = iconv.encode('300000,280000\r\n', 'cp932');
    const bytes = new Uint8Array([...before, 0x85, 0x40, ...after]); // 0x85 0x40: unassigned in CP932
    const r = validate(file('sjis-broken.csv', bytes), '--lang', 'both');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('row 2 (E2) has bytes that are not Shift_JIS text: 0x85 0x40');
    expect(r.stderr).toContain('2 行目のセル E2 に Shift_JIS として読めないバイト 0x85 0x40 があります');
    expect(r.stderr).toContain(`at byte ${before.length}`);
  });

  it('refuses a binary file named .csv (exit 2)', () => {
    const r = validate(
      file('image.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xd8, 0x80])),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a CSV text file');
  });
});
