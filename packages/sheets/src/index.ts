/**
 * @kyodo/sheets — validate and score the 協働 workbooks staff already keep, as they are
 * (docs/sheets.md): grids in, reports out. Pure: no file system, no Apps Script.
 */
export * from './cells/index.js';
export * from './detectProfile/index.js';
export * from './grid/index.js';
export * from './headers/index.js';
export * from './kinds/index.js';
export * from './profileTests/index.js';
export * from './report/index.js';
export * from './results/index.js';
