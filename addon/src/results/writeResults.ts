import { safeCellText } from '@kyodo/sheets';
import { MARK_COLORS } from '../marks/markRecord.js';
import { freeResultsName, OWN_SHEET_KEY, ownResultsSheet, RESULTS_ROLE } from './ownResultsSheet.js';

export { RESULTS_SHEET } from './ownResultsSheet.js';

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
    let all = true;
    for (let r = 1; r < rows.length && all; r += 1)
      all = ((rows[r] as readonly string[])[c] ?? '') in SEVERITY_WORDS;
    if (all) return c;
  }
  return -1;
}

/**
 * Rewrites the add-on's results sheet with `grid` (toResultsGrid's rows, header first) with a
 * fixed number of calls whatever the number of rows: one clear, one setValues, and formatting
 * in batches (header style, frozen row, one setBackgrounds for the severity column). Every
 * string goes through safeCellText (again: idempotent): text that starts with = + - @ tab or
 * CR gets Sheets' quote prefix and is never read as a formula. The sheet is the one the add-on
 * marked with developer metadata (docs/security.md) — never a user's sheet that happens to be
 * named 検証結果: when there is none it is created after the others, named 検証結果 or, if the
 * user has a sheet of that name, 検証結果（kyodo）, leaving the user on the sheet they were on.
 */
export function writeResults(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  grid: readonly (readonly string[])[],
): GoogleAppsScript.Spreadsheet.Sheet {
  let sheet = ownResultsSheet(ss);
  if (sheet === null) {
    const active = ss.getActiveSheet();
    sheet = ss.insertSheet(freeResultsName(ss), ss.getNumSheets());
    sheet.addDeveloperMetadata(
      OWN_SHEET_KEY,
      RESULTS_ROLE,
      SpreadsheetApp.DeveloperMetadataVisibility.PROJECT,
    );
    ss.setActiveSheet(active);
  } else {
    sheet.clear();
  }
  // No spread of the rows into a call: 200,000 rows would pass the engine's argument limit.
  let width = 1;
  for (const r of grid) if (r.length > width) width = r.length;
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
