import type { Profile } from '@kyodo/core';
import {
  type CellMark,
  type Report,
  type ReviewRound,
  toCellMarks,
  toResultsGrid,
  validateWorkbook,
} from '@kyodo/sheets';
import { AddonError } from '../errors/AddonError.js';
import { dayOf } from '../grid/dayOf.js';
import { readSheet, type SheetRead } from '../grid/readSheet.js';
import type { Lang } from '../i18n/lang.js';
import { withDocumentLock } from '../lock/withDocumentLock.js';
import type { MarkRecord } from '../marks/markRecord.js';
import { MARKS_SHEET, saveMarkRecords } from '../marks/markStore.js';
import { type MarkPlan, planMarks } from '../marks/planMarks.js';
import { removeMarks } from '../marks/removeMarks.js';
import { sweepNotes } from '../marks/sweepNotes.js';
import { isMarkedOwnSheet, ownResultsSheet } from '../results/ownResultsSheet.js';
import { writeResults } from '../results/writeResults.js';
import { PROFILE_SHEET } from '../store/documentProfile.js';
import { savedMappings } from '../store/documentStore.js';

/** Which sheets a run validates: every sheet of the workbook, or the active one. */
export type Scope = 'workbook' | 'active';

/** What a run did: the report, the sheets' reads, the cells it marked and the results sheet's name. */
export interface Run {
  readonly report: Report;
  readonly reads: readonly SheetRead[];
  readonly marked: readonly MarkRecord[];
  readonly resultsSheet: string;
}

/**
 * Whether a sheet is one the add-on made: the results sheet, told by its developer metadata
 * (a user's own sheet named 検証結果 is the user's, validated like any other), and the hidden
 * sheets of mark records and the document's profile.
 */
export function isOwnSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  const name = sheet.getName();
  return name === MARKS_SHEET || name === PROFILE_SHEET || isMarkedOwnSheet(sheet);
}

/**
 * One validation run (docs/addon.md "What it does"): under the document lock, removes the previous marks, reads
 * each sheet with one batched call per kind (values, notes, merges), validates the workbook
 * with @kyodo/sheets (a review sheet funded from `review`'s budget, RULES X3), rewrites 検証結果
 * and marks the flagged cells, recording what it changed.
 * Reads and writes are a fixed number of calls per sheet whatever its rows.
 */
export function runValidation(scope: Scope, profile: Profile, lang: Lang, review?: ReviewRound): Run {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = ss.getSpreadsheetTimeZone() || 'Asia/Tokyo';
  return withDocumentLock(() => {
    let sheets: GoogleAppsScript.Spreadsheet.Sheet[];
    if (scope === 'active') {
      const active = ss.getActiveSheet();
      if (isOwnSheet(active)) throw new AddonError('ownSheet', { sheet: active.getName() });
      sheets = [active];
    } else {
      sheets = ss.getSheets().filter((s) => !isOwnSheet(s));
    }
    if (sheets.length === 0) throw new AddonError('noSheets');

    removeMarks(ss);
    const reads = sheets.map((s) => readSheet(s, timeZone));
    const today = (dayOf(new Date(), timeZone) ?? '').slice(0, 10);
    const report = validateWorkbook(
      { name: ss.getName(), sheets: reads.map((r) => r.grid) },
      { profile, today, mappings: savedMappings(), ...(review === undefined ? {} : { review }) },
    );

    const results = writeResults(ss, toResultsGrid(report, lang));

    const marksBySheet = new Map<string, CellMark[]>();
    for (const m of toCellMarks(report, lang)) {
      const list = marksBySheet.get(m.sheet);
      if (list === undefined) marksBySheet.set(m.sheet, [m]);
      else list.push(m);
    }
    const plans: MarkPlan[] = [];
    sheets.forEach((sheet, i) => {
      const grid = reads[i]?.grid;
      const marks = grid === undefined ? undefined : marksBySheet.get(grid.name);
      if (grid === undefined || marks === undefined || marks.length === 0) return;
      plans.push(planMarks(sheet, marks, grid.notes ?? []));
    });
    // The record first, then the marks: a run cut short leaves no mark the clear does not know.
    const marked: MarkRecord[] = plans.flatMap((p) => p.records);
    if (marked.length > 0) saveMarkRecords(ss, marked);
    for (const plan of plans) plan.write();
    return { report, reads, marked, resultsSheet: results.getName() };
  });
}

/**
 * Removes the marks and the results sheet under the document lock: the workbook is as it was
 * before the first run (docs/addon.md "What is stored where"). Without a record of the marks (the
 * hidden sheet deleted, or nothing marked), the notes with the 【kyodo】 prefix are swept.
 * Returns the cells restored.
 */
export function clearAll(): number {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  return withDocumentLock(() => {
    const restored = removeMarks(ss) ?? sweepNotes(ss.getSheets().filter((s) => !isOwnSheet(s)));
    // Only the sheet the add-on made and marked: a user's sheet named 検証結果 is never deleted.
    const results = ownResultsSheet(ss);
    if (results !== null) ss.deleteSheet(results);
    return restored;
  });
}
