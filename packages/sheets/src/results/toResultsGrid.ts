import { formatSource } from '@kyodo/core';
import type { Report, SheetIssue } from '../report/Report.js';
import { safeCellText } from './safeCellText.js';

const HEADERS = {
  ja: ['重要度', 'シート', 'セル', '行', '列', 'コード', 'メッセージ', '規則', '出典'],
  en: ['Severity', 'Sheet', 'Cell', 'Row', 'Column', 'Code', 'Message', 'Rule', 'Source'],
} as const;

const SEVERITY = {
  ja: { error: 'エラー', warning: '注意', info: '情報' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

/** 'and 1,240 more: C9, C10, …' for a grouped issue, in the language asked; '' for a single one. */
export function moreText(issue: SheetIssue, lang: 'ja' | 'en' = 'ja'): string {
  if (issue.count === undefined || issue.count <= 1) return '';
  const rest = issue.count - 1;
  const listed = issue.more ?? [];
  const n = rest.toLocaleString('en-US');
  const tail = listed.length < rest ? (lang === 'ja' ? ' …' : ', …') : '';
  return lang === 'ja'
    ? `（ほか${n}件: ${listed.join('、')}${tail}）`
    : ` (and ${n} more: ${listed.join(', ')}${tail})`;
}

/**
 * The results sheet of a report (docs/sheets.md "The report"): a header row, then one row
 * per issue with its severity in spreadsheet words, sheet, the cell to jump to, row, column,
 * code, message (with 'and N more' for a grouped issue), rule and source. Sheet-wide issues
 * come first for each sheet. Every string is safe to write into a sheet (safeCellText).
 *
 * @example
 * toResultsGrid(report)[0] //=> ['重要度', 'シート', 'セル', '行', '列', 'コード', 'メッセージ', '規則', '出典']
 */
export function toResultsGrid(report: Report, lang: 'ja' | 'en' = 'ja'): string[][] {
  const out: string[][] = [[...HEADERS[lang]]];
  for (const sheet of report.sheets) {
    for (const issue of sheet.issues) {
      out.push(
        [
          SEVERITY[lang][issue.severity],
          issue.sheet,
          issue.cell ?? '',
          issue.row === null ? '' : String(issue.row),
          issue.column ?? '',
          issue.code,
          issue.message[lang] + moreText(issue, lang),
          issue.rule ?? '',
          issue.source === undefined ? '' : formatSource(issue.source),
        ].map(safeCellText),
      );
    }
  }
  return out;
}
