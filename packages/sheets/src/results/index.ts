export { safeCellText } from './safeCellText.js';
export { type CellMark, toCellMarks } from './toCellMarks.js';
export { moreText, toResultsGrid } from './toResultsGrid.js';
