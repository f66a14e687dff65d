import { getProfile, type Profile, unwrap } from '@kyodo/core';
import type { ScoresByKind, SheetKind, SheetReport } from '../src/report/Report.js';

/** A built-in profile. */
export function profile(id: 'ichinoseki' | 'toride' | 'plan-004'): Profile {
  return unwrap(getProfile(id));
}

/** Issues as 'code cell' lines (cell '-' for the whole sheet, the row number for a whole row), each place of a group listed. */
export function places(sheet: SheetReport): string[] {
  const out: string[] = [];
  for (const i of sheet.issues) {
    const where = i.places ?? [i.cell ?? (i.row === null ? '-' : String(i.row))];
    for (const p of where) out.push(`${i.code} ${p === '' ? '-' : p}`);
  }
  return out.sort();
}

/** Rows (1-based) with at least one issue. */
export function flaggedRows(sheet: SheetReport): Set<number> {
  const rows = new Set<number>();
  for (const i of sheet.issues) {
    for (const p of i.places ?? [i.cell ?? '']) {
      const m = /(\d+)$/.exec(p);
      if (m) rows.add(Number(m[1]));
    }
  }
  return rows;
}

/** A sheet's scores, checked to be of the kind expected (a test fails here, not on a missing field). */
export function scoresOf<K extends SheetKind>(sheet: SheetReport, kind: K): ScoresByKind[K];
export function scoresOf(sheet: SheetReport, kind: SheetKind): ScoresByKind[SheetKind] {
  if (sheet.kind !== kind || sheet.scores === null)
    throw new Error(
      `${sheet.name}: expected scores of a ${kind} sheet, got ${sheet.kind} (${sheet.scores === null ? 'none' : 'scored'})`,
    );
  return sheet.scores;
}
