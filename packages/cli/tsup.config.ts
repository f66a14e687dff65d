import { defineConfig } from 'tsup';

/**
 * The kyodo command, built to dist/ for bin/kyodo.js.
 *
 * The workspace packages (@kyodo/core, @kyodo/sheets) are bundled from their source (through
 * tsconfig paths), so the command carries exactly the rules it was built with and needs no
 * build order among the packages; everything else from node_modules (exceljs, zod, date-fns)
 * stays an import.
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
