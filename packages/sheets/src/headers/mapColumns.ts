import { columnIndex, columnLetter } from '../grid/a1.js';
import type { Grid, MergedRange } from '../grid/Grid.js';
import { type Finding, finding } from '../report/Finding.js';
import type { ColumnMapping } from '../report/Report.js';
import { sheetsMessages } from '../report/sheetsMessages.js';
import { type KindMatcher, matchHeader } from './KindMatcher.js';

/** How a sheet's columns were matched to its kind's fields (docs/sheets.md "The report"). */
export interface HeaderResolution {
  /** 0-based header row (the upper one when the header spans two rows). */
  readonly headerRow: number;
  /** 0-based first row of data. */
  readonly dataStart: number;
  /** field -> 0-based column. */
  readonly columns: ReadonlyMap<string, number>;
  /** field -> the header text its column has (units are read from it). */
  readonly headers: ReadonlyMap<string, string>;
  readonly mapping: readonly ColumnMapping[];
  readonly unmapped: readonly { readonly column: string; readonly header: string }[];
  /** Ambiguous headers and unusable hand mappings. */
  readonly findings: readonly Finding[];
}

/**
 * Match the columns under a header row to a kind's fields. A header may span two rows (実施期間
 * merged over 開始 | 終了): the lower row's words become qualifiers ('実施期間(開始)'). A hand
 * mapping (field -> column letter within the sheet) wins over detection; two columns matching one field is
 * sheets.header-ambiguous (the first is used); columns no field took are reported as unmapped.
 */
export function mapColumns(
  grid: Grid,
  matcher: KindMatcher,
  headerRow: number,
  hand?: Readonly<Record<string, string>>,
): HeaderResolution {
  const top = grid.values[headerRow] ?? [];
  const width = rowWidth(grid, headerRow);
  const merges = grid.merges ?? [];
  const parents: (string | null)[] = [];
  for (let c = 0; c < width; c++) parents.push(textAt(grid, merges, headerRow, c));
  const sub = subHeader(grid, merges, matcher, headerRow, width, parents);
  const dataStart = headerRow + (sub === undefined ? 1 : 2);

  const columns = new Map<string, number>();
  const headers = new Map<string, string>();
  const mapping: ColumnMapping[] = [];
  const findings: Finding[] = [];
  const taken = new Set<number>();
  const handFields = new Set<string>();
  const known = new Set(matcher.fields.map((f) => f.field));
  const labelOf = (field: string) => matcher.fields.find((f) => f.field === field)?.label.ja ?? field;
  const headerOf = (c: number): string => {
    const p = parents[c] ?? '';
    const s = sub?.[c] ?? null;
    if (s === null || s === '') return p;
    return p === '' || p === s ? s : `${p}（${s}）`;
  };

  let sheetWidth = 0;
  if (hand !== undefined) for (const row of grid.values) if (row.length > sheetWidth) sheetWidth = row.length;
  for (const [field, letter] of Object.entries(hand ?? {})) {
    const c = columnIndex(letter);
    if (!known.has(field) || c === undefined || c >= sheetWidth) {
      findings.push(
        finding(sheetsMessages.problem('sheets.mapping-invalid', { field, column: letter }), null, null),
      );
      continue;
    }
    columns.set(field, c);
    headers.set(field, headerOf(c));
    taken.add(c);
    handFields.add(field);
    mapping.push({ field, column: columnLetter(c), header: headerOf(c), by: 'hand' });
  }

  const unmapped: { column: string; header: string }[] = [];
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    const header = headerOf(c);
    if (header === '') continue;
    const candidates: string[] = [header];
    const s = sub?.[c];
    if (s !== undefined && s !== null && s !== '') candidates.push(s);
    const p = parents[c];
    if (p !== null && p !== undefined && p !== '' && p !== header) candidates.push(p);
    let hit: { field: string; alias: string } | undefined;
    for (const t of candidates) {
      hit = matchHeader(matcher, t);
      if (hit !== undefined) break;
    }
    if (hit === undefined) {
      unmapped.push({ column: columnLetter(c), header });
      continue;
    }
    const used = columns.get(hit.field);
    if (used !== undefined && handFields.has(hit.field)) {
      // The hand mapping already settled this field.
      unmapped.push({ column: columnLetter(c), header });
      continue;
    }
    if (used !== undefined) {
      const headerCellRow = sub?.[c] ? headerRow + 1 : headerRow;
      findings.push(
        finding(
          sheetsMessages.problem('sheets.header-ambiguous', {
            field: hit.field,
            label: labelOf(hit.field),
            used: columnLetter(used),
            header,
          }),
          headerCellRow,
          c,
          top[c] ?? null,
        ),
      );
      unmapped.push({ column: columnLetter(c), header });
      continue;
    }
    columns.set(hit.field, c);
    headers.set(hit.field, header);
    mapping.push({ field: hit.field, column: columnLetter(c), header, by: 'alias', alias: hit.alias });
  }
  mapping.sort((a, b) => (columnIndex(a.column) ?? 0) - (columnIndex(b.column) ?? 0));
  return { headerRow, dataStart, columns, headers, mapping, unmapped, findings };
}

/** The widest row among the header row and the one below it. */
function rowWidth(grid: Grid, row: number): number {
  return Math.max(grid.values[row]?.length ?? 0, grid.values[row + 1]?.length ?? 0);
}

/** A header cell's text; a cell inside a merge reads its top-left cell's text. */
function textAt(grid: Grid, merges: readonly MergedRange[], r: number, c: number): string | null {
  const v = grid.values[r]?.[c];
  if (typeof v === 'string' && v.trim() !== '') return v;
  if (typeof v === 'number') return String(v);
  for (const m of merges) {
    if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (m.top !== r || m.left !== c)) {
      const t = grid.values[m.top]?.[m.left];
      return typeof t === 'string' && t.trim() !== '' ? t : null;
    }
  }
  return null;
}

/**
 * The row under the header when it is a second header row: the header row has a merge over
 * several columns (or a blank continuing a header to its left) with words under it, the row
 * under it holds no numbers or dates, and its words, or the two rows' words joined, name fields
 * of the kind. Returns the lower row's texts per column, or undefined.
 */
function subHeader(
  grid: Grid,
  merges: readonly MergedRange[],
  matcher: KindMatcher,
  headerRow: number,
  width: number,
  parents: (string | null)[],
): (string | null)[] | undefined {
  const below = grid.values[headerRow + 1];
  if (below === undefined) return undefined;
  for (const v of below) if (typeof v === 'number' || (typeof v === 'object' && v !== null)) return undefined;
  const texts: (string | null)[] = [];
  for (let c = 0; c < width; c++) {
    const v = below[c];
    texts.push(typeof v === 'string' && v.trim() !== '' ? v : null);
  }
  const spanned = new Set<number>();
  for (const m of merges) {
    if (m.top === headerRow && m.right > m.left && m.bottom === headerRow) {
      for (let c = m.left; c <= m.right; c++) spanned.add(c);
    }
  }
  // Without merge data (csv): a blank header cell continuing the header to its left.
  const top = grid.values[headerRow] ?? [];
  const filled = parents.slice();
  for (let c = 1; c < width; c++) {
    const own = top[c];
    if ((own === null || own === undefined || own === '') && filled[c - 1] !== null && texts[c] !== null) {
      spanned.add(c);
      spanned.add(c - 1);
      if (filled[c] === null) filled[c] = filled[c - 1] ?? null;
    }
  }
  let named = 0;
  for (const c of spanned) {
    const s = texts[c];
    if (s === null || s === undefined) continue;
    const joined = `${filled[c] ?? ''}（${s}）`;
    if (matchHeader(matcher, joined) !== undefined || matchHeader(matcher, s) !== undefined) named++;
  }
  if (named === 0) return undefined;
  for (let c = 0; c < width; c++) parents[c] = filled[c] ?? null;
  return texts;
}
