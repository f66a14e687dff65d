import { type EvaluationScore, matchKey, type PlainDate, type Profile, type ProjectInfo } from '@kyodo/core';
import type { Workbook } from '../grid/Grid.js';
import { compileProfile } from '../headers/compileProfile.js';
import { findHeaderRow } from '../headers/findHeaderRow.js';
import type { ReviewRound } from '../kinds/context.js';
import type { EvaluationScores } from '../kinds/evaluations.js';
import type { HandMappings, Report, SheetReport } from './Report.js';
import { validateSheet } from './validateSheet.js';

/** Options of validateWorkbook. */
export interface ValidateWorkbookOptions {
  readonly profile: Profile;
  /** The day the validation is made for ('YYYY-MM-DD'); never read from the clock. */
  readonly today: PlainDate;
  /** Hand mappings per sheet name, remembered with the workbook. */
  readonly mappings?: HandMappings;
  /** Only these sheets (by name); all when absent. */
  readonly sheets?: readonly string[];
  readonly onProgress?: (progress: { sheet: string; done: number; total: number }) => void;
  /** For review sheets: the budget to fund the ranking from and the fiscal year (RULES X3). */
  readonly review?: ReviewRound;
}

/**
 * Validate and score every sheet of a workbook (docs/sheets.md; docs/contributing.md "Data
 * flow"): each sheet's kind, header resolution, skipped rows, issues (grouped, never silently cut) and scores, and the
 * totals. Plain data: render it as text, JSON, Markdown or HTML, or turn it into a results grid
 * and cell marks.
 *
 * @example
 * const report = validateWorkbook({ name: 'r6.xlsx', sheets: [grid] }, { profile, today: '2024-10-01' });
 * report.totals //=> { errors: 3, warnings: 1, infos: 0, rowsRead: 12, rowsSkipped: 4 }
 */
export function validateWorkbook(workbook: Workbook, options: ValidateWorkbookOptions): Report {
  const only = options.sheets === undefined ? undefined : new Set(options.sheets);
  const chosen = workbook.sheets.filter((g) => only === undefined || only.has(g.name));
  // Project registers first: evaluation sheets score per form and domain from what they say.
  const matchers = compileProfile(options.profile).matchers;
  const isRegister = (name: string, grid: (typeof chosen)[number]) => {
    const kind = options.mappings?.[name]?.kind;
    return kind === undefined
      ? findHeaderRow(grid, matchers)?.matcher.kind === 'projects'
      : kind === 'projects';
  };
  const registers = new Set(chosen.filter((g) => isRegister(g.name, g)));
  const projects: ProjectInfo[] = [];
  const bySheet = new Map<(typeof chosen)[number], SheetReport>();
  const run = (
    grid: (typeof chosen)[number],
    register: boolean,
    others?: {
      evaluationsElsewhere: EvaluationScore[];
      evaluatedBefore: Set<string>;
      unscoredElsewhere: Set<string>;
    },
  ) => {
    const mapping = options.mappings?.[grid.name];
    bySheet.set(
      grid,
      validateSheet(grid, {
        profile: options.profile,
        today: options.today,
        ...(mapping === undefined ? {} : { mapping }),
        ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
        ...(options.review === undefined ? {} : { review: options.review }),
        ...(register ? { collectProjects: projects } : { projects }),
        ...(others ?? {}),
      }),
    );
  };
  for (const grid of chosen) if (registers.has(grid)) run(grid, true);
  for (const grid of chosen) if (!registers.has(grid)) run(grid, false);
  // Several evaluation sheets of one framework (the city's and the partner's, say): each is read
  // again knowing the others' evaluations, so a project evaluated by each party on its own sheet
  // is not missing an evaluator (E1) and the gaps between them are found (E7).
  const scoresOf = new Map<
    (typeof chosen)[number],
    {
      framework: string | undefined;
      rows: EvaluationScores['evaluations'];
      unscored: EvaluationScores['unscored'];
    }
  >();
  for (const g of chosen) {
    const r = bySheet.get(g);
    if (r?.kind === 'evaluations' && r.scores !== null)
      scoresOf.set(g, { framework: r.framework, rows: r.scores.evaluations, unscored: r.scores.unscored });
  }
  const evaluationSheets = [...scoresOf.keys()];
  if (evaluationSheets.length > 1) {
    const before = new Set<string>();
    for (const grid of evaluationSheets) {
      const mine = scoresOf.get(grid)!;
      const elsewhere: EvaluationScore[] = [];
      const unscoredElsewhere = new Set<string>();
      for (const [other, theirs] of scoresOf) {
        if (other === grid || theirs.framework !== mine.framework) continue;
        for (const u of theirs.unscored) unscoredElsewhere.add(`${matchKey(u.project)}\u0000${u.evaluator}`);
        for (const e of theirs.rows) {
          elsewhere.push({
            project: e.project,
            evaluator: e.evaluator,
            mean: e.mean,
            answered: e.answered,
            unanswered: e.unanswered,
            levels: e.levels,
          });
        }
      }
      run(grid, false, {
        evaluationsElsewhere: elsewhere,
        evaluatedBefore: new Set(before),
        unscoredElsewhere,
      });
      for (const e of mine.rows) before.add(matchKey(e.project));
      for (const u of mine.unscored) before.add(matchKey(u.project));
    }
  }
  // A workbook where no sheet had a column mapped was not checked at all: each such sheet says
  // so as an error, never a report without errors (a tab-separated file read as one column).
  if (chosen.length > 0 && chosen.every((g) => bySheet.get(g)!.mapping.length === 0))
    for (const grid of chosen) {
      const mapping = options.mappings?.[grid.name];
      bySheet.set(
        grid,
        validateSheet(grid, {
          profile: options.profile,
          today: options.today,
          ...(mapping === undefined ? {} : { mapping }),
          nothingChecked: true,
        }),
      );
    }
  const sheets: SheetReport[] = chosen.map((g) => bySheet.get(g)!);
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let rowsRead = 0;
  let rowsSkipped = 0;
  for (const s of sheets) {
    errors += s.summary.errors;
    warnings += s.summary.warnings;
    infos += s.summary.infos;
    rowsRead += s.rowsRead;
    rowsSkipped += s.skipped.length;
  }
  return {
    workbook: workbook.name,
    profile: { id: options.profile.id, name: options.profile.name },
    today: options.today,
    sheets,
    totals: { errors, warnings, infos, rowsRead, rowsSkipped },
  };
}
