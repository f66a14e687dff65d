/** The developer metadata key that marks a sheet the add-on made, and the role of the results sheet. */
export const OWN_SHEET_KEY = 'kyodo.sheet';
export const RESULTS_ROLE = 'results';

/** The name the results sheet takes when no sheet has it. */
export const RESULTS_SHEET = '検証結果';

/**
 * The results sheet the add-on made in this spreadsheet, found by its developer metadata (not
 * by its name, which a user may have given a sheet of their own, and may change), or null.
 * One finder call.
 */
export function ownResultsSheet(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Spreadsheet.Sheet | null {
  const found = ss.createDeveloperMetadataFinder().withKey(OWN_SHEET_KEY).withValue(RESULTS_ROLE).find();
  for (const m of found) {
    const sheet = m.getLocation().getSheet();
    if (sheet !== null) return sheet;
  }
  return null;
}

/**
 * A name for a new results sheet: 検証結果, or, when the user already has a sheet of that name,
 * 検証結果（kyodo）, 検証結果（kyodo 2）, … — never a name taken.
 */
export function freeResultsName(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string {
  const taken = new Set(ss.getSheets().map((s) => s.getName()));
  if (!taken.has(RESULTS_SHEET)) return RESULTS_SHEET;
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? `${RESULTS_SHEET}（kyodo）` : `${RESULTS_SHEET}（kyodo ${n}）`;
    if (!taken.has(name)) return name;
  }
}

/** Whether a sheet is one the add-on made and marked (developer metadata on the sheet). */
export function isMarkedOwnSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  return sheet.getDeveloperMetadata().some((m) => m.getKey() === OWN_SHEET_KEY);
}
