import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, loadAddon } from '../../testing/addon/fakes/loadAddon.js';
import { entryPoints } from '../src/entryPoints.js';

const ADDON = fileURLToPath(new URL('../', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let code = '';
beforeAll(() => {
  if (!existsSync(`${DIST}Code.js`))
    throw new Error('addon/dist is missing: run `npm run build -w @kyodo/addon` first');
  code = readFileSync(`${DIST}Code.js`, 'utf8');
});

/** Top-level function declarations of Code.js with their JSDoc text. */
function declarations(): Map<string, string> {
  const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2019, true, ts.ScriptKind.JS);
  const found = new Map<string, string>();
  for (const statement of file.statements) {
    if (!ts.isFunctionDeclaration(statement) || statement.name === undefined) continue;
    const docs = ts.getJSDocCommentsAndTags(statement).map((d) => d.getText(file));
    found.set(statement.name.text, docs.join('\n'));
  }
  return found;
}

describe('dist/Code.js as Apps Script loads it', () => {
  it('declares every entry point as a top-level function, forwarding to the bundle', () => {
    const found = declarations();
    for (const e of entryPoints) expect(found.has(e.name), e.name).toBe(true);
    const h = loadAddon();
    const bundle = (h.context as Record<string, unknown>).__kyodo as Record<string, unknown>;
    const exported = Object.keys(bundle).filter((k) => typeof bundle[k] === 'function');
    // Both ways: nothing exported without its declaration, no declaration without an export.
    expect(new Set(exported)).toEqual(new Set(entryPoints.map((e) => e.name)));
    for (const name of exported)
      expect(typeof (h.context as Record<string, unknown>)[name], name).toBe('function');
  });

  it('gives each custom function its Japanese @customfunction help with @param lines on the declaration', () => {
    const found = declarations();
    const custom = entryPoints.filter((e) => e.kind === 'custom').map((e) => e.name);
    expect(custom).toEqual(['KYODO_SUBSIDY', 'KYODO_SCORE', 'KYODO_REVIEW', 'KYODO_DOMAIN', 'KYODO_NENDO']);
    for (const name of custom) {
      const doc = found.get(name) ?? '';
      expect(doc, name).toContain('@customfunction');
      expect(doc, name).toMatch(
        /@param \{[^}]+\} \w+ [\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u,
      );
    }
    for (const e of entryPoints.filter((x) => x.kind !== 'custom'))
      expect(found.get(e.name) ?? '', e.name).not.toContain('@customfunction');
  });

  it('uses no module syntax and calls no service at load (AuthMode.NONE)', () => {
    expect(code).not.toMatch(/\brequire\(|^import |^export /m);
    const h = loadAddon();
    expect(h.log.total()).toBe(0);
  });

  it('does not balloon: a guard at 576 KB (the size is reported by bench/addon.bench.ts, not gated)', () => {
    // Apps Script documents no limit on a script's size; its cost is load time on every
    // execution, which bench/addon.bench.ts measures. This guard catches a bundling mistake,
    // such as all of zod's locales (`import { z } from 'zod'`: about 800 KB). It was 512 KB
    // until every catalogue entry carried its meaning in Japanese and its 対処 (about 40 KB).
    expect(Buffer.byteLength(code)).toBeLessThan(576 * 1024);
  });

  it('holds no syntax newer than ES2019, the syntax Apps Script accepts (docs/addon.md)', async () => {
    // esbuild lowers to a target and reprints; printed for ES2019 and for the newest syntax,
    // a file with nothing newer than ES2019 comes out the same.
    const es2019 = await transform(code, { target: 'es2019', minifyWhitespace: true });
    const esnext = await transform(code, { target: 'esnext', minifyWhitespace: true });
    expect(es2019.code === esnext.code).toBe(true);
    const newer = await transform('const a = b?.c ?? d; class E { static f = 1 }', { target: 'es2019' });
    expect(newer.code).not.toMatch(/\?\.|\?\?|static f/);
  });
});

describe('the manifest and the push', () => {
  it('asks for exactly the two minimal scopes, V8 and Asia/Tokyo', () => {
    const manifest = JSON.parse(readFileSync(`${DIST}appsscript.json`, 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Tokyo');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('pushes exactly Code.js, Sidebar.html and appsscript.json from dist/ (clasp show-file-status, offline)', () => {
    const clasp = JSON.parse(readFileSync(`${ADDON}.clasp.json`, 'utf8'));
    expect(clasp.rootDir).toBe('dist');
    // clasp needs a script ID to report; a placeholder in a copy of the project, no login, no network.
    const dir = mkdtempSync(join(tmpdir(), 'kyodo-clasp-'));
    cpSync(DIST, join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'dist', 'stray.txt'), 'not for Apps Script');
    cpSync(`${ADDON}.claspignore`, join(dir, '.claspignore'));
    writeFileSync(join(dir, '.clasp.json'), JSON.stringify({ ...clasp, scriptId: 'offline-placeholder' }));
    const out = execFileSync(join(ROOT, 'node_modules/.bin/clasp'), ['show-file-status', '--json'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, HOME: dir },
      timeout: 50_000,
    });
    const status = JSON.parse(out.slice(out.indexOf('{')));
    expect([...status.filesToPush].sort()).toEqual([
      'dist/Code.js',
      'dist/Sidebar.html',
      'dist/appsscript.json',
    ]);
  });
});
