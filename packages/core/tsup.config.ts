import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
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
