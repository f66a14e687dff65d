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
