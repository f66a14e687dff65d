export { a1, columnIndex, columnLetter } from './a1.js';
export type { CellDate, CellError, CellValue, Grid, MergedRange, Workbook } from './Grid.js';
