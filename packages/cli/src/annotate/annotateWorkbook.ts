import type { Bilingual, Severity } from '@kyodo/core';
import type { Report, SheetIssue, Workbook } from '@kyodo/sheets';
import type ExcelJS from 'exceljs';
import { sheetNameOf } from '../io/sheetNameOf.js';
import {
  countsText,
  type Lang,
  placeText,
  say,
  severityWords,
  sortIssues,
  valueText,
} from '../render/words.js';

/** One flagged cell: where, how bad, and what to say. */
export interface AnnotationMark {
  readonly sheet: string;
  /** 1-based row and column. */
  readonly row: number;
  readonly column: number;
  readonly severity: Severity;
  readonly message: string;
}

/** Fill colours by severity: Excel's own "Bad", "Neutral" and a light blue. */
const fills: Readonly<Record<Severity, string>> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

const rank: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The title of the results sheet; a number is added when the workbook already has one. */
export const resultsSheetName = '検証結果';

/**
 * Annotate a workbook in place (the caller hands a COPY: the workbook as read, never written
 * back to its file) (issue 6 item 3): each flagged cell gets a fill by severity (the cell's
 * other formats kept; exceljs shares style objects between cells, so each is copied) and its
 * messages appended to its note (an existing note is kept, its text first); a sheet 検証結果
 * lists every issue with a link to its cell. Values, formulas and the notes of other cells are
 * not touched.
 */
export function annotateWorkbook(
  excel: ExcelJS.Workbook,
  report: Report,
  marks: readonly AnnotationMark[],
  lang: Lang = 'both',
): void {
  const byCell = new Map<string, AnnotationMark[]>();
  for (const mark of marks) {
    const key = `${mark.sheet}\u0000${mark.row}\u0000${mark.column}`;
    const list = byCell.get(key);
    if (list === undefined) byCell.set(key, [mark]);
    else list.push(mark);
  }
  for (const list of byCell.values()) {
    const first = list[0] as AnnotationMark;
    const worksheet = excel.getWorksheet(first.sheet);
    if (worksheet === undefined) continue;
    const cell = worksheet.getCell(first.row, first.column);
    const worst = list.reduce((a, m) => (rank[m.severity] < rank[a] ? m.severity : a), first.severity);
    cell.style = {
      ...cell.style,
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fills[worst] } },
    };
    const text = list.map((m) => `【kyodo ${severityWords[m.severity].ja}】${m.message}`).join('\n');
    appendNote(cell, text);
  }
  addResultsSheet(excel, report, lang);
}

function appendNote(cell: ExcelJS.Cell, text: string): void {
  const existing = cell.note as unknown;
  if (existing === undefined || existing === null || existing === '') {
    cell.note = text;
    return;
  }
  if (typeof existing === 'string') {
    cell.note = { texts: [{ text: existing }, { text: `\n\n${text}` }] };
    return;
  }
  const note = existing as ExcelJS.Comment;
  cell.note = { ...note, texts: [...(note.texts ?? []), { text: `\n\n${text}` }] };
}

function uniqueName(excel: ExcelJS.Workbook): string {
  let name = resultsSheetName;
  for (let n = 2; excel.getWorksheet(name) !== undefined; n++) name = `${resultsSheetName}${n}`;
  return name;
}

function addResultsSheet(excel: ExcelJS.Workbook, report: Report, lang: Lang): void {
  const ws = excel.addWorksheet(uniqueName(excel));
  const t = report.totals;
  const b = (text: Bilingual) => say(text, lang, ' / ');
  ws.getCell('A1').value = `${b({ ja: '検証結果', en: 'Validation report' })}: ${report.workbook}`;
  ws.getCell('A1').font = { bold: true, size: 14 };
  const counts = countsText({ error: t.errors, warning: t.warnings, info: t.infos });
  ws.getCell('A2').value = b({
    ja: `プロファイル ${report.profile.name.ja} (${report.profile.id})、基準日 ${report.today}、${counts.ja}`,
    en: `profile ${report.profile.name.en} (${report.profile.id}), as of ${report.today}: ${counts.en}`,
  });
  const headers: Bilingual[] = [
    { ja: 'シート', en: 'Sheet' },
    { ja: '場所', en: 'Place' },
    { ja: '重要度', en: 'Severity' },
    { ja: '内容', en: 'Message' },
    { ja: '内容 (英語)', en: 'Message (English)' },
    { ja: '値', en: 'Value' },
    { ja: '根拠', en: 'Rule' },
    { ja: '出典', en: 'Source' },
    { ja: 'コード', en: 'Code' },
  ];
  const headerRow = ws.getRow(4);
  headerRow.values = headers.map((h) => b(h));
  headerRow.font = { bold: true };
  let r = 5;
  for (const sheet of report.sheets) {
    for (const issue of sortIssues(sheet.issues)) {
      writeIssue(ws, r, issue, lang);
      r++;
    }
  }
  if (r === 5) ws.getCell('A5').value = b({ ja: '問題は見つかりませんでした', en: 'No issues found' });
  ws.views = [{ state: 'frozen', ySplit: 4 }];
  ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: Math.max(4, r - 1), column: headers.length } };
  const widths = [16, 10, 8, 60, 60, 16, 14, 36, 28];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
}

function writeIssue(ws: ExcelJS.Worksheet, r: number, issue: SheetIssue, lang: Lang): void {
  const row = ws.getRow(r);
  row.getCell(1).value = issue.sheet;
  const place = placeText(issue);
  const placeLabel = lang === 'en' ? place.en : place.ja;
  if (issue.cell !== null || issue.row !== null) {
    const target = issue.cell ?? `A${issue.row}`;
    row.getCell(2).value = { text: placeLabel, hyperlink: `#${quoteSheet(issue.sheet)}!${target}` };
    row.getCell(2).font = { color: { argb: 'FF0563C1' }, underline: true };
  } else {
    row.getCell(2).value = placeLabel;
  }
  const sev = severityWords[issue.severity];
  row.getCell(3).value = lang === 'en' ? sev.en : sev.ja;
  row.getCell(3).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fills[issue.severity] } };
  const more =
    issue.count !== undefined && issue.count > 1
      ? {
          ja: ` (同じ問題がほかに ${issue.count - 1} 件${issue.more?.length ? `: ${issue.more.join(', ')}` : ''})`,
          en: ` (and ${issue.count - 1} more${issue.more?.length ? `: ${issue.more.join(', ')}` : ''})`,
        }
      : { ja: '', en: '' };
  row.getCell(4).value = issue.message.ja + more.ja;
  row.getCell(5).value = issue.message.en + more.en;
  const value = valueText(issue.value);
  if (value !== '') row.getCell(6).value = value;
  if (issue.rule !== undefined) row.getCell(7).value = issue.rule;
  if (issue.source !== undefined) row.getCell(8).value = `${issue.source.document} ${issue.source.section}`;
  row.getCell(9).value = issue.code;
}

/** A sheet name as a formula reference: always quoted, inner quotes doubled. */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A new exceljs workbook holding the values of a CSV's grid as text (issue 6 item 3: the
 * annotated copy of a CSV is a new xlsx written from its values).
 */
export async function workbookFromGrids(workbook: Workbook): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const excel = new Excel.Workbook();
  for (const grid of workbook.sheets) {
    const ws = excel.addWorksheet(sheetNameOf(grid.name));
    grid.values.forEach((cells, r) => {
      if (cells.length === 0) return;
      const row = ws.getRow(r + 1);
      cells.forEach((v, c) => {
        if (v === null) return;
        row.getCell(c + 1).value = typeof v === 'object' ? valueText(v) : v;
      });
    });
  }
  return excel;
}
