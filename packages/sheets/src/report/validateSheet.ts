import type { EvaluationScore, PlainDate, Profile, ProjectInfo } from '@kyodo/core';
import { columnIndex } from '../grid/a1.js';
import type { Grid } from '../grid/Grid.js';
import { classifyRow } from '../headers/classifyRow.js';
import { compileProfile } from '../headers/compileProfile.js';
import { HEADER_SCAN_ROWS } from '../headers/findHeaderRow.js';
import { findSheetHeader } from '../headers/findSheetHeader.js';
import { mapColumns } from '../headers/mapColumns.js';
import type { KindContext, ReviewRound } from '../kinds/context.js';
import { KIND_LABELS } from '../kinds/fields.js';
import { scoreSheet } from '../kinds/validators.js';
import { type Finding, finding } from './Finding.js';
import { groupFindings } from './groupFindings.js';
import type { HandMapping, SheetReport, SkippedRow } from './Report.js';
import { sheetsMessages } from './sheetsMessages.js';

/** Options of validateSheet. */
export interface ValidateSheetOptions {
  readonly profile: Profile;
  /** The day the validation is made for ('YYYY-MM-DD'): the current fiscal year of E8. */
  readonly today: PlainDate;
  /** This sheet's hand mapping (kind, field -> column letter, header row). */
  readonly mapping?: HandMapping;
  readonly onProgress?: (progress: { sheet: string; done: number; total: number }) => void;
  /** Projects known from the workbook's register (form, domain): evaluation scores per form and domain. */
  readonly projects?: readonly ProjectInfo[];
  /** Evaluations scored on the workbook's other evaluation sheets (validateWorkbook passes them). */
  readonly evaluationsElsewhere?: readonly EvaluationScore[];
  /** Evaluations on other sheets that could not be scored ('match key\u0000evaluator'). */
  readonly unscoredElsewhere?: ReadonlySet<string>;
  /** Projects (match keys) evaluated on an earlier evaluation sheet. */
  readonly evaluatedBefore?: ReadonlySet<string>;
  /** A project register adds its projects here (validateWorkbook passes them to evaluation sheets). */
  readonly collectProjects?: ProjectInfo[];
  /**
   * No sheet of the workbook had a column mapped (validateWorkbook sets it): a sheet without a
   * mapped column gets the error 'sheets.nothing-checked', so the report is never a pass.
   */
  readonly nothingChecked?: boolean;
  /** For a review sheet: the budget and the fiscal year of the round (RULES X3). */
  readonly review?: ReviewRound;
}

const PROGRESS_EVERY = 5000;

/**
 * Validate and score one sheet (docs/sheets.md, docs/contributing.md "Data flow"): find its header
 * row and kind (or take the hand mapping), map columns, leave out blank, totals and note rows,
 * normalise each cell, run the kind's checks on rows and across rows (each computed by core and
 * citing its rule), and score. Never throws for any cell value.
 *
 * @example
 * validateSheet(grid, { profile, today: '2024-10-01' }).issues.map((i) => `${i.code} ${i.cell}`)
 */
export function validateSheet(grid: Grid, options: ValidateSheetOptions): SheetReport {
  const compiled = compileProfile(options.profile);
  const hand = options.mapping;
  const findings: Finding[] = [];
  const header = findSheetHeader(grid, compiled.matchers, hand);
  const { matcher, headerRow } = header;
  let confidence = header.confidence;
  if (matcher === undefined || headerRow === undefined) {
    if (hand?.kind !== undefined) {
      findings.push(
        finding(
          sheetsMessages.problem('sheets.header-not-found', {
            kind: KIND_LABELS[hand.kind].ja,
            rows: HEADER_SCAN_ROWS,
          }),
          null,
          null,
        ),
      );
    } else findings.push(finding(sheetsMessages.problem('sheets.kind-unknown', {}), null, null));
    if (options.nothingChecked === true)
      findings.push(
        finding(
          sheetsMessages.problem('sheets.nothing-checked', { separator: separatorIn(grid) }),
          null,
          null,
        ),
      );
    const { issues, summary } = groupFindings(grid, findings, 0);
    return {
      name: grid.name,
      kind: hand?.kind ?? null,
      confidence: 0,
      headerRow: null,
      mapping: [],
      unmapped: [],
      rowsRead: 0,
      skipped: [],
      issues,
      scores: null,
      summary,
    };
  }
  if (hand?.fields !== undefined && hand.kind === undefined) confidence = Math.max(confidence, 1);
  const resolution = mapColumns(grid, matcher, headerRow, hand?.fields);
  findings.push(...resolution.findings);
  if (options.nothingChecked === true && resolution.mapping.length === 0)
    findings.push(
      finding(sheetsMessages.problem('sheets.nothing-checked', { separator: separatorIn(grid) }), null, null),
    );

  const rows: number[] = [];
  const skipped: SkippedRow[] = [];
  // A header repeated further down (a sheet laid out for printing) is not data.
  const headerColumns: number[] = [];
  const headerTexts: string[] = [];
  for (const m of resolution.mapping) {
    const c = columnIndex(m.column)!;
    const v = grid.values[headerRow]?.[c];
    if (typeof v === 'string' && v.trim() !== '') {
      headerColumns.push(c);
      headerTexts.push(v.trim());
    }
  }
  const repeatsHeader = (r: number): boolean => {
    if (headerColumns.length < 2) return false;
    const row = grid.values[r];
    for (let k = 0; k < headerColumns.length; k++) {
      const v = row?.[headerColumns[k]!];
      if (typeof v !== 'string' || v.trim() !== headerTexts[k]) return false;
    }
    return true;
  };
  for (let r = resolution.dataStart; r < grid.values.length; r++) {
    const why = classifyRow(grid.values[r]);
    if (why === undefined) {
      if (repeatsHeader(r)) skipped.push({ row: r + 1, reason: 'header' });
      else rows.push(r);
    } else if (why.text === undefined) skipped.push({ row: r + 1, reason: why.reason });
    else skipped.push({ row: r + 1, reason: why.reason, text: why.text });
  }
  // Trailing blank rows (the sheet's used range) are not worth a line each: keep those before data ends.
  const lastData = rows.length === 0 ? -1 : rows[rows.length - 1]!;
  const shownSkipped = skipped.filter((s) => s.reason !== 'blank' || s.row - 1 < lastData);

  const onProgress = options.onProgress;
  const total = rows.length;
  let nextReport = PROGRESS_EVERY;
  const ctx: KindContext = {
    grid,
    profile: options.profile,
    today: options.today,
    matcher,
    resolution,
    rows,
    missing: compiled.missing,
    findings,
    ...(options.projects === undefined ? {} : { projects: options.projects }),
    ...(options.collectProjects === undefined ? {} : { collectProjects: options.collectProjects }),
    ...(options.evaluationsElsewhere === undefined
      ? {}
      : { evaluationsElsewhere: options.evaluationsElsewhere }),
    ...(options.evaluatedBefore === undefined ? {} : { evaluatedBefore: options.evaluatedBefore }),
    ...(options.unscoredElsewhere === undefined ? {} : { unscoredElsewhere: options.unscoredElsewhere }),
    ...(options.review === undefined ? {} : { review: options.review }),
    progress(done: number) {
      if (onProgress !== undefined && (done >= nextReport || done === total)) {
        nextReport = done + PROGRESS_EVERY;
        onProgress({ sheet: grid.name, done, total });
      }
    },
  };
  const scored = scoreSheet(matcher.kind, ctx);
  onProgress?.({ sheet: grid.name, done: total, total });
  const { issues, summary } = groupFindings(grid, findings, rows.length);
  const report: SheetReport = {
    name: grid.name,
    ...scored,
    confidence,
    headerRow: headerRow + 1,
    mapping: resolution.mapping,
    unmapped: resolution.unmapped,
    rowsRead: rows.length,
    skipped: shownSkipped,
    issues,
    summary,
  };
  return matcher.variant === undefined ? report : { ...report, framework: matcher.variant };
}

/** A separator packed into one cell of the first rows ('tab', ';' or ','), or '' (a file read with the wrong separator). */
function separatorIn(grid: Grid): string {
  for (const row of grid.values.slice(0, HEADER_SCAN_ROWS))
    for (const v of row ?? []) {
      if (typeof v !== 'string') continue;
      if (v.includes('\t')) return 'tab';
      if (v.split(';').length > 2) return ';';
      if (v.split(',').length > 2) return ',';
    }
  return '';
}
