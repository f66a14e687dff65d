/**
 * The add-on: the size of dist/Code.js (reported, not gated), the time Apps Script pays on
 * every execution — evaluating Code.js in a fresh V8 context, and that plus one KYODO_SUBSIDY
 * call over a 1,000-row column, which is what a custom function costs a user (30 seconds at
 * most) — and the number of service calls one validation makes on the in-memory SpreadsheetApp
 * for 10 and 10,000 rows (they must not grow with rows), with the time the validation takes in
 * the fake (one execution has 6 minutes).
 *
 * Alone: npx tsx bench/addon.bench.ts (after npm run build -w @kyodo/addon)
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { loadAddon } from '../testing/addon/fakes/loadAddon.js';
import { bigWorkbook } from '../testing/addon/workbooks.js';
import type { BenchFigure } from './figure.js';

const code = fileURLToPath(new URL('../addon/dist/Code.js', import.meta.url));

function validation(rows: number): { calls: number; validateMs: number; clearCalls: number } {
  const h = loadAddon();
  bigWorkbook(h.ss, rows);
  const t0 = performance.now();
  h.call('menuValidate');
  const validateMs = performance.now() - t0;
  const calls = h.log.total();
  h.log.reset();
  h.call('menuClear');
  return { calls, validateMs, clearCalls: h.log.total() };
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Median time to evaluate Code.js in a fresh V8 context: what every Apps Script execution pays first. */
function loadMs(runs = 15): number {
  const text = readFileSync(code, 'utf8');
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = vm.createContext({});
    const t0 = performance.now();
    vm.runInContext(text, context);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Median time to compile and evaluate Code.js with nothing cached: each run's text differs by a
 * trailing comment, so V8's compilation cache (which the same text hits from the second run of
 * loadMs on) cannot serve it — the parse an execution pays when its runtime has no cache.
 */
function coldLoadMs(runs = 15): number {
  const text = readFileSync(code, 'utf8');
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = vm.createContext({});
    const t0 = performance.now();
    vm.runInContext(`${text}\n// run ${i} ${Math.random()}`, context);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** A KYODO_SUBSIDY column of 1,000 rows: program, fiscal year, expense. */
function subsidyColumns(rows = 1000): unknown[][][] {
  const program = Array.from({ length: rows }, () => ['ichinoseki/kyodotai-shien']);
  const year = Array.from({ length: rows }, (_, i) => [i % 2 === 0 ? 'H26' : '平成27年度']);
  const expense = Array.from({ length: rows }, (_, i) => [100_000 + i * 300]);
  return [program, year, expense];
}

/** One KYODO_SUBSIDY call over a column of 1,000 rows, after a warm-up call on 2 rows. */
function subsidyColumnMs(): number {
  const h = loadAddon();
  const [program, year, expense] = subsidyColumns();
  h.call('KYODO_SUBSIDY', program!.slice(0, 2), year!.slice(0, 2), expense!.slice(0, 2)); // warm
  const t0 = performance.now();
  h.call('KYODO_SUBSIDY', program, year, expense);
  return performance.now() - t0;
}

/**
 * Median, over fresh V8 contexts, of evaluating Code.js and making its first call: one
 * KYODO_SUBSIDY over 1,000 rows — what a custom-function call costs when Apps Script starts
 * from nothing. A custom function reads no service, so the context holds none.
 */
function coldSubsidyMs(runs = 15): number {
  const text = readFileSync(code, 'utf8');
  const [program, year, expense] = subsidyColumns();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const context = vm.createContext({});
    const t0 = performance.now();
    vm.runInContext(text, context);
    (context as { KYODO_SUBSIDY: (...a: unknown[]) => unknown }).KYODO_SUBSIDY(program, year, expense);
    times.push(performance.now() - t0);
  }
  return median(times);
}

export default async function bench(): Promise<BenchFigure[]> {
  if (!existsSync(code)) throw new Error('addon/dist/Code.js is missing: npm run build -w @kyodo/addon');
  const size = statSync(code).size;
  const small = validation(10);
  const large = validation(10_000);
  return [
    {
      name: 'Code.js size (UTF-8)',
      value: Math.round(size / 102.4) / 10,
      unit: 'KB',
      note: `${size.toLocaleString('en-US')} bytes; names kept, whitespace and syntax minified`,
    },
    { name: 'service calls, validate 10 rows', value: small.calls, unit: 'calls' },
    {
      name: 'service calls, validate 10,000 rows',
      value: large.calls,
      unit: 'calls',
      note: 'must equal the 10-row figure',
    },
    { name: 'service calls, clear after 10 rows', value: small.clearCalls, unit: 'calls' },
    { name: 'service calls, clear after 10,000 rows', value: large.clearCalls, unit: 'calls' },
    {
      name: 'evaluate Code.js in a fresh V8 context (median of 15)',
      value: Math.round(loadMs() * 10) / 10,
      unit: 'ms',
      note: 'paid by every execution, custom-function calls included',
    },
    {
      name: 'compile and evaluate Code.js, nothing cached (median of 15)',
      value: Math.round(coldLoadMs() * 10) / 10,
      unit: 'ms',
      note: 'each run a different text: no compilation cache; grows with the size',
    },
    {
      name: 'evaluate Code.js and call KYODO_SUBSIDY over 1,000 rows, fresh V8 context (median of 15)',
      value: Math.round(coldSubsidyMs() * 10) / 10,
      unit: 'ms',
      note: 'one custom-function call from nothing; Apps Script allows 30 s',
    },
    {
      name: 'KYODO_SUBSIDY over a 1,000-row column (one call, after a warm-up)',
      value: Math.round(subsidyColumnMs()),
      unit: 'ms',
    },
    {
      name: 'validate 10,000 rows in the fake (bundle + @kyodo/sheets, no network)',
      value: Math.round(large.validateMs),
      unit: 'ms',
      note: 'every row has a #REF! budget: 10,000 flagged cells',
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await bench())
    console.log(`${f.name}: ${f.value} ${f.unit}${f.note ? `  (${f.note})` : ''}`);
}
