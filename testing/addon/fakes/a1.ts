/** A rectangle of cells, 1-based, as Sheets addresses them. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly numRows: number;
  readonly numColumns: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 'A' for 1, 'AB' for 28. */
export function letterOf(column: number): string {
  let n = column;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Parses 'C7' or 'B2:D9' (no sheet name) as Sheets does; throws on anything else, as Sheets does. */
export function parseA1(a1: string): Rect {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(a1.trim());
  if (!m) throw new Error(`Range not found: ${a1}`);
  const c1 = columnNumber(m[1]!);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  if (r1 < 1 || r2 < 1) throw new Error(`Range not found: ${a1}`);
  return {
    row: Math.min(r1, r2),
    column: Math.min(c1, c2),
    numRows: Math.abs(r2 - r1) + 1,
    numColumns: Math.abs(c2 - c1) + 1,
  };
}

/** 'C7' or 'B2:D9'. */
export function a1Of(rect: Rect): string {
  const first = `${letterOf(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return first;
  return `${first}:${letterOf(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
}
