/**
 * @kyodo/cli — the kyodo command (docs/cli.md): reads .xlsx and .csv into the grids @kyodo/sheets
 * validates, prints reports (text, json, md, html), writes annotated copies and publication
 * summaries, and computes subsidies (docs/cli.md "kyodo subsidy"). `main` is what bin/kyodo.js runs; `run` takes
 * its console as a parameter (tests, benchmarks).
 */
export { type Console, todayInJapan } from './Console.js';
export * from './io/index.js';
export { main } from './main.js';
export { run, version } from './run.js';
