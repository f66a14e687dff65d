/**
 * The plain text of a cell note (comment) as exceljs gives it: a string, or rich text runs
 * under `texts`. '' when there is none.
 */
export function noteText(note: unknown): string {
  if (note === null || note === undefined) return '';
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: unknown }).texts;
  if (!Array.isArray(texts)) return '';
  let s = '';
  for (const run of texts) {
    const t = (run as { text?: unknown } | null)?.text;
    if (typeof t === 'string') s += t;
  }
  return s;
}

/**
 * Puts a note at row r, column c (0-based) of a Grid's notes, the rows and cells before it
 * filled with empty ones, as Grid.notes is laid out.
 */
export function putNote(notes: string[][], r: number, c: number, note: string): void {
  while (notes.length <= r) notes.push([]);
  const line = notes[r] as string[];
  while (line.length < c) line.push('');
  line[c] = note;
}
