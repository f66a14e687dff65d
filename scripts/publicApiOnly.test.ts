import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Dependencies are used through their documented API only (docs/contributing.md, 依存
 * ライブラリ): no import of a file a package does not export, no member whose name starts with
 * an underscore (a library's private state). Read from the source of every package and of the
 * add-on, so that a new one fails here.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const folders = ['packages/core/src', 'packages/sheets/src', 'packages/cli/src', 'addon/src'];

/**
 * Underscored names that are a library's public API, each with where it is documented: zod
 * Mini names its default-value wrapper `_default` (`default` is a reserved word), a named export
 * of the public entry `zod/mini`.
 */
const documented = new Set(['z._default']);

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|js|mjs)$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** Strings and comments blanked out, so that only code is searched. */
function codeOnly(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/\/\/[^\n]*/g, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, (m) => m.replace(/[^\n]/g, ' '));
}

const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(['"])([^'"]+)\1/g;

/** The package name and subpath of a bare import ('exceljs/lib/x.js' → ['exceljs', './lib/x.js']). */
function split(spec: string): [string, string] | undefined {
  if (spec.startsWith('.') || spec.startsWith('node:') || spec.startsWith('/')) return undefined;
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
  const rest = spec.slice(name.length);
  return [name, rest === '' ? '.' : `.${rest}`];
}

/** Whether a package's exports map offers the subpath (a key, or a `*` pattern). */
function exported(pkgName: string, subpath: string, from: string): boolean {
  if (pkgName.startsWith('@kyodo/')) return subpath === '.';
  const require = createRequire(from);
  let manifest: { exports?: unknown };
  try {
    manifest = JSON.parse(readFileSync(require.resolve(`${pkgName}/package.json`), 'utf8'));
  } catch {
    // A package without its package.json in its exports: found beside its main file.
    const main = require.resolve(pkgName);
    const at = main.lastIndexOf(`/node_modules/${pkgName}/`);
    manifest = JSON.parse(readFileSync(`${main.slice(0, at)}/node_modules/${pkgName}/package.json`, 'utf8'));
  }
  const exports = manifest.exports;
  if (subpath === '.') return true;
  if (exports === undefined || typeof exports === 'string') return false;
  const keys = Object.keys(exports as object);
  return keys.some((key) => {
    if (key === subpath) return true;
    const star = key.indexOf('*');
    return star !== -1 && subpath.startsWith(key.slice(0, star)) && subpath.endsWith(key.slice(star + 1));
  });
}

describe('dependencies through their documented API only', () => {
  const files = folders.flatMap((f) => sourceFiles(join(root, f)));

  it('finds the sources', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('imports no file a dependency does not export (no deep import into its lib/)', () => {
    const deep: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(specifier)) {
        const parsed = split(m[2] as string);
        if (parsed !== undefined && !exported(parsed[0], parsed[1], file))
          deep.push(`${relative(root, file)}: ${m[2]}`);
      }
    }
    expect(deep).toEqual([]);
  });

  it('touches no underscored member of anything', () => {
    const found: string[] = [];
    for (const file of files) {
      const code = codeOnly(readFileSync(file, 'utf8'));
      for (const m of code.matchAll(/([A-Za-z_$][\w$]*)?\s*(\?\.|\.)\s*(_[A-Za-z_$][\w$]*)/g)) {
        const name = `${m[1] ?? ''}.${m[3]}`;
        if (!documented.has(name)) found.push(`${relative(root, file)}: ${name}`);
      }
      for (const m of code.matchAll(/\[\s*(['"])_\w+\1\s*\]/g))
        found.push(`${relative(root, file)}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  it('would catch what kyodo once did: a deep import and an underscored member', () => {
    expect(exported('exceljs', './lib/doc/workbook.js', join(root, 'packages/cli/src/index.ts'))).toBe(false);
    expect(exported('zod', './mini', join(root, 'packages/core/src/index.ts'))).toBe(true);
    const code = codeOnly("const m = (worksheet as any)._merges; // ._note\nconst s = '._x';");
    expect([...code.matchAll(/\.\s*(_\w+)/g)].map((m) => m[1])).toEqual(['_merges']);
  });
});
