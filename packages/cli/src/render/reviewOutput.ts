import type { Bilingual } from '@kyodo/core';
import type { Report, ReviewRankEntry, ReviewScores, SheetIssue } from '@kyodo/sheets';

/** One review sheet as kyodo review shows it. */
export interface ReviewSheetOutput {
  readonly name: string;
  readonly framework: { readonly id: string; readonly label: Bilingual };
  readonly layout: ReviewScores['layout'] | null;
  readonly reviewers: readonly string[];
  readonly ranking: readonly ReviewRankEntry[] | null;
  readonly unscored: ReviewScores['unscored'];
  readonly budget: number | null;
  readonly awarded: number | null;
  readonly remaining: number | null;
  readonly errors: number;
  readonly warnings: number;
  readonly issues: readonly SheetIssue[];
}

/** What kyodo review prints or writes for one workbook: its review sheets ranked (RULES X3). */
export interface ReviewOutput {
  readonly workbook: string;
  readonly profile: { readonly id: string; readonly name: Bilingual };
  readonly today: string;
  readonly budget: number | null;
  readonly sheets: readonly ReviewSheetOutput[];
  readonly totals: { readonly errors: number; readonly warnings: number };
}

/**
 * The review sheets of a Report (kind 'reviews', RULES X3) as kyodo review shows them: each
 * sheet's framework, layout, reviewers, ranking (with awards when a budget was given), the
 * applications that could not be scored, and the sheet's issues. Other sheets are left out.
 */
export function reviewOutputOf(
  report: Report,
  budget: number | null,
  frameworks: readonly { readonly id: string; readonly label: Bilingual }[],
): ReviewOutput {
  const sheets: ReviewSheetOutput[] = report.sheets
    .flatMap((s) => (s.kind === 'reviews' ? [s] : []))
    .map((s) => {
      const scores = s.scores;
      const id = scores?.framework ?? s.framework ?? '';
      const label = frameworks.find((f) => f.id === id)?.label ?? { ja: id, en: id };
      return {
        name: s.name,
        framework: { id, label },
        layout: scores?.layout ?? null,
        reviewers: scores?.reviewers ?? [],
        ranking: scores?.ranking ?? null,
        unscored: scores?.unscored ?? [],
        budget: scores?.budget ?? null,
        awarded: scores?.awarded ?? null,
        remaining: scores?.remaining ?? null,
        errors: s.summary.errors,
        warnings: s.summary.warnings,
        issues: s.issues,
      };
    });
  return {
    workbook: report.workbook,
    profile: report.profile,
    today: report.today,
    budget,
    sheets,
    totals: {
      errors: sheets.reduce((n, s) => n + s.errors, 0),
      warnings: sheets.reduce((n, s) => n + s.warnings, 0),
    },
  };
}
