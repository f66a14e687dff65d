import type { Grid } from '../grid/Grid.js';
import type { HandMapping } from '../report/Report.js';
import { classifyRow } from './classifyRow.js';
import { findHeaderRow } from './findHeaderRow.js';
import type { KindMatcher } from './KindMatcher.js';

/** A sheet's kind and header row as found (or handed), before its columns are mapped. */
export interface SheetHeader {
  /** The kind's matcher, or undefined when no kind was found nor handed. */
  readonly matcher: KindMatcher | undefined;
  /** 0-based header row, or undefined when none was found. */
  readonly headerRow: number | undefined;
  /** How sure detection is, 0–1 (1 for a handed kind). */
  readonly confidence: number;
}

/**
 * Find a sheet's kind and header row among the profile's matchers (findHeaderRow), or take the
 * hand mapping (docs/cli.md "--map"): a handed kind narrows the matchers and is sure; a handed
 * header row is taken as it is; a handed kind with fields but no header found starts at the
 * first filled row. validateSheet and detectProfile read a sheet's header the same way.
 */
export function findSheetHeader(
  grid: Grid,
  allMatchers: readonly KindMatcher[],
  hand: HandMapping | undefined,
): SheetHeader {
  const matchers = hand?.kind === undefined ? allMatchers : allMatchers.filter((m) => m.kind === hand.kind);
  const found = findHeaderRow(grid, matchers);
  let confidence = found?.confidence ?? 0;
  let matcher: KindMatcher | undefined = found?.matcher;
  let headerRow = found?.row;
  if (hand?.headerRow !== undefined && Number.isInteger(hand.headerRow) && hand.headerRow >= 1) {
    headerRow = hand.headerRow - 1;
    if (matcher === undefined) matcher = matchers[0];
  }
  if (hand?.kind !== undefined) {
    confidence = 1;
    if (matcher === undefined) matcher = matchers[0];
    if (headerRow === undefined && hand.fields !== undefined && Object.keys(hand.fields).length > 0)
      headerRow = firstFilledRow(grid);
  }
  return { matcher, headerRow, confidence };
}

function firstFilledRow(grid: Grid): number | undefined {
  for (let r = 0; r < grid.values.length; r++) if (classifyRow(grid.values[r]) === undefined) return r;
  return undefined;
}
