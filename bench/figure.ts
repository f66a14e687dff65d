/**
 * One figure a benchmark reports: what was measured, its value and unit, and a note on how
 * (input size, warm-up, machine). Every bench/*.bench.ts default-exports
 * `async function bench(): Promise<BenchFigure[]>`; bench/run.ts prints them.
 */
export interface BenchFigure {
  /** What was measured: 'parse 1M mixed yen and date cells'. */
  name: string;
  value: number;
  /** 'cells/s', 'ms', 'MB'. */
  unit: string;
  note?: string;
}
