import type { Severity } from '@kyodo/core';
import type { CellMark } from '@kyodo/sheets';
import { batches, boxOf, compactA1 } from './compactA1.js';
import { MARK_COLORS, type MarkRecord, NOTE_PREFIX } from './markRecord.js';

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

interface Flagged {
  row: number;
  column: number;
  cell: string;
  severity: Severity;
  messages: string[];
}

/** The marks planned for one sheet: what will change (to record first), and the writing. */
export interface MarkPlan {
  readonly records: readonly MarkRecord[];
  /** Writes the marks: one RangeList setBackground per severity, one setNotes. */
  write(): void;
}

/**
 * Plans the marks on the flagged cells of one sheet: a background by severity on each, and a
 * note starting with 【kyodo】 on each that had no note (a user's note is never changed). The
 * caller records `records` before calling `write`, so that a run cut short (an error, the
 * 6-minute limit) never leaves a mark the clear does not know of. Calls do not grow with rows:
 * one getBackgrounds over the flagged cells' bounding box here; in `write`, one RangeList
 * setBackground per severity and one setNotes over the box (other cells' notes written back as
 * read). `notes` are the sheet's notes as read (grid shape).
 */
export function planMarks(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  marks: readonly CellMark[],
  notes: readonly (readonly string[])[],
): MarkPlan {
  const byCell = new Map<string, Flagged>();
  for (const m of marks) {
    if (m.row < 1 || m.column < 1) continue;
    const key = `${m.row}:${m.column}`;
    const seen = byCell.get(key);
    if (seen === undefined) {
      byCell.set(key, {
        row: m.row,
        column: m.column,
        cell: m.cell,
        severity: m.severity,
        messages: [m.message],
      });
    } else {
      if (RANK[m.severity] > RANK[seen.severity]) seen.severity = m.severity;
      if (!seen.messages.includes(m.message)) seen.messages.push(m.message);
    }
  }
  const flagged = [...byCell.values()];
  if (flagged.length === 0) return { records: [], write: () => undefined };

  const { top, left, bottom, right } = boxOf(flagged);
  const box = sheet.getRange(top, left, bottom - top + 1, right - left + 1);
  const backgrounds = box.getBackgrounds();

  const boxNotes: string[][] = [];
  for (let r = top; r <= bottom; r += 1) {
    const row: string[] = [];
    for (let c = left; c <= right; c += 1) row.push(notes[r - 1]?.[c - 1] ?? '');
    boxNotes.push(row);
  }

  const name = sheet.getName();
  const sheetId = sheet.getSheetId();
  const records: MarkRecord[] = [];
  let notesChanged = false;
  for (const f of flagged) {
    const original = backgrounds[f.row - top]?.[f.column - left] ?? '#ffffff';
    const hadNote = (boxNotes[f.row - top]?.[f.column - left] ?? '') !== '';
    const markNote = hadNote ? null : `${NOTE_PREFIX}${f.messages.join('\n')}`;
    if (markNote !== null) {
      boxNotes[f.row - top]![f.column - left] = markNote;
      notesChanged = true;
    }
    records.push({
      sheet: name,
      sheetId,
      cell: f.cell,
      row: f.row,
      column: f.column,
      severity: f.severity,
      background: original,
      markBackground: MARK_COLORS[f.severity],
      markNote,
    });
  }

  return {
    records,
    write() {
      for (const severity of ['info', 'warning', 'error'] as const) {
        const cells = flagged.filter((f) => f.severity === severity);
        if (cells.length > 0)
          for (const batch of batches(compactA1(cells)))
            sheet.getRangeList(batch).setBackground(MARK_COLORS[severity]);
      }
      if (notesChanged) box.setNotes(boxNotes);
    },
  };
}
