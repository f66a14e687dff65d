/**
 * Builds the add-on into dist/ for clasp (shared/APPS_SCRIPT.md):
 * - Code.js: the add-on as one IIFE assigned to `__kyodo` (an ES2019 module bundle made a
 *   script, minified, shrunk by scripts/shrink.ts, minified again), then a footer of real
 *   top-level function declarations, one per entry point, with their JSDoc;
 * - Sidebar.html: src/sidebar/index.html with its style and script inline;
 * - appsscript.json: the manifest (V8, Asia/Tokyo, the two minimal scopes).
 * Run: npm run build -w @kyodo/addon
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { build } from 'tsup';
import { entryPoints, footerOf, GLOBAL_NAME } from '../src/entryPoints.js';
import { manifest } from '../src/manifest.js';
import {
  aliasConstants,
  aliasStrings,
  assertES2019,
  assertNoCatalogueRead,
  catalogueSummaries,
  factorShapes,
  iifeOf,
  renameShort,
} from './shrink.js';

const here = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const dist = here('dist');
const tmp = here('dist/.tmp');
/** The syntax Apps Script is trusted with (shared/APPS_SCRIPT.md "Target ES2019"). */
const TARGET = 'es2019';

interface BundleOptions {
  readonly tsconfig: string;
  readonly format: 'esm' | 'iife';
  readonly target: string;
  readonly plugins?: Plugin[];
}

async function bundle(entry: string, name: string, options: BundleOptions): Promise<string> {
  const { tsconfig, format, target, plugins = [] } = options;
  await build({
    entry: { [name]: entry },
    outDir: tmp,
    format: [format],
    target,
    platform: 'browser',
    minify: true,
    splitting: false,
    sourcemap: false,
    dts: false,
    clean: false,
    silent: true,
    // @kyodo/core and @kyodo/sheets resolve to their src/ through the root tsconfig paths.
    tsconfig,
    outExtension: () => ({ js: '.js' }),
    esbuildPlugins: plugins,
    // Japanese text as UTF-8 (3 bytes a character) rather than \\uXXXX escapes (6): Apps Script
    // reads UTF-8, and the bundle's size is every call's latency.
    esbuildOptions(o) {
      o.charset = 'utf8';
      o.legalComments = 'none';
    },
  });
  return readFile(`${tmp}/${name}.js`, 'utf8');
}

/** Script text that is safe inside <script>…</script>. */
function inlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Options of a build: the tsconfig whose `paths` resolve @kyodo/core and @kyodo/sheets. */
export interface BuildOptions {
  readonly tsconfig?: string;
}

/** Builds dist/Code.js, dist/Sidebar.html and dist/appsscript.json. */
export async function buildAddon(options: BuildOptions = {}): Promise<void> {
  const tsconfig = options.tsconfig ?? here('../tsconfig.json');
  await rm(dist, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });

  // ES2019 (shared/APPS_SCRIPT.md): Apps Script has rejected syntax its V8 runs, so `?.` and `??`
  // are lowered too, not only class fields; scripts/shrink.ts wins back what the lowering costs.
  const summaries = { files: 0, removed: 0 };
  // An ES module made a script by iifeOf: esbuild's own IIFE adds module helpers and getters.
  const esm = await bundle(here('src/main.ts'), 'Code', {
    tsconfig,
    format: 'esm',
    target: TARGET,
    plugins: [catalogueSummaries(summaries)],
  });
  if (summaries.removed === 0) throw new Error('No message catalogue found: check scripts/shrink.ts');
  const minified = iifeOf(esm, GLOBAL_NAME);
  assertNoCatalogueRead(minified);
  const shrunk = aliasConstants(aliasStrings(factorShapes(minified, GLOBAL_NAME), GLOBAL_NAME), GLOBAL_NAME);
  const code = await renameShort(shrunk, GLOBAL_NAME, TARGET);
  const header = '// 協働チェック (kyodo) — built by addon/scripts/build.ts; do not edit.\n';
  const file = `${header}${code.trimEnd()}\n\n${footerOf(entryPoints)}\n`;
  assertES2019(file);
  await writeFile(`${dist}/Code.js`, file);

  const script = await bundle(here('src/sidebar/main.ts'), 'sidebar', {
    tsconfig,
    format: 'iife',
    target: TARGET,
  });
  const style = await readFile(here('src/sidebar/style.css'), 'utf8');
  const html = await readFile(here('src/sidebar/index.html'), 'utf8');
  const page = html
    .replace('<!-- style -->', () => `<style>\n${style.trim()}\n</style>`)
    .replace('<!-- script -->', () => `<script>\n${inlineScript(script.trim())}\n</script>`);
  if (page.includes('<!-- style -->') || page.includes('<!-- script -->') || page === html)
    throw new Error('Sidebar template lacks its <!-- style --> or <!-- script --> placeholder');
  await writeFile(`${dist}/Sidebar.html`, page);

  await writeFile(`${dist}/appsscript.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  await rm(tmp, { recursive: true, force: true });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildAddon();
