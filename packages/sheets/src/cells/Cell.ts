import { matchKey, type Problem } from '@kyodo/core';
import type { CellValue } from '../grid/Grid.js';
import { sheetsMessages } from '../report/sheetsMessages.js';

/**
 * What a normaliser made of one cell (docs/sheets.md "The report": the raw value and the
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

/**
 * Precompiled missing-value markers (once per profile): the match keys of the profile's markers,
 * and the characters a marker can start with, by which the text columns' fast reading tells
 * most names apart from a marker without normalising them (kinds/context.ts fastText).
 */
export interface MissingMarkers {
  readonly keys: ReadonlySet<string>;
  /** Characters a marker may start with, as typed (any width, any case). */
  readonly first: ReadonlySet<string>;
}

/**
 * Precompile a profile's missing-value markers (空欄, －, ー, 未定, 該当なし) into match keys,
 * so that width and spaces do not matter (docs/sheets.md "The report").
 *
 * @example
 * missingMarkerKeys(['未定', '－']).keys.has(matchKey('未 定')) //=> true
 */
export function missingMarkerKeys(markers: readonly string[]): MissingMarkers {
  const keys = new Set<string>();
  for (const m of markers) {
    const k = matchKey(m);
    if (k !== '') keys.add(k);
    // A dash typed as any of the dashes staff use: －, ー, ―, ‐, -, –, —.
    if (/^[-－ー―‐–—−]$/u.test(k)) for (const d of ['-', 'ー', '―', '‐', '–', '—', '−']) keys.add(d);
  }
  const first = new Set<string>();
  for (const k of keys) {
    const c = k.charAt(0);
    for (const v of [c, c.toUpperCase(), c.toLowerCase()]) {
      first.add(v);
      const code = v.charCodeAt(0);
      if (code >= 0x21 && code <= 0x7e) first.add(String.fromCharCode(code + 0xfee0));
    }
  }
  for (const m of markers) {
    const t = m.trim();
    if (t !== '') first.add(t.charAt(0));
  }
  // Half-width katakana and the dashes NFKC folds.
  for (const d of ['－', '-', 'ｰ', 'ー', '―', '‐', '–', '—', '−']) if (keys.has(matchKey(d))) first.add(d);
  return { keys, first };
}

/** Whether a text is one of the missing-value markers (width, case and spaces aside). */
export function isMissingMarker(text: string, missing: MissingMarkers): boolean {
  return missing.keys.size > 0 && missing.keys.has(matchKey(text));
}

const ERROR_TEXTS = new Set([
  '#REF!',
  '#N/A',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
  '#GETTING_DATA',
]);

const EMPTY_BLANK_NULL: CellEmpty = { status: 'empty', raw: null, marker: null };

/**
 * The steps every normaliser takes first: an empty cell, a spreadsheet error value (its own
 * code, sheets.cell-error, also when a csv gives it as text: '#N/A'), or a missing-value marker. Returns undefined when the cell holds a
 * value to convert.
 */
export function precheck(
  raw: CellValue,
  options: CellOptions | undefined,
): CellEmpty | CellInvalid | undefined {
  if (raw === null || raw === undefined) return EMPTY_BLANK_NULL;
  if (typeof raw === 'string') {
    if (!startsVisible(raw) && (raw.trim() === '' || raw.normalize('NFKC').trim() === ''))
      return { status: 'empty', raw, marker: null };
    const missing = options?.missing;
    if (missing !== undefined && isMissingMarker(raw, missing))
      return { status: 'empty', raw, marker: raw.trim() };
    // An error value exported as text (csv): '#REF!', '#N/A'.
    const c0 = raw.charCodeAt(0);
    if ((c0 === 35 || c0 === 32 || c0 === 0x3000) && ERROR_TEXTS.has(raw.trim().toUpperCase())) {
      return invalid(
        raw,
        sheetsMessages.problem('sheets.cell-error', { code: raw.trim().toUpperCase() }, { input: raw }),
      );
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

/**
 * Whether a text starts with a character that is neither a space to String.prototype.trim nor
 * one NFKC turns into a space: then it is not blank, and neither trim nor NFKC need be asked
 * (a property test checks this against both). Asking them of every text made the 100,000-row
 * sheets 11–20% slower (bench/sheets.bench.ts).
 */
function startsVisible(text: string): boolean {
  const c = text.charCodeAt(0); // NaN for '': not visible
  return (
    c > 32 &&
    c !== 0xa0 &&
    c !== 0x1680 &&
    !(c >= 0x2000 && c <= 0x200b) &&
    c !== 0x2028 &&
    c !== 0x2029 &&
    c !== 0x202f &&
    c !== 0x205f &&
    c !== 0x3000 &&
    c !== 0xfeff
  );
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
  if (typeof raw === 'string') {
    if (raw.length === 0) return true;
    // Text that starts with a visible character is not blank: no normalisation needed. The same
    // test as precheck, so a row classified as filled never has all its cells read as empty.
    if (startsVisible(raw)) return false;
    return raw.normalize('NFKC').trim() === '';
  }
  return false;
}
