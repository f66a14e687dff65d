export type { Finding } from './Finding.js';
export { groupFindings, MORE_SHOWN } from './groupFindings.js';
export { type CatalogueSection, type IssueCode, issueCodes, issueCodesMarkdown } from './issueCodes.js';
export { type PublicationOptions, publicationSummaryOf } from './publicationSummaryOf.js';
export type {
  ColumnMapping,
  HandMapping,
  HandMappings,
  Report,
  ScoresByKind,
  SheetIssue,
  SheetKind,
  SheetReport,
  SheetReportBody,
  SheetScores,
  SheetSummary,
  SkippedRow,
} from './Report.js';
export { sheetsMessages } from './sheetsMessages.js';
export { type ValidateSheetOptions, validateSheet } from './validateSheet.js';
export { type ValidateWorkbookOptions, validateWorkbook } from './validateWorkbook.js';
