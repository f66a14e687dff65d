import type { Severity } from '@kyodo/core';

/** The prefix of every note the add-on writes, so staff (and a clear) can tell it apart. */
export const NOTE_PREFIX = '【kyodo】';

/** Background of a flagged cell, by severity (light tints that keep the text readable). */
export const MARK_COLORS: Readonly<Record<Severity, string>> = {
  error: '#f4c7c3',
  warning: '#fce8b2',
  info: '#d2e3fc',
};

/** The background getBackgrounds reports for a cell with no fill. */
export const NO_FILL = '#ffffff';

/**
 * What the add-on changed on one cell, and what was there before: enough for the clear to put
 * back exactly the original background and remove the note it added, and to leave alone a cell the user changed
 * after it was marked. The add-on writes a note only on a cell that had none (`markNote`); on a
 * cell with a note of the user's, `markNote` is null: that note is never touched, the cell only
 * gets a background (the message is on the results sheet).
 */
export interface MarkRecord {
  readonly sheet: string;
  /** The sheet's ID, which survives a rename between the run and the clear. */
  readonly sheetId: number;
  readonly cell: string;
  readonly row: number;
  readonly column: number;
  readonly severity: Severity;
  /** The cell's background before marking, as getBackgrounds gave it. */
  readonly background: string;
  readonly markBackground: string;
  readonly markNote: string | null;
}
