/**
 * Builds the add-on into dist/ for clasp (docs/addon.md "ビルドとデプロイ / Build and deploy"),
 * with esbuild's own options only:
 * - Code.js: the add-on as one script, `var __kyodo = (() => { … })()`, then a footer of real
 *   top-level function declarations, one per entry point, with their JSDoc (Apps Script calls
 *   functions by global name and reads custom-function help from those declarations);
 * - Sidebar.html: src/sidebar/index.html with its style and script inline;
 * - appsscript.json: the manifest (V8, Asia/Tokyo, the two minimal scopes).
 *
 * Code.js keeps its names (no identifier minification): an error in the Apps Script editor's
 * log names the function it happened in, and the code reads as written. Whitespace and syntax
 * are minified, in lines of about 160 characters: the file is a third smaller than unminified,
 * and renaming identifiers as well saved no measurable load time (bench/addon.bench.ts).
 * What costs load time is made lazy in the libraries instead (zod schemas are built on first
 * use). Syntax newer than ES2019 is lowered by esbuild, which stops the build on any it cannot
 * lower (docs/addon.md "開発者向け / For developers" says why Apps Script needs ES2019).
 *
 * Run: npm run build -w @kyodo/addon
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions as EsbuildOptions } from 'esbuild';
import { entryPoints, footerOf, GLOBAL_NAME } from '../src/entryPoints.js';
import { manifest } from '../src/manifest.js';

const here = (p: string) => fileURLToPath(new URL(`../${p}`, import.meta.url));
const dist = here('dist');

/** The syntax Apps Script accepts (docs/addon.md "開発者向け / For developers"). */
export const TARGET = 'es2019';

/** Options of a build: the tsconfig whose `paths` resolve @kyodo/core and @kyodo/sheets. */
export interface BuildOptions {
  readonly tsconfig?: string;
}

/** What both bundles share: one script for a browser-like runtime, Japanese kept as UTF-8. */
function common(tsconfig: string): EsbuildOptions {
  return {
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: TARGET,
    // @kyodo/core and @kyodo/sheets resolve to their src/ through the root tsconfig paths.
    tsconfig,
    // Japanese text as UTF-8 (3 bytes a character, readable in the editor) rather than \uXXXX (6).
    charset: 'utf8',
    minifyWhitespace: true,
    minifySyntax: true,
    // Short lines: an error's line number in the Apps Script editor points at a readable line.
    lineLimit: 160,
    logLevel: 'warning',
  };
}

async function bundle(entry: string, options: EsbuildOptions): Promise<string> {
  const result = await build({ entryPoints: [entry], ...options });
  const [file] = result.outputFiles ?? [];
  if (file === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
  return file.text;
}

/** Script text that is safe inside <script>…</script>. */
function inlineScript(js: string): string {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** Builds dist/Code.js, dist/Sidebar.html and dist/appsscript.json. */
export async function buildAddon(options: BuildOptions = {}): Promise<void> {
  const tsconfig = options.tsconfig ?? here('../tsconfig.json');
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });

  const code = await bundle(here('src/main.ts'), {
    ...common(tsconfig),
    globalName: GLOBAL_NAME,
    banner: { js: '// 協働チェック (kyodo) — built by addon/scripts/build.ts; do not edit.' },
    footer: { js: `\n${footerOf(entryPoints)}` },
  });
  await writeFile(`${dist}/Code.js`, code);

  const script = await bundle(here('src/sidebar/main.ts'), common(tsconfig));
  const style = await readFile(here('src/sidebar/style.css'), 'utf8');
  const html = await readFile(here('src/sidebar/index.html'), 'utf8');
  const page = html
    .replace('<!-- style -->', () => `<style>\n${style.trim()}\n</style>`)
    .replace('<!-- script -->', () => `<script>\n${inlineScript(script.trim())}\n</script>`);
  if (page.includes('<!-- style -->') || page.includes('<!-- script -->') || page === html)
    throw new Error('Sidebar template lacks its <!-- style --> or <!-- script --> placeholder');
  await writeFile(`${dist}/Sidebar.html`, page);

  await writeFile(`${dist}/appsscript.json`, `${JSON.stringify(manifest, null, 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await buildAddon();
