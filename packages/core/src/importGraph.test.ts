/**
 * Imports run one way inside core (docs/contributing.md "Layout"): no file imports itself back
 * through others, and no folder (one concept) imports a folder that imports it back. Only the
 * code core ships is read: tests and property tests may import what they check from anywhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = dirname(fileURLToPath(import.meta.url));

/** Every .ts file under `dir`, tests left out, as paths relative to `SRC`. */
function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !/\.test(-prop)?\.ts$/u.test(entry.name))
      files.push(relative(SRC, path));
  }
  return files;
}

/** `import … from './x.js'`, `export … from '../y.js'`, `import './z.js'` and `import('./w.js')`. */
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/gu;

/** The relative imports of a source text, each as a path relative to `SRC` ('.js' read as '.ts'). */
function importsOf(file: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(RELATIVE_IMPORT)) {
    const target = relative(SRC, resolve(SRC, dirname(file), m[1] as string));
    out.push(target.replace(/\.js$/u, '.ts'));
  }
  return out;
}

/** The folder (concept) of a file: its first path segment, or '.' for a file at the top. */
function folderOf(file: string): string {
  const at = file.indexOf('/');
  return at === -1 ? '.' : file.slice(0, at);
}

/**
 * The first cycle in a graph, as the nodes in order with the first repeated at the end
 * (['a', 'b', 'a']), or undefined when there is none. Nodes and edges are visited in sorted
 * order, so the same graph always names the same cycle.
 */
function findCycle(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] | undefined {
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (node: string): string[] | undefined => {
    const at = onPath.indexOf(node);
    if (at !== -1) return [...onPath.slice(at), node];
    if (done.has(node)) return undefined;
    onPath.push(node);
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle !== undefined) return cycle;
    }
    onPath.pop();
    done.add(node);
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle !== undefined) return cycle;
  }
  return undefined;
}

function addEdge(graph: Map<string, Set<string>>, from: string, to: string): void {
  let targets = graph.get(from);
  if (targets === undefined) {
    targets = new Set();
    graph.set(from, targets);
  }
  targets.add(to);
}

/** Core's import graphs: file to file, and folder to folder (a folder's own files left out). */
function coreGraphs(): { files: Map<string, Set<string>>; folders: Map<string, Set<string>> } {
  const files = new Map<string, Set<string>>();
  const folders = new Map<string, Set<string>>();
  for (const file of sourceFiles(SRC)) {
    files.set(file, files.get(file) ?? new Set());
    for (const target of importsOf(file, readFileSync(join(SRC, file), 'utf8'))) {
      addEdge(files, file, target);
      if (folderOf(file) !== folderOf(target)) addEdge(folders, folderOf(file), folderOf(target));
    }
  }
  return { files, folders };
}

describe('findCycle', () => {
  it('names the cycle it finds, and finds none in a graph that runs one way', () => {
    const oneWay = new Map([
      ['profiles', new Set(['forms', 'sources'])],
      ['forms', new Set(['sources'])],
    ]);
    expect(findCycle(oneWay)).toBeUndefined();
    const both = new Map([
      ['profiles', new Set(['forms', 'sources'])],
      ['forms', new Set(['sources'])],
      ['sources', new Set(['profiles'])],
    ]);
    expect(findCycle(both)).toEqual(['forms', 'sources', 'profiles', 'forms']);
    expect(findCycle(new Map([['a', new Set(['a'])]]))).toEqual(['a', 'a']);
  });

  it('reads every form of a relative import, and nothing else', () => {
    const text = [
      "import type { Profile } from '../profiles/schema.js';",
      "export { formKey } from './formKey.js';",
      "import * as z from 'zod/mini';",
      "const m = await import('../text/normalise.js');",
      "// a comment with the word from in it: 'not/an/import'",
    ].join('\n');
    expect(importsOf('forms/findForm.ts', text)).toEqual([
      'profiles/schema.ts',
      'forms/formKey.ts',
      'text/normalise.ts',
    ]);
  });
});

describe("core's imports run one way", () => {
  const { files, folders } = coreGraphs();

  it('reads the source files of every concept', () => {
    for (const file of ['forms/schema.ts', 'profiles/schema.ts', 'evaluation/schema.ts', 'sources/schema.ts'])
      expect(files.has(file), file).toBe(true);
    expect(folders.get('profiles')?.has('forms')).toBe(true);
  });

  it('no file imports itself back', () => {
    const cycle = findCycle(files);
    expect(cycle === undefined ? 'none' : `import cycle: ${cycle.join(' → ')}`).toBe('none');
  });

  it('no folder imports a folder that imports it back (forms, evaluation → sources ← profiles)', () => {
    const cycle = findCycle(folders);
    expect(cycle === undefined ? 'none' : `folder cycle: ${cycle.join(' → ')}`).toBe('none');
  });
});
