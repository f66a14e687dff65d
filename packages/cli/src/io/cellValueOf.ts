import type { CellValue } from '@kyodo/sheets';

/**
 * A cell's value as the user sees it, from what exceljs gives for a cell (docs/cli.md "Files it reads"):
 * numbers, text and booleans as they are; the cached result of a formula (never the formula
 * text); a Date as the calendar day shown ({kind: 'date'}: exceljs hands date-formatted serials
 * over as UTC instants, so the UTC parts are the day the sheet shows); rich text and hyperlinks
 * as their plain text; error values as {kind: 'error'}. Empty text is an empty cell.
 *
 * @example
 * cellValueOf({ formula: 'SUM(B2:B4)', result: 120000 }) //=> 120000
 * cellValueOf(new Date(Date.UTC(2024, 3, 1))) //=> { kind: 'date', iso: '2024-04-01' }
 */
export function cellValueOf(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
      return value === '' ? null : value;
    case 'number':
      return Number.isFinite(value) ? value : { kind: 'error', code: '#NUM!' };
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return String(value);
  }
  if (value instanceof Date) return dateCell(value);
  const v = value as Record<string, unknown>;
  if ('error' in v && typeof v.error === 'string') return { kind: 'error', code: v.error };
  if ('formula' in v || 'sharedFormula' in v) return 'result' in v ? cellValueOf(v.result) : null;
  if (Array.isArray(v.richText)) return textOf(v.richText);
  if ('hyperlink' in v || 'text' in v) {
    const text = v.text;
    if (typeof text === 'string') return text === '' ? null : text;
    if (text !== null && typeof text === 'object' && Array.isArray((text as { richText?: unknown }).richText))
      return textOf((text as { richText: unknown[] }).richText);
    return null;
  }
  return null;
}

function textOf(runs: readonly unknown[]): string | null {
  let s = '';
  for (const run of runs) {
    const t = (run as { text?: unknown } | null)?.text;
    if (typeof t === 'string') s += t;
  }
  return s === '' ? null : s;
}

function dateCell(date: Date): CellValue {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return { kind: 'error', code: '#VALUE!' };
  // Round to the second: serials are binary fractions of a day.
  const d = new Date(Math.round(ms / 1000) * 1000);
  const iso = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  if (h === 0 && m === 0 && s === 0) return { kind: 'date', iso };
  return { kind: 'date', iso: `${iso}T${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}` };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}
