import { defineConfig } from 'tsup';

/** The library's modules: src/ without tests and their helpers. */
const modules = [
  'src/**/*.ts',
  '!src/**/*.test.ts',
  '!src/**/*.test-prop.ts',
  '!src/**/testing.ts',
  '!src/**/_arbitraries.ts',
  '!src/**/_fixture.ts',
];

export default defineConfig([
  {
    // ES modules, one file per source file (dist/ mirrors src/): with "sideEffects": false, a
    // bundler keeps only the files an import needs, so one function of core does not bring the
    // profiles, the schemas and zod along (e2e/treeshake.test.ts measures it).
    entry: modules,
    bundle: false,
    format: ['esm'],
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
    sourcemap: true,
    target: 'es2019',
  },
  {
    // CommonJS for require(): one file.
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2019',
  },
  {
    // A script-tag / Apps Script build: one global, no require, no import.
    entry: { 'kyodo-core': 'src/index.ts' },
    format: ['iife'],
    globalName: 'KyodoCore',
    target: 'es2019',
    minify: true,
    platform: 'browser',
  },
]);
