import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { assertBuilt, kyodo } from './kyodo.js';

// Cell text that a terminal would act on: ESC [2J clears the screen, BEL rings, U+202E reverses
// what follows, U+009B is a one-byte CSI.
const hostile = '事業委託\u001b[2J\u0007\u202e\u009b31m';
const rows = [
  ['事業名', '協働相手', '協働の形態', '主催', '予算額'],
  ['花いっぱい運動', '取手花の会\u001b]0;pwned\u0007', hostile, '市民', '300000'],
];
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

let dir: string;
beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-term-'));
  writeFileSync(join(dir, 'esc.csv'), `${rows.map((r) => r.join(',')).join('\r\n')}\r\n`);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '協働事業一覧');
  writeFileSync(join(dir, 'esc.xlsx'), XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }));
});

describe('terminal output never carries control characters from cells', () => {
  it('shows ESC, BEL, C1 and bidi controls of a cell escaped in the text report', () => {
    const r = kyodo(['validate', join(dir, 'esc.csv'), '--profile', 'toride', '--today', '2024-10-01']);
    expect(r.code).toBe(1); // the form is unknown: its value is echoed
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('事業委託\\x1B[2J\\x07\\u202E\\x9B31m');
    expect(r.stderr).not.toMatch(RAW);
  });
  it('does the same for an xlsx written by another program', () => {
    const r = kyodo(['validate', join(dir, 'esc.xlsx'), '--profile', 'toride', '--today', '2024-10-01']);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stderr).not.toMatch(RAW);
  });
  it('shows them escaped in a one-line error too (a file name with ESC in it)', () => {
    const r = kyodo(['validate', join(dir, 'missing\u001b[2J\u0007.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain('missing\\x1B[2J\\x07.csv');
  });
});
