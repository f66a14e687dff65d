import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, examples, kyodo } from './kyodo.js';

let dir: string;

beforeAll(() => {
  assertBuilt();
  dir = mkdtempSync(join(tmpdir(), 'kyodo-report-'));
});

describe('kyodo report', () => {
  it('writes the publication summary of the evaluations as one self-contained HTML page', () => {
    const out = join(dir, 'ichinoseki-report.html');
    const r = kyodo([
      'report',
      `${examples}ichinoseki.xlsx`,
      '--profile',
      'ichinoseki',
      '--today',
      '2025-05-31',
      '--out',
      out,
    ]);
    expect(r.stderr).toContain(out);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
    // the evaluated projects of the 評価シート, and an item of the framework
    for (const project of ['国際交流フェスティバル', '花いっぱい運動', '子育て支援講座'])
      expect(html).toContain(project);
    expect(html).toContain('話し合いの継続');
  });

  it('prints Markdown without --out', () => {
    const r = kyodo(['report', `${examples}plan-004.xlsx`, '--profile', 'plan-004', '--today', '2025-05-31']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^#/);
    expect(r.stdout).toContain('協働のまちづくり講座');
  });

  it('exit 2 on a file it cannot read, one line', () => {
    const r = kyodo(['report', join(dir, 'nai.xlsx'), '--out', join(dir, 'x.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
