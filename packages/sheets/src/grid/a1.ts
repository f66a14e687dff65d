/**
 * Column letter as spreadsheets show it, from a 0-based index: 0 -> 'A', 25 -> 'Z', 26 -> 'AA'.
 */
export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 0)
    throw new RangeError(`column index must be a non-negative integer, got ${column}`);
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 reference from 0-based row and column: (0, 0) -> 'A1', (2, 27) -> 'AB3'. */
export function a1(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 0)
    throw new RangeError(`row index must be a non-negative integer, got ${row}`);
  return `${columnLetter(column)}${row + 1}`;
}

/** 0-based column index from a column letter ('A' -> 0, 'AA' -> 26), or undefined if not a column letter. */
export function columnIndex(letters: string): number | undefined {
  const s = letters.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return undefined;
  let n = 0;
  for (const ch of s) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
