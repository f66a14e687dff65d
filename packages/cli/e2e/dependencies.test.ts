/**
 * The built command bundles @kyodo/core and @kyodo/sheets (packages/cli/tsup.config.ts) and
 * imports only its own dependencies and Node's modules: what `npm install @kyodo/cli` installs
 * is what it needs. The imports are read from dist/ by esbuild, as a bundler sees them.
 */

import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, dist } from './kyodo.js';

beforeAll(() => assertBuilt());

/** The package name of an import: 'exceljs', '@scope/name' (subpaths dropped). */
function packageOf(path: string): string {
  const parts = path.split('/');
  return path.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
}

describe('dist/index.js', () => {
  it('imports its dependencies and Node’s modules, never a @kyodo package', async () => {
    const result = await build({
      entryPoints: [dist],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      metafile: true,
      logLevel: 'silent',
    });
    const imported = new Set<string>();
    for (const input of Object.values(result.metafile.inputs))
      for (const i of input.imports) if (i.external) imported.add(i.path);
    const packages = [...imported].filter((p) => !p.startsWith('node:') && !builtinModules.includes(p));
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const dependencies = Object.keys(manifest.dependencies ?? {});
    expect(packages.map(packageOf).filter((p) => !dependencies.includes(p))).toEqual([]);
    expect(packages.filter((p) => p.startsWith('@kyodo/'))).toEqual([]);
    expect(packages.length).toBeGreaterThan(0);
  });
});
