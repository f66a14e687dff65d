import type { MarkRecord } from './markRecord.js';

/** The hidden sheet where the add-on keeps the record of its marks. */
export const MARKS_SHEET = '_kyodo_marks';

const HEADER = JSON.stringify({ kyodo: 'marks', version: 1 });

/**
 * The records of the marks on the workbook, or null when there is no record sheet. Kept in a
 * hidden sheet, one JSON record per row in column A (a record can outgrow the 9 KB of a
 * document property, docs/addon.md "Apps Script facts"): read with one getValues call.
 */
export function loadMarkRecords(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): MarkRecord[] | null {
  const sheet = ss.getSheetByName(MARKS_SHEET);
  if (sheet === null) return null;
  const rows = sheet.getDataRange().getValues();
  const records: MarkRecord[] = [];
  for (const row of rows.slice(1)) {
    const text = row[0];
    if (typeof text !== 'string' || text === '') continue;
    try {
      records.push(JSON.parse(text) as MarkRecord);
    } catch {
      // A row someone edited by hand is skipped: its cell is left as it is.
    }
  }
  return records;
}

/**
 * Writes the records into the hidden sheet with one clear and one setValues, creating and
 * hiding the sheet when needed, and leaving the user on the sheet they were on. Each row is a
 * JSON object, text that starts with '{': never read as a number, a date or a formula.
 */
export function saveMarkRecords(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  records: readonly MarkRecord[],
): void {
  let sheet = ss.getSheetByName(MARKS_SHEET);
  if (sheet === null) {
    const active = ss.getActiveSheet();
    sheet = ss.insertSheet(MARKS_SHEET, ss.getNumSheets());
    sheet.hideSheet();
    ss.setActiveSheet(active);
  } else {
    sheet.clear();
  }
  const rows = [[HEADER], ...records.map((r) => [JSON.stringify(r)])];
  sheet.getRange(1, 1, rows.length, 1).setValues(rows);
}

/** Deletes the record sheet, if there is one. */
export function deleteMarkStore(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const sheet = ss.getSheetByName(MARKS_SHEET);
  if (sheet !== null) ss.deleteSheet(sheet);
}
