/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (one at a time, so figures do not
 * compete for the machine) and prints their figures. Speed and memory targets live here,
 * never in timed tests (see docs/contributing.md).
 *
 * Usage: npm run bench [-- name-filter]
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchFigure } from './figure.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filter === undefined || f.includes(filter))
  .sort();

const all: { bench: string; figure: BenchFigure }[] = [];
let failed = 0;
for (const file of files) {
  const bench = file.replace(/\.bench\.ts$/, '');
  process.stdout.write(`\n▶ ${bench}\n`);
  try {
    const mod = (await import(pathToFileURL(`${here}${file}`).href)) as {
      default: () => Promise<BenchFigure[]>;
    };
    for (const figure of await mod.default()) {
      all.push({ bench, figure });
      const note = figure.note === undefined ? '' : `  (${figure.note})`;
      process.stdout.write(`  ${figure.name}: ${format(figure.value)} ${figure.unit}${note}\n`);
    }
  } catch (error) {
    failed++;
    process.stdout.write(`  failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
}

process.stdout.write(`\n${all.length} figures from ${files.length} benchmarks\n`);
if (failed > 0) {
  process.stdout.write(`${failed} benchmark(s) failed\n`);
  process.exitCode = 1;
}

function format(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: 3 });
}
