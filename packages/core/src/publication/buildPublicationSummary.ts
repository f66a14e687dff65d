import { formatDate } from '../calendar/formatDate.js';
import { formatFiscalYear } from '../calendar/formatFiscalYear.js';
import { parseDate } from '../calendar/parseDate.js';
import { parseFiscalYear } from '../calendar/parseFiscalYear.js';
import type { FiscalYear } from '../calendar/types.js';
import { scoreAll } from '../evaluation/_scoreAll.js';
import { aggregateEvaluations, type GroupAggregate } from '../evaluation/aggregateEvaluations.js';
import { combineEvaluations } from '../evaluation/combineEvaluations.js';
import { evaluationMessages } from '../evaluation/messages.js';
import { planVersusActual } from '../evaluation/planVersusActual.js';
import type { Framework } from '../evaluation/schema.js';
import type { EvaluationInput, EvaluationScore } from '../evaluation/scoreEvaluation.js';
import { settingSource } from '../evaluation/settingSource.js';
import type { Bilingual, Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { BASIS_LABELS, basisOf } from '../sources/basisOf.js';
import { formatSource } from '../sources/citationText.js';
import { matchKey } from '../text/normalise.js';
import type {
  PublicationGroup,
  PublicationPlanActual,
  PublicationProject,
  PublicationSubsidy,
  PublicationSummary,
} from './PublicationSummary.js';
import { summaryTitle } from './summaryWords.js';

/** A project as the register knows it: form, domain, plan and actual (all optional). */
export interface PublicationProjectInput {
  readonly project: string;
  readonly form?: string;
  readonly domain?: string;
  /** Planned cost in yen (予算額). */
  readonly budget?: number | null;
  /** Actual cost in yen (決算額). */
  readonly actual?: number | null;
  readonly scalePlanned?: number | null;
  readonly scaleActual?: number | null;
}

/** One subsidy grant (a ledger row): its program and amounts in yen. Totals are made per program. */
export interface PublicationSubsidyInput {
  readonly program: string;
  /** The program's name for people; defaults to `program`. */
  readonly label?: string;
  readonly granted?: number | null;
  readonly settled?: number | null;
  readonly refund?: number | null;
}

/** What a publication summary is built from. The date is a parameter: core never reads the clock. */
export interface PublicationInput {
  /** Defaults to '<fiscal year> 協働事業の評価・検証結果'. */
  readonly title?: Bilingual;
  /** Who publishes: 一関市 まちづくり推進部 協働推進課. */
  readonly publisher?: string;
  /** A Profile fits: its id and name. */
  readonly profile: { readonly id: string; readonly name: Bilingual };
  /** The fiscal year evaluated: 2024, '令和6年度', 'R6' (RULES C2). */
  readonly fiscalYear?: unknown;
  /** The date of the summary: '2025-05-30', '令和7年5月30日' (RULES C2). */
  readonly date: unknown;
  readonly framework: Framework;
  readonly evaluations: readonly (EvaluationInput | EvaluationScore)[];
  readonly projects?: readonly PublicationProjectInput[];
  readonly subsidies?: readonly PublicationSubsidyInput[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function sumOrNull(values: readonly (number | null | undefined)[]): number | null {
  const present = values.filter((v): v is number => typeof v === 'number');
  return present.length === 0 ? null : present.reduce((a, b) => a + b, 0);
}

function groups(
  aggregates: readonly GroupAggregate[],
  projects: readonly PublicationProjectInput[],
  keyOf: (p: PublicationProjectInput) => string | undefined,
): PublicationGroup[] {
  const keys = new Set<string>(aggregates.map((g) => g.key));
  for (const p of projects) {
    const key = keyOf(p);
    if (key !== undefined && key !== '') keys.add(key);
  }
  // Register order first (the order staff keep their forms and domains in), then the rest.
  const registered = new Set<string>();
  for (const p of projects) {
    const key = keyOf(p);
    if (key !== undefined && key !== '') registered.add(key);
  }
  const ordered = [...registered, ...[...keys].filter((k) => !registered.has(k)).sort(byCodePoint)];
  return ordered.map((key) => {
    const g = aggregates.find((a) => a.key === key);
    const members = projects.filter((p) => keyOf(p) === key);
    const evaluated = g?.projects ?? 0;
    const listed = new Set(members.map((p) => matchKey(p.project))).size;
    return {
      key,
      projects: Math.max(evaluated, listed),
      evaluations: g?.count ?? 0,
      mean: g?.mean ?? null,
      city: g?.byEvaluator.city?.mean ?? null,
      partner: g?.byEvaluator.partner?.mean ?? null,
      budget: sumOrNull(members.map((p) => p.budget)),
      actual: sumOrNull(members.map((p) => p.actual)),
    };
  });
}

/**
 * Build the publication summary of a fiscal year's evaluations (RULES E1 公表, E4, E7;
 * 001_9b5b631400e119ce.txt 協働の評価・検証、見直し ⑶ 評価・検証結果の公表: 協働で取り組んだ事業の
 * 評価・検証の結果について、市民に公表します; 000_0726a29b17f6f262.txt §8 評価と検証): per item the
 * mean (pooled, city, partner); per project the city's and the partner's means side by side,
 * with the council's and third parties'; the gaps between city and partner; plan against
 * actual per project (E4; projects without both figures are left out, one figure alone is
 * warned about); means and money per form and domain; subsidy totals per program. Plain data
 * for renderSummaryMarkdown and renderSummaryHtml. Bad evaluations, a bad date or fiscal year
 * fail with their paths; warnings of the engine (unanswered items, gaps, missing evaluators,
 * variances) come back as the result's warnings.
 *
 * @example
 * buildPublicationSummary({ profile, framework, fiscalYear: '令和6年度', date: '2025-05-30', evaluations })
 * //=> ok({ title: { ja: '令和6年度 協働事業の評価・検証結果', … }, items: [...], projects: [...], … })
 */
export function buildPublicationSummary(input: PublicationInput): Result<PublicationSummary> {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const date = parseDate(input.date, { path: ['date'] });
  if (!date.ok) problems.push(...date.problems);
  let fiscalYear: FiscalYear | null = null;
  if (input.fiscalYear !== undefined && input.fiscalYear !== null) {
    const fy = parseFiscalYear(input.fiscalYear, { path: ['fiscalYear'] });
    if (fy.ok) fiscalYear = fy.value;
    else problems.push(...fy.problems);
  }
  const framework = input.framework;
  const projectsIn = input.projects ?? [];
  // Score once; combine and aggregate take the scores.
  const scored = scoreAll(framework, input.evaluations);
  // One at a time, never spread into the call: a register of 200,000 evaluations may give as many problems.
  if (!scored.ok) for (const p of scored.problems) problems.push({ ...p, path: ['evaluations', ...p.path] });
  if (problems.length > 0 || !date.ok || !scored.ok) return err(problems);
  const combined = combineEvaluations(framework, scored.value);
  const aggregated = aggregateEvaluations(framework, scored.value, projectsIn);
  if (!combined.ok) return err(combined.problems);
  if (!aggregated.ok) return err(aggregated.problems);
  warnings.push(
    ...scored.warnings.map((p) => ({ ...p, path: ['evaluations', ...p.path] })),
    ...combined.warnings,
  );

  const fiscalYearLabel = fiscalYear === null ? null : formatFiscalYear(fiscalYear);
  const title = input.title ?? summaryTitle(fiscalYearLabel, fiscalYear);

  const info = new Map<string, PublicationProjectInput>();
  for (const p of projectsIn) if (!info.has(matchKey(p.project))) info.set(matchKey(p.project), p);
  const evaluated = new Map(combined.value.projects.map((p) => [matchKey(p.project), p]));
  // Register order first, then evaluated projects the register does not list (a Set keeps insertion order).
  const order = new Set<string>([...info.keys(), ...evaluated.keys()]);

  const projects: PublicationProject[] = [...order].flatMap((key) => {
    const e = evaluated.get(key);
    const p = info.get(key);
    if (!e) {
      // A registered project nobody evaluated, in a year that has evaluations: both parties missing (E1).
      if (!p || input.evaluations.length === 0) return [];
      const source = settingSource(framework, 'requiredEvaluators');
      const whose = BASIS_LABELS[basisOf(source)];
      for (const evaluator of framework.requiredEvaluators) {
        warnings.push(
          evaluationMessages.problem(
            'evaluation.missing-evaluator',
            { project: p.project, evaluator, whoseJa: whose.ja, whoseEn: whose.en },
            { source },
          ),
        );
      }
      return [
        {
          project: p.project,
          ...(p.form ? { form: p.form } : {}),
          ...(p.domain ? { domain: p.domain } : {}),
          city: null,
          partner: null,
          council: null,
          thirdParty: null,
          missingEvaluators: framework.requiredEvaluators,
          gaps: 0,
        },
      ];
    }
    return [
      {
        project: p?.project ?? e.project,
        ...(p?.form ? { form: p.form } : {}),
        ...(p?.domain ? { domain: p.domain } : {}),
        city: e.byEvaluator.city?.mean ?? null,
        partner: e.byEvaluator.partner?.mean ?? null,
        council: e.byEvaluator.council?.mean ?? null,
        thirdParty: e.byEvaluator['third-party']?.mean ?? null,
        missingEvaluators: e.missingEvaluators,
        gaps: e.gaps.length,
      },
    ];
  });

  const planVersus: PublicationPlanActual[] = [];
  projectsIn.forEach((p, index) => {
    const hasBudget = p.budget !== undefined && p.budget !== null;
    const hasActual = p.actual !== undefined && p.actual !== null;
    if (!hasBudget && !hasActual) return;
    const r = planVersusActual(p, framework.varianceThresholdPercent, {
      path: ['projects', index],
      label: p.project,
      source: settingSource(framework, 'varianceThresholdPercent'),
    });
    if (!r.ok) {
      warnings.push(...r.problems.map((q) => ({ ...q, severity: 'warning' as const })));
      return;
    }
    warnings.push(...r.warnings);
    const { budget, scale } = r.value;
    planVersus.push({
      project: p.project,
      budget: budget.planned,
      actual: budget.actual,
      difference: budget.difference,
      ratio: budget.ratio,
      over: budget.over,
      ...(scale
        ? { scale: { planned: scale.planned, actual: scale.actual, ratio: scale.ratio, over: scale.over } }
        : {}),
    });
  });

  const subsidyMap = new Map<string, PublicationSubsidyInput[]>();
  for (const s of input.subsidies ?? []) {
    const list = subsidyMap.get(s.program);
    if (list) list.push(s);
    else subsidyMap.set(s.program, [s]);
  }
  const subsidies: PublicationSubsidy[] = [...subsidyMap.entries()].map(([program, rows]) => ({
    program,
    label: rows.find((r) => r.label)?.label ?? program,
    count: rows.length,
    granted: sumOrNull(rows.map((r) => r.granted)),
    settled: sumOrNull(rows.map((r) => r.settled)),
    refund: sumOrNull(rows.map((r) => r.refund)),
  }));

  const groupOf = new Map(framework.groups.map((g) => [g.id, g.label]));
  const items = aggregated.value.byItem.map((a) => {
    const item = framework.items.find((i) => i.id === a.item)!;
    const group = item.group === undefined ? undefined : groupOf.get(item.group);
    return {
      id: item.id,
      label: item.label,
      ...(group ? { group } : {}),
      mean: a.mean,
      count: a.count,
      city: a.byEvaluator.city?.mean ?? null,
      partner: a.byEvaluator.partner?.mean ?? null,
      source: formatSource(item.source),
    };
  });
  const values = framework.scale.levels.map((l) => l.value);
  const gapsOut = combined.value.gaps.map((g) => ({
    ...g,
    project: info.get(matchKey(g.project))?.project ?? g.project,
    itemLabel: framework.items.find((i) => i.id === g.item)?.label ?? { ja: g.item, en: g.item },
  }));

  return ok(
    {
      title,
      ...(input.publisher ? { publisher: input.publisher } : {}),
      profile: { id: input.profile.id, name: input.profile.name },
      fiscalYear,
      fiscalYearLabel,
      date: date.value,
      dateLabel: formatDate(date.value),
      framework: {
        id: framework.id,
        label: framework.label,
        source: formatSource(framework.source),
        scale: [...framework.scale.levels]
          .sort((a, b) => b.value - a.value)
          .map((l) => ({ value: l.value, label: l.label, spelling: l.spellings[0] ?? String(l.value) })),
        scaleSource: formatSource(framework.scale.source),
        min: Math.min(...values),
        max: Math.max(...values),
        gapThreshold: framework.gapThreshold,
        varianceThresholdPercent: framework.varianceThresholdPercent,
      },
      counts: {
        projects: projects.length,
        evaluations: input.evaluations.length,
        gaps: gapsOut.length,
        missingEvaluations: projects.reduce((n, p) => n + p.missingEvaluators.length, 0),
        overVariance: planVersus.filter((p) => p.over).length,
      },
      items,
      projects,
      gaps: gapsOut,
      planVersusActual: planVersus,
      byForm: groups(aggregated.value.byForm, projectsIn, (p) => p.form),
      byDomain: groups(aggregated.value.byDomain, projectsIn, (p) => p.domain),
      subsidies,
      subsidyTotals:
        subsidies.length === 0
          ? null
          : {
              count: subsidies.reduce((n, s) => n + s.count, 0),
              granted: sumOrNull(subsidies.map((s) => s.granted)),
              settled: sumOrNull(subsidies.map((s) => s.settled)),
              refund: sumOrNull(subsidies.map((s) => s.refund)),
            },
    },
    warnings,
  );
}
