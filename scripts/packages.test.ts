/**
 * The packages as npm users get them (docs/contributing.md "Packages"): each published package
 * carries its LICENSE and README, says where its source is and that it is public, and the
 * command does not depend on the libraries it bundles.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const published = ['core', 'sheets', 'cli'] as const;

function manifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${ROOT}${dir}/package.json`, 'utf8'));
}

/** The files `npm pack` would put in the tarball (offline, nothing written). */
function packed(dir: string): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json'], {
    cwd: `${ROOT}${dir}`,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
}

describe.each(published)('@kyodo/%s as published', (name) => {
  const dir = `packages/${name}`;
  // npm starts in a few seconds, longer on a busy machine.
  it('carries the MIT LICENSE and a README of its own', { timeout: 60_000 }, () => {
    const files = packed(dir);
    expect(files).toContain('LICENSE');
    expect(files).toContain('README.md');
    expect(readFileSync(`${ROOT}${dir}/LICENSE`, 'utf8')).toBe(readFileSync(`${ROOT}LICENSE`, 'utf8'));
    expect(manifest(dir).license).toBe('MIT');
    expect(readFileSync(`${ROOT}${dir}/README.md`, 'utf8')).toMatch(/^# @kyodo\//);
  });

  it('says where its source is and that a scoped package is public', () => {
    const m = manifest(dir);
    const root = manifest('.').repository as { url: string };
    expect(m.repository).toEqual({ type: 'git', url: root.url, directory: dir });
    expect(m.publishConfig).toEqual({ access: 'public' });
  });
});

describe('the kyodo command', () => {
  it('does not list the libraries it bundles as dependencies', () => {
    const dependencies = Object.keys((manifest('packages/cli').dependencies as object) ?? {});
    expect(dependencies.filter((d) => d.startsWith('@kyodo/'))).toEqual([]);
  });
});
