import type { Bilingual, ProblemParams, RuleId, Severity, Source } from '@kyodo/core';
import type { CellValue } from '../grid/Grid.js';
import type { EvaluationScores } from '../kinds/evaluations.js';
import type { IndicatorScores } from '../kinds/indicators.js';
import type { ProjectScores } from '../kinds/projects.js';
import type { RegionalPlanScores } from '../kinds/regionalPlan.js';
import type { ReviewScores } from '../kinds/reviews.js';
import type { SubsidyScores } from '../kinds/subsidies.js';

/** The kinds of sheet of docs/sheets.md, and the review sheet of a selection panel (RULES X3). */
export type SheetKind = 'projects' | 'subsidies' | 'evaluations' | 'regional-plan' | 'indicators' | 'reviews';

/**
 * One issue found in a sheet (docs/contributing.md "Data flow", docs/sheets.md "The report"): a stable
 * code, a severity in spreadsheet words, the place as the user sees it, the value seen, a
 * message in Japanese and English, and the rule and source it comes from.
 * A sheet-wide issue (a column the sheet lacks) has row, column and cell null.
 */
export interface SheetIssue {
  /** Stable code, `concept.what`; the catalogue is in docs/. */
  readonly code: string;
  readonly severity: Severity;
  /** The sheet's name as its tab shows it. */
  readonly sheet: string;
  /** 1-based row number as the user sees it, or null for the whole sheet. */
  readonly row: number | null;
  /** Column letter ('A', 'AB'), or null for a whole row or the whole sheet. */
  readonly column: string | null;
  /** A1 cell ('C7'), or null when the issue is not about one cell. */
  readonly cell: string | null;
  /** The raw value seen in the cell, when there is one. */
  readonly value?: CellValue;
  /** The value after normalisation, when one could be made. */
  readonly normalised?: unknown;
  readonly params: ProblemParams;
  readonly message: Bilingual;
  readonly rule?: RuleId;
  readonly source?: Source;
  /**
   * When the same fault in many rows is grouped: how many places in all. The issue's own
   * place is the first; `more` lists the next few cells. Never a silent cut.
   */
  readonly count?: number;
  readonly more?: readonly string[];
  /**
   * For a grouped issue: every A1 cell of the group, the first included (so cell marks reach
   * each one). Absent for a single issue.
   */
  readonly places?: readonly string[];
}

/** How one field of the sheet's kind was matched to a column. */
export interface ColumnMapping {
  readonly field: string;
  /** Column letter. */
  readonly column: string;
  /** The header text as it stands in the sheet. */
  readonly header: string;
  /** 'alias': matched through the profile's aliases; 'hand': given by a hand mapping. */
  readonly by: 'alias' | 'hand';
  /** The alias that matched (for 'alias'). */
  readonly alias?: string;
}

/** A row left out of validation, and why. */
export interface SkippedRow {
  readonly row: number;
  /**
   * 'blank': nothing in it; 'total': 合計, 計, 小計 in its first cells; 'note': a lone ※ / 注 line;
   * 'header': the header repeated (a sheet laid out for printing).
   */
  readonly reason: 'blank' | 'total' | 'note' | 'header';
  /** The text that made it a totals or note row. */
  readonly text?: string;
}

/**
 * A sheet's summary, first thing a reader sees (docs/sheets.md "The report"): counts by
 * severity and by code (each place counted, grouped or not), rows with errors and warnings,
 * and a quality figure with the sentence that explains it.
 */
export interface SheetSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly byCode: Readonly<Record<string, number>>;
  readonly rowsWithErrors: number;
  readonly rowsWithWarnings: number;
  /** Rows read without any error, as a share of rows read (1 when no rows were read). */
  readonly quality: number;
  readonly explanation: Bilingual;
}

/** The scores each kind of sheet gives (packages/sheets/README.md "Scores"; each kind in kinds/). */
export interface ScoresByKind {
  readonly projects: ProjectScores;
  readonly subsidies: SubsidyScores;
  readonly evaluations: EvaluationScores;
  readonly 'regional-plan': RegionalPlanScores;
  readonly indicators: IndicatorScores;
  readonly reviews: ReviewScores;
}

/**
 * A sheet's kind with the scores of that kind: checking `kind` tells which scores a sheet has
 * (`if (sheet.kind === 'reviews') sheet.scores?.ranking`). The scores are null when the sheet
 * could not be scored (no framework for it, no header found); a sheet of no known kind has none.
 */
export type SheetScores =
  | {
      readonly [K in SheetKind]: {
        /** The detected (or handed) kind. */
        readonly kind: K;
        /** The kind's scores, or null when the sheet could not be scored. */
        readonly scores: ScoresByKind[K] | null;
      };
    }[SheetKind]
  | { readonly kind: null; readonly scores: null };

/** What one sheet gave: its kind, header resolution, rows, issues and scores (by kind, SheetScores). */
export type SheetReport = SheetReportBody & SheetScores;

/** What every sheet's report has, whatever its kind. */
export interface SheetReportBody {
  readonly name: string;
  /** How sure detection is, 0–1 (1 for a hand mapping). */
  readonly confidence: number;
  /** 1-based header row, or null when none was found. */
  readonly headerRow: number | null;
  readonly mapping: readonly ColumnMapping[];
  /** Columns under the header that no field took (備考 and the like). */
  readonly unmapped: readonly { readonly column: string; readonly header: string }[];
  readonly rowsRead: number;
  readonly skipped: readonly SkippedRow[];
  readonly issues: readonly SheetIssue[];
  /** Counts and the quality figure (shown before the detail). */
  readonly summary: SheetSummary;
  /** For an evaluation or review sheet: the framework its item or criterion columns were matched to. */
  readonly framework?: string;
}

/** The whole report for a workbook (docs/sheets.md "The report"): plain data, rendered elsewhere. */
export interface Report {
  readonly workbook: string;
  readonly profile: { readonly id: string; readonly name: Bilingual };
  /** The day the validation was made for (a parameter, never the clock). */
  readonly today: string;
  readonly sheets: readonly SheetReport[];
  readonly totals: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    /** Data rows read over all sheets, and rows skipped (blank, totals, notes). */
    readonly rowsRead: number;
    readonly rowsSkipped: number;
  };
}

/**
 * Hand mappings per sheet name, remembered with the workbook (docs/sheets.md: a staff member
 * can map a column by hand when detection fails): the kind, field -> column letter, and the
 * 1-based header row when detection cannot find it.
 */
export type HandMappings = Readonly<Record<string, HandMapping>>;

/** The hand mapping of one sheet. */
export interface HandMapping {
  readonly kind?: SheetKind;
  readonly fields?: Readonly<Record<string, string>>;
  /** 1-based header row, for a sheet whose header detection cannot find. */
  readonly headerRow?: number;
}
