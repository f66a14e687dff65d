import { defineConfig } from 'tsup';

/**
 * The kyodo command, built to dist/ for bin/kyodo.js.
 *
 * The workspace packages (@kyodo/core, @kyodo/sheets) are bundled from their source (through
 * tsconfig paths), so the command carries exactly the rules it was built with and needs no
 * build order among the packages. Their own dependency (zod 4, from packages/core)
 * comes along: they are not dependencies of this package, and the repository root holds another
 * major version of zod, which an external import from dist/ would find instead. exceljs, this
 * package's dependency, stays an import, loaded only by the commands that read or write xlsx.
 */
export default defineConfig({
  entry: { index: 'src/index.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  tsconfig: 'tsconfig.build.json',
  noExternal: [/^@kyodo\//],
  clean: true,
  sourcemap: true,
  dts: false,
  splitting: false,
});
