import { type CellPlace, compactA1 } from './compactA1.js';
import { NOTE_PREFIX } from './markRecord.js';

/**
 * When the record of the marks is gone (someone deleted the hidden sheet), the notes the
 * add-on wrote can still be told apart by their 【kyodo】 prefix: removes those, on every sheet,
 * with one getNotes and one RangeList clearNote per sheet. Backgrounds cannot be restored
 * without the record and are left as they are. Returns the number of notes removed.
 */
export function sweepNotes(sheets: readonly GoogleAppsScript.Spreadsheet.Sheet[]): number {
  let removed = 0;
  for (const sheet of sheets) {
    const notes = sheet.getDataRange().getNotes();
    const cells: CellPlace[] = [];
    notes.forEach((row, r) => {
      row.forEach((note, c) => {
        if (typeof note === 'string' && note.startsWith(NOTE_PREFIX))
          cells.push({ row: r + 1, column: c + 1 });
      });
    });
    if (cells.length > 0) sheet.getRangeList(compactA1(cells)).clearNote();
    removed += cells.length;
  }
  return removed;
}
