import type { Bilingual, Severity } from '@kyodo/core';
import type { Report, SheetIssue } from '@kyodo/sheets';
import {
  citeWords,
  countsText,
  type Lang,
  placeText,
  say,
  severityWords,
  sortIssues,
  valueText,
} from '../render/words.js';
import { HEADERS, RESULTS_SHEET_WORDS, resultsHeadWords, sameProblemWords } from './resultsSheetWords.js';
import { columnLetters } from './rewriteSheet.js';
import { xmlText } from './xmlText.js';

/** The styles the results sheet uses (indices into the workbook's cellXfs). */
export interface ResultsStyles {
  readonly title: number;
  readonly header: number;
  readonly link: number;
  readonly severity: Readonly<Record<Severity, number>>;
}

const WIDTHS = [16, 10, 8, 60, 60, 16, 14, 36, 28];
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/**
 * The results sheet 検証結果 as a worksheet part (ECMA-376 Part 1 §18.3.1.99), written a row at
 * a time: a title, the profile and counts, a header row (frozen, with an autofilter) and one
 * row per issue — its sheet, its place as a link to the cell (§18.3.1.47 hyperlink, an
 * in-workbook location), severity (coloured), message in Japanese and English, the value, the
 * rule, the source and the code. Every text is an inline string, never a formula. Also gives
 * the filter's range, for the workbook's _xlnm._FilterDatabase name.
 */
export function resultsSheetXml(
  report: Report,
  lang: Lang,
  styles: ResultsStyles,
): { readonly pieces: Iterable<string>; readonly relationships: Iterable<string>; readonly lastRow: number } {
  const issues = report.sheets.flatMap((sheet) => sortIssues(sheet.issues));
  const lastRow = Math.max(5, 4 + issues.length);
  return {
    pieces: pieces(report, issues, lang, styles, lastRow),
    relationships: relationships(issues),
    lastRow,
  };
}

/** Where an issue's link goes, or null for an issue of the whole sheet. */
function targetOf(issue: SheetIssue): string | null {
  const target = issue.cell ?? (issue.row === null ? null : `A${issue.row}`);
  return target === null ? null : `${quoteSheet(issue.sheet)}!${target}`;
}

/**
 * The links' relationships, as exceljs and Excel's older files write an in-workbook link: a
 * target '#Sheet!A1' (ECMA-376 Part 1 §18.3.1.47), so that every reader finds it.
 */
function* relationships(issues: readonly SheetIssue[]): Generator<string> {
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;
  let n = 0;
  for (const issue of issues) {
    const target = targetOf(issue);
    if (target === null) continue;
    n++;
    yield `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xmlText(`#${target}`)}" TargetMode="External"/>`;
  }
  yield '</Relationships>';
}

function* pieces(
  report: Report,
  issues: readonly SheetIssue[],
  lang: Lang,
  styles: ResultsStyles,
  lastRow: number,
): Generator<string> {
  const b = (text: Bilingual) => say(text, lang, ' / ');
  const t = report.totals;
  const cols = WIDTHS.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join(
    '',
  );
  yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:I${lastRow}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="4" topLeftCell="A5" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A5" sqref="A5"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`;
  const counts = countsText({ error: t.errors, warning: t.warnings, info: t.infos });
  yield row(1, [cell('A1', `${b(RESULTS_SHEET_WORDS.title)}: ${report.workbook}`, styles.title)]);
  yield row(2, [
    cell('A2', b(resultsHeadWords(report.profile.name, report.profile.id, report.today, counts))),
  ]);
  yield row(
    4,
    HEADERS.map((h, i) => cell(`${columnLetters(i + 1)}4`, b(h), styles.header)),
  );
  const links: string[] = [];
  let r = 5;
  for (const issue of issues) {
    const place = placeText(issue);
    const target = targetOf(issue);
    const sev = severityWords[issue.severity];
    const more =
      issue.count !== undefined && issue.count > 1
        ? sameProblemWords(issue.count - 1, issue.more ?? [])
        : RESULTS_SHEET_WORDS.nothing;
    const value = valueText(issue.value);
    const cells = [
      cell(`A${r}`, issue.sheet),
      cell(`B${r}`, lang === 'en' ? place.en : place.ja, target === null ? undefined : styles.link),
      cell(`C${r}`, lang === 'en' ? sev.en : sev.ja, styles.severity[issue.severity]),
      cell(`D${r}`, issue.message.ja + more.ja),
      cell(`E${r}`, issue.message.en + more.en),
      value === '' ? '' : cell(`F${r}`, value),
      issue.rule === undefined ? '' : cell(`G${r}`, issue.rule),
      issue.source === undefined ? '' : cell(`H${r}`, b(citeWords(undefined, issue.source))),
      cell(`I${r}`, issue.code),
    ];
    if (target !== null) links.push(`<hyperlink ref="B${r}" r:id="rId${links.length + 1}"/>`);
    yield row(r, cells);
    r++;
  }
  if (issues.length === 0) yield row(5, [cell('A5', b(RESULTS_SHEET_WORDS.noIssues))]);
  yield `</sheetData><autoFilter ref="A4:I${lastRow}"/>`;
  if (links.length > 0) yield `<hyperlinks>${links.join('')}</hyperlinks>`;
  yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
}

function row(r: number, cells: readonly string[]): string {
  return `<row r="${r}">${cells.join('')}</row>`;
}

function cell(ref: string, text: string, style?: number): string {
  const s = style === undefined ? '' : ` s="${style}"`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
}

/** A sheet name as a formula reference: always quoted, inner quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
