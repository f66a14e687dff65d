import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, kyodo } from './kyodo.js';
import { writeLargeSheet } from './largeSheet.js';

/**
 * Large sheets end in a result or one line with exit 2, never out of memory, a string too long
 * or a call stack exceeded (docs/security.md, 大きなシート). The workbooks are written at test
 * time as SpreadsheetML zipped by yazl; the largest sizes CI can afford here, the rest in
 * `npm run bench` (bench/cli.bench.ts).
 */
let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-large-'));
});

describe('large sheets', () => {
  it('50,000 rows, every one flagged, with one value in column XFD: validated and the JSON written whole', async () => {
    const file = join(dir, 'xfd.xlsx');
    await writeLargeSheet(file, { rows: 50_000, badEvery: 1, extra: { ref: 'XFD20', text: '端のメモ' } });
    const run = kyodo([
      'validate',
      file,
      '--profile',
      'ichinoseki',
      '--format',
      'json',
      '--out',
      join(dir, 'xfd.json'),
    ]);
    const report = JSON.parse(readFileSync(join(dir, 'xfd.json'), 'utf8')) as {
      totals: { rowsRead: number; errors: number; warnings: number };
      sheets: { issues: { severity: string }[] }[];
    };
    expect(report.totals.rowsRead).toBe(50_000);
    // Exit 1 with errors, 0 with warnings only (a form that contradicts its organiser is a warning).
    expect(run.code, run.stderr).toBe(report.totals.errors > 0 ? 1 : 0);
    expect(report.totals.errors + report.totals.warnings).toBeGreaterThan(30_000);
    // Issues of one kind are grouped in the report; the totals count every one.
    expect(report.sheets).toHaveLength(1);
  }, 120_000);

  it('report on 100,000 rows writes the publication summary', async () => {
    const file = join(dir, 'register.xlsx');
    await writeLargeSheet(file, { rows: 100_000, badEvery: 50 });
    const out = join(dir, 'summary.html');
    const run = kyodo(['report', file, '--profile', 'ichinoseki', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(statSync(out).size).toBeGreaterThan(1000);
    expect(readFileSync(out, 'utf8')).toContain('</html>');
  }, 120_000);

  it('--annotate on 1,000,000 rows stops in one line naming the limit and how to raise it', async () => {
    const file = join(dir, 'million.xlsx');
    await writeLargeSheet(file, { rows: 1_000_000 });
    const args = ['validate', file, '--annotate', join(dir, 'million-annotated.xlsx'), '--lang', 'en'];
    const byDefault = kyodo(args);
    expect(byDefault.code).toBe(2);
    expect(byDefault.stderr.trim().split('\n')).toHaveLength(1);
    expect(byDefault.stderr).toMatch(/unzips to \d+ MB, over the limit of 256 MB .* --unzip-limit \d+/);
    // Past the unzip limit, the memory Node may use is the next limit (--max-old-space-size=4096 here, as CI may have less).
    const raised = kyodo([...args, '--unzip-limit', '1000'], {
      env: { NODE_OPTIONS: '--max-old-space-size=4096' },
    });
    expect(raised.code).toBe(2);
    expect(raised.stderr.trim().split('\n')).toHaveLength(1);
    expect(raised.stderr).toMatch(
      /needs about \d+ MB of memory to read, but Node may use \d+ MB: run it with NODE_OPTIONS=--max-old-space-size=\d+/,
    );
  }, 120_000);
});
