import { linkSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputOntoInput } from './outputOntoInput.js';

describe('outputOntoInput', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kyodo-same-'));
  mkdirSync(join(dir, 'x'));
  writeFileSync(join(dir, 'x', '事業一覧.xlsx'), 'workbook');
  writeFileSync(join(dir, 'other.xlsx'), 'another workbook');
  linkSync(join(dir, 'x', '事業一覧.xlsx'), join(dir, 'hard.xlsx'));
  symlinkSync(join(dir, 'x', '事業一覧.xlsx'), join(dir, 'link.xlsx'));
  const inputs = ['other.xlsx', 'x/事業一覧.xlsx'];

  it('finds the input by another spelling, a symbolic link and a hard link', () => {
    for (const output of ['x/事業一覧.xlsx', './x/../x/事業一覧.xlsx', 'link.xlsx', 'hard.xlsx']) {
      const problem = outputOntoInput('--out', output, inputs, dir);
      expect(problem?.code, output).toBe('io.output-is-input');
      expect(problem?.message.en).toContain(`--out ${output} is the input file x/事業一覧.xlsx`);
    }
  });

  it('lets through a new file and a different file', () => {
    expect(outputOntoInput('--annotate', 'new.xlsx', inputs, dir)).toBeUndefined();
    expect(outputOntoInput('--annotate', 'x/事業一覧.xlsx', ['other.xlsx'], dir)).toBeUndefined();
  });
});
