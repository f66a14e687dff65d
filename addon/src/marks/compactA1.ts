import { columnLetter } from '@kyodo/sheets';

/** A cell by its 1-based row and column. */
export interface CellPlace {
  readonly row: number;
  readonly column: number;
}

/**
 * A1 references covering exactly the given cells, a vertical run in one column written as one
 * range ('C5:C9'), so a RangeList over a flagged column stays short. Duplicates are dropped.
 */
export function compactA1(cells: readonly CellPlace[]): string[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i]!;
    let last = first;
    let j = i + 1;
    while (j < sorted.length) {
      const next = sorted[j]!;
      if (next.column !== first.column || next.row > last.row + 1) break;
      last = next;
      j += 1;
    }
    const letter = columnLetter(first.column - 1);
    out.push(last.row === first.row ? `${letter}${first.row}` : `${letter}${first.row}:${letter}${last.row}`);
    i = j;
  }
  return out;
}

/** A1 references per RangeList call: well within what one Sheets request carries. */
export const RANGES_PER_CALL = 5000;

/** A1 references in batches of RANGES_PER_CALL (one RangeList call each). */
export function batches(a1s: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < a1s.length; i += RANGES_PER_CALL) out.push(a1s.slice(i, i + RANGES_PER_CALL));
  return out;
}

/** The bounding box of cells, by a loop: spreading 200,000 cells into Math.min passes the engine's argument limit. */
export function boxOf(cells: readonly CellPlace[]): {
  top: number;
  left: number;
  bottom: number;
  right: number;
} {
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let bottom = 0;
  let right = 0;
  for (const c of cells) {
    if (c.row < top) top = c.row;
    if (c.column < left) left = c.column;
    if (c.row > bottom) bottom = c.row;
    if (c.column > right) right = c.column;
  }
  return { top, left, bottom, right };
}
