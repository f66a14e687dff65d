import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, kyodo, root } from './kyodo.js';

beforeAll(assertBuilt);

describe('help', () => {
  it('kyodo --help: Japanese first, English too, every command', () => {
    const r = kyodo(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/[ぁ-んァ-ン一-龯]/);
    for (const command of ['validate', 'report', 'subsidy', 'profiles', 'profile show'])
      expect(r.stdout).toContain(command);
    expect(r.stdout).toContain('Usage');
  });
  it('kyodo help validate and kyodo validate --help print the same page', () => {
    const a = kyodo(['help', 'validate']);
    const b = kyodo(['validate', '--help']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toContain('--annotate');
  });
  it('npx kyodo --help works from the repository root', () => {
    const r = spawnSync('npx', ['--no-install', 'kyodo', '--help'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('kyodo validate');
  });
});
