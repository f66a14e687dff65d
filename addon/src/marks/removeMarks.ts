import { batches, boxOf, type CellPlace, compactA1 } from './compactA1.js';
import { type MarkRecord, NO_FILL } from './markRecord.js';
import { deleteMarkStore, loadMarkRecords } from './markStore.js';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Removes the add-on's marks exactly: on each recorded cell whose background is still the
 * mark's, the original background comes back (no fill when it was '#ffffff'); each note the
 * add-on added, if still as written, is removed. A cell the user changed since is left as
 * the user made it. Then the record sheet is deleted. Calls per sheet do not grow with rows:
 * one getBackgrounds and one getNotes over the recorded cells' box, one RangeList call per
 * original colour, one clearNote. Returns the number of cells restored, or null when there is
 * no record of marks (no hidden sheet).
 */
export function removeMarks(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): number | null {
  const records = loadMarkRecords(ss);
  if (records === null) return null;
  const bySheet = new Map<number, MarkRecord[]>();
  for (const r of records) {
    const list = bySheet.get(r.sheetId);
    if (list === undefined) bySheet.set(r.sheetId, [r]);
    else list.push(r);
  }
  const sheets = new Map(ss.getSheets().map((s) => [s.getSheetId(), s]));
  let restored = 0;
  for (const [id, list] of bySheet) {
    // By ID, so a sheet renamed since the run is still found; a deleted sheet is skipped.
    const sheet = sheets.get(id);
    if (sheet === undefined) continue;
    const { top, left, bottom, right } = boxOf(list);
    const box = sheet.getRange(top, left, bottom - top + 1, right - left + 1);
    const backgrounds = box.getBackgrounds();
    const notes = box.getNotes();
    const byColour = new Map<string, CellPlace[]>();
    const notesToClear: CellPlace[] = [];
    for (const r of list) {
      const bg = backgrounds[r.row - top]?.[r.column - left] ?? NO_FILL;
      const note = notes[r.row - top]?.[r.column - left] ?? '';
      let touched = false;
      if (same(bg, r.markBackground)) {
        const colour = r.background.toLowerCase();
        const cells = byColour.get(colour);
        if (cells === undefined) byColour.set(colour, [r]);
        else cells.push(r);
        touched = true;
      }
      if (r.markNote !== null && note === r.markNote) {
        notesToClear.push(r);
        touched = true;
      }
      if (touched) restored += 1;
    }
    for (const [colour, cells] of byColour)
      for (const batch of batches(compactA1(cells)))
        sheet.getRangeList(batch).setBackground(colour === NO_FILL ? null : colour);
    if (notesToClear.length > 0)
      for (const batch of batches(compactA1(notesToClear))) sheet.getRangeList(batch).clearNote();
  }
  deleteMarkStore(ss);
  return restored;
}
