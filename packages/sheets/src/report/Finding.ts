import type { Problem } from '@kyodo/core';
import type { CellValue } from '../grid/Grid.js';

/**
 * An issue as validation finds it, before the report groups and places it: a core Problem
 * (from core's catalogues or sheetsMessages) and where it was seen, 0-based; row null for the
 * whole sheet, column null for a whole row.
 */
export interface Finding {
  readonly problem: Problem;
  readonly row: number | null;
  readonly col: number | null;
  readonly value?: CellValue;
  readonly normalised?: unknown;
}

/** A finding at a place. */
export function finding(
  problem: Problem,
  row: number | null,
  col: number | null,
  value?: CellValue,
  normalised?: unknown,
): Finding {
  const f: {
    problem: Problem;
    row: number | null;
    col: number | null;
    value?: CellValue;
    normalised?: unknown;
  } = {
    problem,
    row,
    col,
  };
  if (value !== undefined) f.value = value;
  if (normalised !== undefined) f.normalised = normalised;
  return f;
}
