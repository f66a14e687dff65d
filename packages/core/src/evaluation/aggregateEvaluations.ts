import type { Problem } from '../problems/Problem.js';
import { ok, type Result } from '../problems/Result.js';
import { matchKey } from '../text/normalise.js';
import { requireList } from '../text/requireList.js';
import { meanOf } from './_arithmetic.js';
import { scoreAll } from './_scoreAll.js';
import { EVALUATOR_KINDS, type EvaluatorKind, type Framework } from './schema.js';
import type { EvaluationInput, EvaluationScore } from './scoreEvaluation.js';

/** A mean and how many values it came from; mean null when there are none. */
export interface MeanCount {
  readonly mean: number | null;
  readonly count: number;
}

/** One item across all projects: the mean of every answer to it, pooled and per evaluator. */
export interface ItemAggregate extends MeanCount {
  readonly item: string;
  readonly byEvaluator: Readonly<Partial<Record<EvaluatorKind, MeanCount>>>;
}

/**
 * A group of evaluations (one evaluator kind, one form, one domain): the mean of the
 * evaluations' means, how many evaluations and distinct projects, and per evaluator.
 */
export interface GroupAggregate extends MeanCount {
  readonly key: string;
  readonly projects: number;
  readonly byEvaluator: Readonly<Partial<Record<EvaluatorKind, MeanCount>>>;
}

/** What is known of a project besides its evaluations: its form and domain (F1–F3, R1). */
export interface ProjectInfo {
  readonly project: string;
  readonly form?: string;
  readonly domain?: string;
}

/** Evaluations aggregated across projects. */
export interface EvaluationAggregates {
  /** Per item, in framework order. */
  readonly byItem: readonly ItemAggregate[];
  /** Per evaluator kind present, in the order city, partner, council, third-party. */
  readonly byEvaluator: readonly GroupAggregate[];
  /** Per form (key: the form as given), in code-point order; projects without a form are left out. */
  readonly byForm: readonly GroupAggregate[];
  /** Per domain, in code-point order; projects without a domain are left out. */
  readonly byDomain: readonly GroupAggregate[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function perEvaluator(scores: readonly EvaluationScore[]): Partial<Record<EvaluatorKind, MeanCount>> {
  const out: Partial<Record<EvaluatorKind, MeanCount>> = {};
  for (const kind of EVALUATOR_KINDS) {
    const ofKind = scores.filter((s) => s.evaluator === kind);
    if (ofKind.length === 0) continue;
    out[kind] = {
      mean: meanOf(ofKind.flatMap((s) => (s.mean === null ? [] : [s.mean]))),
      count: ofKind.length,
    };
  }
  return out;
}

function group(key: string, scores: readonly EvaluationScore[]): GroupAggregate {
  const means = scores.flatMap((s) => (s.mean === null ? [] : [s.mean]));
  return {
    key,
    mean: meanOf(means),
    count: scores.length,
    projects: new Set(scores.map((s) => matchKey(s.project))).size,
    byEvaluator: perEvaluator(scores),
  };
}

function groupBy(
  scores: readonly EvaluationScore[],
  keyOf: (score: EvaluationScore) => string | undefined,
): GroupAggregate[] {
  const groups = new Map<string, EvaluationScore[]>();
  for (const score of scores) {
    const key = keyOf(score);
    if (key === undefined || key === '') continue;
    const list = groups.get(key);
    if (list) list.push(score);
    else groups.set(key, [score]);
  }
  return [...groups.entries()].sort(([a], [b]) => byCodePoint(a, b)).map(([key, list]) => group(key, list));
}

/**
 * Aggregate evaluations across projects (RULES E1, E7; docs/sheets.md evaluations): per item
 * the mean of every answer to it (unanswered items left out, never zero), pooled and per
 * evaluator; per evaluator kind, per form (F1–F3) and per domain (R1) the mean of the
 * evaluations' means with counts of evaluations and projects. Forms and domains come from
 * `projects`, matched to evaluations by project name (width and spaces folded). Evaluations may
 * be given as entered or already scored; a bad one fails the whole with its path.
 *
 * @example
 * aggregateEvaluations(framework, evaluations, [{ project: '子ども食堂', form: '補助・助成' }]).value.byForm
 * //=> [{ key: '補助・助成', mean: 3.1, count: 2, projects: 1, byEvaluator: {…} }]
 */
export function aggregateEvaluations(
  framework: Framework,
  evaluations: readonly (EvaluationInput | EvaluationScore)[],
  projects: readonly ProjectInfo[] = [],
): Result<EvaluationAggregates> {
  requireList(projects, 'projects');
  const scored = scoreAll(framework, evaluations);
  if (!scored.ok) return scored;
  const scores = scored.value;
  const info = new Map<string, ProjectInfo>();
  for (const p of projects) if (!info.has(matchKey(p.project))) info.set(matchKey(p.project), p);

  const byItem: ItemAggregate[] = framework.items.map((item) => {
    const answers = scores.flatMap((s) =>
      item.id in s.levels ? [{ kind: s.evaluator, value: s.levels[item.id] as number }] : [],
    );
    const byEvaluator: Partial<Record<EvaluatorKind, MeanCount>> = {};
    for (const kind of EVALUATOR_KINDS) {
      const values = answers.filter((a) => a.kind === kind).map((a) => a.value);
      if (values.length > 0) byEvaluator[kind] = { mean: meanOf(values), count: values.length };
    }
    return { item: item.id, mean: meanOf(answers.map((a) => a.value)), count: answers.length, byEvaluator };
  });

  const byEvaluator = EVALUATOR_KINDS.flatMap((kind) => {
    const ofKind = scores.filter((s) => s.evaluator === kind);
    return ofKind.length === 0 ? [] : [group(kind, ofKind)];
  });
  const warnings: Problem[] = [...scored.warnings];
  return ok(
    {
      byItem,
      byEvaluator,
      byForm: groupBy(scores, (s) => info.get(matchKey(s.project))?.form),
      byDomain: groupBy(scores, (s) => info.get(matchKey(s.project))?.domain),
    },
    warnings,
  );
}
