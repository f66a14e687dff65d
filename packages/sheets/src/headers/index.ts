export { classifyRow } from './classifyRow.js';
export { type CompiledProfile, compileProfile, itemField } from './compileProfile.js';
export { findHeaderRow, HEADER_SCAN_ROWS, type HeaderCandidate } from './findHeaderRow.js';
export { findSheetHeader, type SheetHeader } from './findSheetHeader.js';
export { type HeaderKey, headerKey } from './headerKey.js';
export { compileKind, type KindMatcher, matchHeader } from './KindMatcher.js';
export { likelyItem } from './likelyItem.js';
export { type HeaderResolution, mapColumns } from './mapColumns.js';
