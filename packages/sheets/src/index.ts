/**
 * @kyodo/sheets — validate and score the 協働 workbooks staff already keep, as they are
 * (shared/SHEETS.md): grids in, reports out. Pure: no file system, no Apps Script.
 */
export * from './grid/index.js';
