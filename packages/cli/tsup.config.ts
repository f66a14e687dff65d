import { defineConfig } from 'tsup';

/**
 * The kyodo command, built to dist/ for bin/kyodo.js.
 *
 * The workspace packages (@kyodo/core, @kyodo/sheets) are bundled from their source (through
 * tsconfig paths), so the command carries exactly the rules it was built with and needs no
 * build order among the packages; they are therefore not dependencies of this package
 * (docs/contributing.md "Packages"). Their own dependencies (zod 4 and jsonc-parser, from
 * packages/core) come along inside them: the repository root holds another major version of
 * zod, which an external import from dist/ would find instead. This package's dependencies
 * (exceljs, csv-parse, tinyglobby, yauzl, yazl, @xmldom/xmldom, htmlparser2) stay imports;
 * exceljs is loaded only by the commands that read xlsx.
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
