export { cellValueOf } from './cellValueOf.js';
export { type DecodedText, decodeText, type TextEncodingName } from './decodeText.js';
export { ioMessages } from './ioMessages.js';
export { type CsvParse, parseCsv } from './parseCsv.js';
export { readWorkbook } from './readWorkbook.js';
export { readWorkbookFile, type WorkbookFile } from './readWorkbookFile.js';
