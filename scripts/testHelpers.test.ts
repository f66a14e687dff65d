/**
 * Test helpers stay with their package (docs/contributing.md "Layout"): a test, a fixture or a
 * script of one package never imports another package's test helpers (its test/, e2e/ or
 * fixtures folders, its testing.ts, _fixtures.ts, _arbitraries.ts or its tests). Helpers more
 * than one package needs live in the top-level `testing/` folder, which is not published and
 * which any test may import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The folders whose files are read, each a package of its own for this check. */
const PACKAGES = ['packages/core', 'packages/sheets', 'packages/cli', 'addon', 'scripts', 'bench', 'testing'];

/** Where a package's test helpers are: a folder of its tests, or a file only its tests use. */
const HELPER_FOLDER = /(^|\/)(test|e2e|fixtures|testing)\//u;
const HELPER_FILE = /(^|\/)(testing|_fixtures?|_arbitraries)\.[cm]?[jt]s$|\.test(-prop)?\.[cm]?[jt]s$/u;

/** The package a repository path belongs to, or undefined outside them. */
function packageOf(path: string): string | undefined {
  return PACKAGES.find((p) => path === p || path.startsWith(`${p}/`));
}

/** Whether a path inside `pkg` is one of its test helpers (the shared `testing/` is nobody's). */
function isTestHelper(pkg: string, path: string): boolean {
  if (pkg === 'testing') return false;
  const inside = path.slice(pkg.length + 1);
  return HELPER_FOLDER.test(inside) || HELPER_FILE.test(inside);
}

function codeFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...codeFiles(path));
    else if (/\.[cm]?[jt]s$/u.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** `from '…'`, `import '…'`, `import('…')` and `require('…')`: the specifiers a file imports. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/gu;

/** The published name of each package, for imports such as '@kyodo/sheets/test/…'. */
const NAMES: Readonly<Record<string, string>> = {
  '@kyodo/core': 'packages/core',
  '@kyodo/sheets': 'packages/sheets',
  '@kyodo/cli': 'packages/cli',
  '@kyodo/addon': 'addon',
};

/** The repository path a specifier names, or undefined for a library outside the repository. */
function targetOf(file: string, specifier: string): string | undefined {
  if (specifier.startsWith('.')) return relative(ROOT, resolve(ROOT, dirname(file), specifier));
  const name = Object.keys(NAMES).find((n) => specifier === n || specifier.startsWith(`${n}/`));
  return name === undefined ? undefined : `${NAMES[name]}${specifier.slice(name.length)}`;
}

/** Each import of another package's test helpers in `text`, as 'file → target'. */
function crossings(file: string, text: string): string[] {
  const from = packageOf(file);
  const out: string[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const target = targetOf(file, m[1] as string);
    const to = target === undefined ? undefined : packageOf(target);
    if (target === undefined || to === undefined || to === from) continue;
    if (isTestHelper(to, target)) out.push(`${file} → ${target}`);
  }
  return out;
}

describe('the check itself', () => {
  it("finds an import of another package's test helpers, and lets the others through", () => {
    const text = [
      "import { torideProjects } from '../../packages/sheets/test/fixtures/projects.js';",
      "import { loadAddon } from '../../testing/addon/fakes/loadAddon.js';",
      "import { readWorkbook } from '../../packages/cli/src/io/readWorkbook.js';",
      "import { expectOk } from '@kyodo/core/src/money/testing.js';",
      "import { addGrid } from './fixtures.js';",
      "import { parseYen } from '@kyodo/core';",
    ].join('\n');
    expect(crossings('addon/test/workbooks.ts', text)).toEqual([
      'addon/test/workbooks.ts → packages/sheets/test/fixtures/projects.js',
      'addon/test/workbooks.ts → packages/core/src/money/testing.js',
    ]);
  });
});

describe("no package imports another package's test helpers", () => {
  // This file's own examples above are imports in strings, not imports: left out.
  const files = PACKAGES.flatMap((p) => codeFiles(p)).filter((f) => f !== 'scripts/testHelpers.test.ts');

  it('reads the tests and scripts of every package', () => {
    for (const file of ['addon/test/validate.test.ts', 'bench/addon.bench.ts', 'testing/addon/workbooks.ts'])
      expect(files, file).toContain(file);
  });

  it('finds none', () => {
    const found = files.flatMap((file) => crossings(file, readFileSync(join(ROOT, file), 'utf8')));
    expect(found).toEqual([]);
  });
});
