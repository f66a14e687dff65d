import { matchKey, type Problem } from '@kyodo/core';
import type { CellValue } from '../grid/Grid.js';
import { sheetsMessages } from '../report/sheetsMessages.js';

/**
 * What a normaliser made of one cell (shared/SHEETS.md "The report": the raw value and the
 * normalised value both kept): a value, an empty cell (blank or a declared missing-value
 * marker such as 未定), or the problems that kept it from being read. Never a silent default.
 */
export type Cell<T> = CellRead<T> | CellEmpty | CellInvalid;

/** A value read from the cell, with warnings worth a look (a date past its era's end). */
export interface CellRead<T> {
  readonly status: 'value';
  readonly value: T;
  readonly raw: CellValue;
  readonly warnings: readonly Problem[];
}

/** Nothing in the cell: blank, or a missing-value marker of the profile (marker kept). */
export interface CellEmpty {
  readonly status: 'empty';
  readonly raw: CellValue;
  /** The marker as written (未定, －), or null for a blank cell. */
  readonly marker: string | null;
}

/** The cell could not be read: an error value (#REF!), a wrong type, an unparsable text. */
export interface CellInvalid {
  readonly status: 'invalid';
  readonly raw: CellValue;
  readonly problems: readonly Problem[];
}

/** Options every normaliser takes: the profile's missing-value markers. */
export interface CellOptions {
  /** Missing-value markers (Profile.missingMarkers), checked before conversion; see missingMarkerKeys. */
  readonly missing?: MissingMarkers;
}

/** Precompiled missing-value markers: match keys of the profile's markers (once per sheet). */
export type MissingMarkers = ReadonlySet<string>;

/**
 * Precompile a profile's missing-value markers (空欄, －, ー, 未定, 該当なし) into match keys,
 * so that width and spaces do not matter (shared/SHEETS.md "The report").
 *
 * @example
 * missingMarkerKeys(['未定', '－']).has(matchKey('未 定')) //=> true
 */
export function missingMarkerKeys(markers: readonly string[]): MissingMarkers {
  const keys = new Set<string>();
  for (const m of markers) {
    const k = matchKey(m);
    if (k !== '') keys.add(k);
    // A dash typed as any of the dashes staff use: －, ー, ―, ‐, -, –, —.
    if (/^[-－ー―‐–—−]$/u.test(k)) for (const d of ['-', 'ー', '―', '‐', '–', '—', '−']) keys.add(d);
  }
  return keys;
}

const EMPTY_BLANK_NULL: CellEmpty = { status: 'empty', raw: null, marker: null };

/**
 * The steps every normaliser takes first: an empty cell, a spreadsheet error value (its own
 * code, sheets.cell-error), or a missing-value marker. Returns undefined when the cell holds a
 * value to convert.
 */
export function precheck(
  raw: CellValue,
  options: CellOptions | undefined,
): CellEmpty | CellInvalid | undefined {
  if (raw === null || raw === undefined) return EMPTY_BLANK_NULL;
  if (typeof raw === 'string') {
    if (raw.trim() === '' || raw.normalize('NFKC').trim() === '')
      return { status: 'empty', raw, marker: null };
    const missing = options?.missing;
    if (missing !== undefined && missing.size > 0 && raw.length <= 12) {
      const key = matchKey(raw);
      if (missing.has(key)) return { status: 'empty', raw, marker: raw.trim() };
    }
    return undefined;
  }
  if (typeof raw === 'object') {
    if (raw.kind === 'error') {
      return invalid(
        raw,
        sheetsMessages.problem('sheets.cell-error', { code: String(raw.code) }, { input: raw }),
      );
    }
  }
  return undefined;
}

/** A read value. */
export function read<T>(raw: CellValue, value: T, warnings: readonly Problem[] = []): CellRead<T> {
  return { status: 'value', value, raw, warnings };
}

/** A cell that could not be read. */
export function invalid(raw: CellValue, problems: Problem | readonly Problem[]): CellInvalid {
  return { status: 'invalid', raw, problems: Array.isArray(problems) ? problems : [problems as Problem] };
}

/** The type of a raw cell value, in the words of sheets.unexpected-type. */
export function typeOfCell(raw: CellValue): 'text' | 'number' | 'boolean' | 'date' | 'error' | 'empty' {
  if (raw === null || raw === undefined) return 'empty';
  if (typeof raw === 'string') return 'text';
  if (typeof raw === 'number') return 'number';
  if (typeof raw === 'boolean') return 'boolean';
  return raw.kind === 'date' ? 'date' : 'error';
}

/** sheets.unexpected-type for a cell. */
export function unexpectedType(raw: CellValue, expected: string): CellInvalid {
  return invalid(
    raw,
    sheetsMessages.problem('sheets.unexpected-type', { seen: typeOfCell(raw), expected }, { input: raw }),
  );
}

/** Is the cell blank as a person sees it (null, '', spaces of any width)? */
export function isBlank(raw: CellValue | undefined): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw === 'string') return raw.length === 0 || raw.normalize('NFKC').trim() === '';
  return false;
}
