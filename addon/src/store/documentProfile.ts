import { type Profile, type Result, readProfileJson } from '@kyodo/core';

/**
 * The hidden sheet that keeps a municipality's own profile with the document: its JSON text in
 * column A, split into cells of at most 40,000 characters (a cell holds 50,000; a document
 * property only 9 KB, too small for a profile — docs/addon.md "Apps Script facts").
 */
export const PROFILE_SHEET = '_kyodo_profile';

const CHUNK = 40_000;

/** The profile JSON text kept with the document, or null when there is none. One getValues. */
export function documentProfileText(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  const sheet = ss.getSheetByName(PROFILE_SHEET);
  if (sheet === null) return null;
  const text = sheet
    .getDataRange()
    .getValues()
    .map((row) => (typeof row[0] === 'string' ? row[0] : ''))
    .join('');
  return text === '' ? null : text;
}

/**
 * Parses and loads profile JSON text with @kyodo/core readProfileJson: the line and column of
 * malformed JSON, the size limit, forbidden keys, and every problem with its path.
 */
export function parseProfileText(text: string): Result<Profile> {
  return readProfileJson(text);
}

/** The document's own profile, loaded, or null when the document has none. */
export function documentProfile(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): Result<Profile> | null {
  const text = documentProfileText(ss);
  return text === null ? null : parseProfileText(text);
}

/**
 * Keeps profile JSON text with the document in the hidden sheet (one clear and one setValues),
 * each chunk written with Sheets' quote prefix so that no piece of JSON is ever read as a
 * number, a date or a formula. Leaves the user on the sheet they were on.
 */
export function saveDocumentProfileText(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, text: string): void {
  let sheet = ss.getSheetByName(PROFILE_SHEET);
  if (sheet === null) {
    const active = ss.getActiveSheet();
    sheet = ss.insertSheet(PROFILE_SHEET, ss.getNumSheets());
    sheet.hideSheet();
    ss.setActiveSheet(active);
  } else {
    sheet.clear();
  }
  const rows: string[][] = [];
  for (let i = 0; i < text.length; i += CHUNK) rows.push([`'${text.slice(i, i + CHUNK)}`]);
  sheet.getRange(1, 1, rows.length, 1).setValues(rows);
}

/** Removes the document's own profile. */
export function deleteDocumentProfile(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const sheet = ss.getSheetByName(PROFILE_SHEET);
  if (sheet !== null) ss.deleteSheet(sheet);
}
