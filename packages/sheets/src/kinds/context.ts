import type { EvaluationScore, FiscalYear, PlainDate, Problem, Profile, ProjectInfo, Yen } from '@kyodo/core';
import { type Cell, isMissingMarker, type MissingMarkers } from '../cells/Cell.js';
import { isNormal } from '../cells/normaliseTextCell.js';
import type { CellValue, Grid } from '../grid/Grid.js';
import type { KindMatcher } from '../headers/KindMatcher.js';
import type { HeaderResolution } from '../headers/mapColumns.js';
import { type Finding, finding } from '../report/Finding.js';
import { sheetsMessages } from '../report/sheetsMessages.js';
import type { FieldSpec } from './fields.js';

/** What a kind's validator works with: the grid, its header resolution, the data rows and the profile. */
export interface KindContext {
  readonly grid: Grid;
  readonly profile: Profile;
  readonly today: PlainDate;
  readonly matcher: KindMatcher;
  readonly resolution: HeaderResolution;
  /** 0-based rows of data (blank, totals and note rows left out). */
  readonly rows: readonly number[];
  readonly missing: MissingMarkers;
  readonly findings: Finding[];
  /** Projects of the workbook's register (form, domain), for evaluation aggregates per form and domain. */
  readonly projects?: readonly ProjectInfo[];
  /** Evaluations scored on the workbook's other evaluation sheets (the same framework). */
  readonly evaluationsElsewhere?: readonly EvaluationScore[];
  /** Evaluations on other sheets that could not be scored ('match key\u0000evaluator'): not reported missing. */
  readonly unscoredElsewhere?: ReadonlySet<string>;
  /** Projects (match keys) evaluated on an earlier evaluation sheet: their missing evaluators are said there. */
  readonly evaluatedBefore?: ReadonlySet<string>;
  /** Where a project register puts what it learns of its projects, for the evaluation sheets. */
  readonly collectProjects?: ProjectInfo[];
  /** For a review sheet: the budget to fund from and the fiscal year applied for (RULES X3). */
  readonly review?: ReviewRound;
  /** Report progress: rows done of ctx.rows.length. */
  progress(done: number): void;
}

/**
 * What a review round needs besides the sheet (RULES X3): the budget to fund the ranking from
 * (without one, applications are scored and ranked, and nothing is awarded), and the fiscal year
 * applied for when the sheet has no 年度 column and the framework's program needs one.
 */
export interface ReviewRound {
  readonly budget?: Yen;
  readonly fiscalYear?: FiscalYear;
}

/** A kind's validator: checks rows and across rows, adds findings, returns the scores. */
export type KindValidator = (ctx: KindContext) => Readonly<Record<string, unknown>>;

/** The raw value of a cell (null outside the grid). */
export function rawAt(grid: Grid, row: number, col: number): CellValue {
  const v = grid.values[row]?.[col];
  return v === undefined ? null : v;
}

/** The spec of a field of the context's kind. */
export function specOf(ctx: KindContext, field: string): FieldSpec {
  const spec = ctx.matcher.fields.find((f) => f.field === field);
  if (spec === undefined) throw new Error(`kyodo sheets: ${ctx.matcher.kind} has no field ${field}`);
  return spec;
}

/**
 * A column read for every data row: values aligned with ctx.rows (undefined where empty or
 * unreadable). Read them by index only: an absent column's values are an empty array.
 */
export interface ColumnValues<T> {
  /** The 0-based column, or undefined when the sheet has no column for the field. */
  readonly col: number | undefined;
  readonly values: readonly (T | undefined)[];
}

const NO_VALUES: readonly never[] = Object.freeze([]);

const MEMO_LIMIT = 1 << 16;

/**
 * Read one field's column for every data row with a normaliser: an unreadable cell adds its
 * problems at that cell, a read value's warnings too; an empty cell of a required field adds
 * sheets.required-empty. Results for repeated texts and numbers are memoised (a 年度 column
 * holds one value in a thousand rows), up to 65,536 different values, so a clean cell costs a
 * map lookup; `memo: false` for a column whose values rarely repeat (names, comments). `fast`
 * reads the common cell of a column without a Cell (a whole amount, a plain name): without it
 * the 100,000-row sheets of bench/sheets.bench.ts take 8–14% longer. A blank cell (null) is
 * empty without asking the normaliser, which must read it so (as every normaliser of cells/
 * does, through precheck).
 */
export function readColumn<T>(
  ctx: KindContext,
  field: string,
  normalise: (raw: CellValue) => Cell<T>,
  options: {
    readonly required?: boolean;
    readonly memo?: boolean;
    /** A reading that needs no Cell for the common case (undefined: take the normaliser). */
    readonly fast?: (raw: CellValue) => T | undefined;
    /**
     * For an optional field: the checks a missing-value marker (未定, －) in one of its cells keeps
     * from being made; such a cell is then a warning at that cell (sheets.marker-not-value), not a
     * silent blank.
     */
    readonly markerSkips?: { readonly ja: string; readonly en: string };
  } = {},
): ColumnValues<T> {
  const col = ctx.resolution.columns.get(field);
  if (col === undefined) return { col, values: NO_VALUES };
  const n = ctx.rows.length;
  const values: (T | undefined)[] = new Array(n).fill(undefined);
  const grid = ctx.grid.values;
  const spec = specOf(ctx, field);
  const required = options.required ?? spec.required;
  const memo = options.memo === false ? undefined : new Map<string | number, Cell<T>>();
  const fast = options.fast;
  for (let i = 0; i < n; i++) {
    const row = ctx.rows[i]!;
    const cellValue = grid[row]?.[col];
    const raw = cellValue === undefined ? null : cellValue;
    if (raw === null) {
      if (required) requiredEmpty(ctx, field, spec, row, col, raw, null);
      continue;
    }
    if (fast !== undefined) {
      const v = fast(raw);
      if (v !== undefined) {
        values[i] = v;
        continue;
      }
    }
    let cell: Cell<T> | undefined;
    if (memo !== undefined && (typeof raw === 'string' || typeof raw === 'number')) {
      cell = memo.get(raw);
      if (cell === undefined) {
        cell = normalise(raw);
        if (memo.size < MEMO_LIMIT) memo.set(raw, cell);
      }
    } else cell = normalise(raw);
    if (cell.status === 'value') {
      values[i] = cell.value;
      if (cell.warnings.length > 0) addProblems(ctx, cell.warnings, row, col, raw, cell.value);
    } else {
      if (cell.status === 'invalid') {
        addProblems(ctx, cell.problems, row, col, raw);
      } else if (required) requiredEmpty(ctx, field, spec, row, col, raw, cell.marker);
      else if (cell.marker !== null && options.markerSkips !== undefined)
        ctx.findings.push(
          finding(
            sheetsMessages.problem('sheets.marker-not-value', {
              field,
              label: spec.label.ja,
              marker: cell.marker,
              checks: options.markerSkips.ja,
              checksEn: options.markerSkips.en,
            }),
            row,
            col,
            raw,
          ),
        );
    }
  }
  return { col, values };
}

/** sheets.required-empty at a cell. */
function requiredEmpty(
  ctx: KindContext,
  field: string,
  spec: FieldSpec,
  row: number,
  col: number,
  raw: CellValue,
  marker: string | null,
): void {
  ctx.findings.push(
    finding(
      sheetsMessages.problem('sheets.required-empty', { field, label: spec.label.ja, marker }),
      row,
      col,
      raw,
    ),
  );
}

/**
 * The fast reading of a text cell: a string that core normaliseText would leave as it is and
 * that is no missing-value marker is its own value (see normaliseTextCell's isNormal).
 */
export function fastText(missing: MissingMarkers): (raw: CellValue) => string | undefined {
  // A normal text has no spaces, so it can be a marker only if its first character is one a
  // marker starts with: most names are told apart by one look in this table (without it, the
  // 100,000-row register took 6–14% longer).
  const first = new Uint8Array(0x10000);
  for (const c of missing.first) first[c.charCodeAt(0)] = 1;
  return (raw) =>
    typeof raw === 'string' &&
    isNormal(raw) &&
    (first[raw.charCodeAt(0)] === 0 || !isMissingMarker(raw, missing))
      ? raw
      : undefined;
}

/** Add problems at a cell. */
export function addProblems(
  ctx: KindContext,
  problems: readonly Problem[],
  row: number | null,
  col: number | null,
  raw?: CellValue,
  normalised?: unknown,
): void {
  for (const p of problems) ctx.findings.push(finding(p, row, col, raw, normalised));
}

/**
 * Say once for the sheet that a field's column is absent (docs/sheets.md: what cannot be
 * checked because a column is absent is a warning for the sheet, not one per row).
 */
export function columnMissing(ctx: KindContext, field: string, checks: string): void {
  const spec = specOf(ctx, field);
  ctx.findings.push(
    finding(
      sheetsMessages.problem('sheets.column-missing', { field, label: spec.label.ja, checks }),
      null,
      null,
    ),
  );
}

/** Warn once for every required field whose column the sheet lacks. */
export function requiredColumns(ctx: KindContext): void {
  for (const spec of ctx.matcher.fields) {
    if (spec.required && !ctx.resolution.columns.has(spec.field)) columnMissing(ctx, spec.field, '');
  }
}
