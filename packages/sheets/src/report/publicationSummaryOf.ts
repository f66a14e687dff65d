import {
  buildPublicationSummary,
  type EvaluationScore,
  type FiscalYear,
  type Framework,
  type Profile,
  type PublicationProjectInput,
  type PublicationSubsidyInput,
  type PublicationSummary,
  type Result,
} from '@kyodo/core';
import type { Report } from './Report.js';
import { frameworkMissingWords } from './reportWords.js';

/** Options of publicationSummaryOf: what the report cannot know. */
export interface PublicationOptions {
  /** The summary's title; core's default names the fiscal year. */
  readonly title?: { readonly ja: string; readonly en: string };
  /** Who publishes: 一関市 まちづくり推進部 協働推進課. */
  readonly publisher?: string;
  /** The fiscal year evaluated; by default the one most of the register's rows name. */
  readonly fiscalYear?: FiscalYear | string;
}

/**
 * The publication summary (RULES E1 公表; 001_9b5b631400e119ce.txt 協働の評価・検証、見直し ⑶) of a
 * validated workbook, built by core buildPublicationSummary from its sheets: the evaluations
 * scored on the evaluation sheets (with the framework they were matched to), the projects of the
 * registers (form, domain, budget and actual for plan versus actual, E4) and the rows of the
 * subsidy ledgers (totals per program). The date is the report's `today`. Render it with core
 * renderSummaryMarkdown or renderSummaryHtml.
 *
 * @example
 * const summary = publicationSummaryOf(report, profile);
 * if (summary.ok) renderSummaryHtml(summary.value);
 */
export function publicationSummaryOf(
  report: Report,
  profile: Profile,
  options: PublicationOptions = {},
): Result<PublicationSummary> {
  const frameworks = profile.evaluation.frameworks;
  const evaluationSheets = report.sheets.flatMap((s) =>
    s.kind === 'evaluations' && s.scores !== null ? [{ framework: s.framework, scores: s.scores }] : [],
  );
  const frameworkId =
    evaluationSheets.find((s) => s.framework !== undefined)?.framework ??
    profile.evaluation.default ??
    frameworks[0]?.id;
  const framework: Framework | undefined = frameworks.find((f) => f.id === frameworkId) ?? frameworks[0];
  if (framework === undefined) {
    return {
      ok: false,
      problems: [
        {
          code: 'evaluations.framework-missing',
          severity: 'error',
          path: ['profile', 'evaluation', 'frameworks'],
          params: { profile: profile.id },
          message: frameworkMissingWords(profile.id),
        },
      ],
    };
  }
  const evaluations: EvaluationScore[] = [];
  for (const sheet of evaluationSheets) {
    if ((sheet.framework ?? framework.id) !== framework.id) continue;
    for (const e of sheet.scores.evaluations) {
      evaluations.push({
        project: e.project,
        evaluator: e.evaluator,
        mean: e.mean,
        answered: e.answered,
        unanswered: e.unanswered,
        levels: e.levels,
      });
    }
  }
  const projects: PublicationProjectInput[] = [];
  const years = new Map<FiscalYear, number>();
  for (const sheet of report.sheets) {
    if (sheet.kind !== 'projects' || sheet.scores === null) continue;
    for (const p of sheet.scores.register) {
      projects.push({
        project: p.project,
        ...(p.form === undefined ? {} : { form: p.form }),
        ...(p.domain === undefined ? {} : { domain: p.domain }),
        ...(p.budget === undefined ? {} : { budget: p.budget }),
        ...(p.actual === undefined ? {} : { actual: p.actual }),
      });
      if (p.fiscalYear !== undefined) years.set(p.fiscalYear, (years.get(p.fiscalYear) ?? 0) + 1);
    }
  }
  const subsidies: PublicationSubsidyInput[] = [];
  for (const sheet of report.sheets) {
    if (sheet.kind !== 'subsidies' || sheet.scores === null) continue;
    const scores = sheet.scores;
    const names = new Map(scores.totals.map((t) => [t.program, t.programName]));
    for (const r of scores.rows) {
      subsidies.push({
        program: r.program,
        label: names.get(r.program) ?? r.program,
        granted: r.granted,
        settled: r.settled,
        refund: r.refund,
      });
    }
  }
  let fiscalYear: FiscalYear | string | undefined = options.fiscalYear;
  if (fiscalYear === undefined) {
    let most = 0;
    for (const [fy, n] of years) {
      if (n > most || (n === most && fiscalYear !== undefined && fy < (fiscalYear as number))) {
        most = n;
        fiscalYear = fy;
      }
    }
  }
  return buildPublicationSummary({
    profile: { id: profile.id, name: profile.name },
    date: report.today,
    framework,
    evaluations,
    projects,
    subsidies,
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
    ...(options.title === undefined ? {} : { title: options.title }),
    ...(options.publisher === undefined ? {} : { publisher: options.publisher }),
  });
}
