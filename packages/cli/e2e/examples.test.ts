import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, examples, kyodo, root } from './kyodo.js';

beforeAll(assertBuilt);

describe('the examples', () => {
  it('each example workbook validates with its profile and reports its mistakes (exit 1)', () => {
    for (const [file, profile] of [
      ['ichinoseki.xlsx', 'ichinoseki'],
      ['toride.xlsx', 'toride'],
      ['plan-004.xlsx', 'plan-004'],
      ['toride-projects-sjis.csv', 'toride'],
    ]) {
      const r = kyodo([
        'validate',
        `${examples}${file}`,
        '--profile',
        profile as string,
        '--today',
        '2025-05-31',
      ]);
      expect(r.code, file).toBe(1);
      expect(r.stderr, file).toBe('');
      expect(r.stdout, file).toContain('エラー');
    }
  });

  it('writes into a folder that does not exist yet (out/ as the README has it)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'kyodo-ex-')), 'out', '検証済み.xlsx');
    const r = kyodo(['validate', `${examples}plan-004.xlsx`, '--profile', 'plan-004', '--annotate', out]);
    expect(r.code).toBe(1);
    expect(existsSync(out)).toBe(true);
  });

  it('examples/npm-usage.mjs runs against the built @kyodo/core', () => {
    const r = spawnSync(process.execPath, [`${examples}npm-usage.mjs`], { cwd: root, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('200,000円');
    expect(r.stdout).toContain('一関市地域協働推進計画（002）8-2-1 事業4');
  });
});
