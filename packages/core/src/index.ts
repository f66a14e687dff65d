/**
 * @kyodo/core — the rules of citizen–government cooperation (協働) as data and functions,
 * each citing the document and section it comes from (docs/rules.md; the plans by file name and section).
 *
 * Pure: no file system, no network, no clock (today's date is always a parameter).
 */

export * from './calendar/index.js';
export * from './evaluation/index.js';
export * from './forms/index.js';
export * from './money/index.js';
export * from './problems/index.js';
export * from './profiles/index.js';
export * from './publication/index.js';
export * from './review/index.js';
export * from './sources/index.js';
export * from './subsidies/index.js';
export * from './text/index.js';
