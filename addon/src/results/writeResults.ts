import { safeCellText } from '@kyodo/sheets';
import { MARK_COLORS } from '../marks/markRecord.js';

/** The sheet the add-on rewrites with the results of each run. */
export const RESULTS_SHEET = '検証結果';

const SEVERITY_WORDS: Readonly<Record<string, keyof typeof MARK_COLORS>> = {
  エラー: 'error',
  注意: 'warning',
  情報: 'info',
  error: 'error',
  warning: 'warning',
  info: 'info',
};

/** The index of the column that holds severities (every body cell a severity word), or -1. */
function severityColumn(rows: readonly (readonly string[])[], width: number): number {
  if (rows.length < 2) return -1;
  for (let c = 0; c < width; c += 1) {
    if (rows.slice(1).every((r) => (r[c] ?? '') in SEVERITY_WORDS)) return c;
  }
  return -1;
}

/**
 * Rewrites the results sheet 検証結果 with `grid` (toResultsGrid's rows, header first) with a
 * fixed number of calls whatever the number of rows: one clear, one setValues, and formatting
 * in batches (header style, frozen row, one setBackgrounds for the severity column). Every
 * string goes through safeCellText (again: idempotent): text that starts with = + - @ tab or
 * CR gets Sheets' quote prefix and is never read as a formula. The sheet is
 * created after the others when missing, leaving the user on the sheet they were on.
 */
export function writeResults(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  grid: readonly (readonly string[])[],
): GoogleAppsScript.Spreadsheet.Sheet {
  let sheet = ss.getSheetByName(RESULTS_SHEET);
  if (sheet === null) {
    const active = ss.getActiveSheet();
    sheet = ss.insertSheet(RESULTS_SHEET, ss.getNumSheets());
    ss.setActiveSheet(active);
  } else {
    sheet.clear();
  }
  const width = Math.max(1, ...grid.map((r) => r.length));
  const rows = grid.length === 0 ? [['']] : grid;
  const values = rows.map((r) => {
    const out: string[] = [];
    for (let c = 0; c < width; c += 1) out.push(safeCellText(String(r[c] ?? '')));
    return out;
  });
  sheet.getRange(1, 1, values.length, width).setValues(values);
  const header = sheet.getRange(1, 1, 1, width);
  header.setFontWeight('bold');
  header.setBackground('#e8eaed');
  sheet.setFrozenRows(1);
  const sc = severityColumn(rows, width);
  if (sc >= 0) {
    const colours = rows.slice(1).map((r) => [MARK_COLORS[SEVERITY_WORDS[r[sc] ?? ''] ?? 'info']]);
    sheet.getRange(2, sc + 1, colours.length, 1).setBackgrounds(colours);
  }
  return sheet;
}
