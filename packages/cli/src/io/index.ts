export { cellValueOf } from './cellValueOf.js';
export {
  type BinaryBytes,
  type DecodedText,
  decodeText,
  type InvalidText,
  type TextEncodingName,
} from './decodeText.js';
export { ioMessages } from './ioMessages.js';
export { type CsvDelimiter, type CsvParse, parseCsv } from './parseCsv.js';
export { readWorkbook } from './readWorkbook.js';
export { readWorkbookFile, type WorkbookFile } from './readWorkbookFile.js';
