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
