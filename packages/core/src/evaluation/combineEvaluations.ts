import type { Problem } from '../problems/Problem.js';
import { ok, type Result } from '../problems/Result.js';
import { BASIS_LABELS, basisOf } from '../sources/basisOf.js';
import { matchKey } from '../text/normalise.js';
import { meanOf } from './_arithmetic.js';
import { scoreAll } from './_scoreAll.js';
import { evaluationMessages } from './messages.js';
import { EVALUATOR_KINDS, type EvaluatorKind, type Framework } from './schema.js';
import type { EvaluationInput, EvaluationScore } from './scoreEvaluation.js';
import { settingSource } from './settingSource.js';

/** What one kind of evaluator said about one project (one or more evaluations of that kind). */
export interface EvaluatorResult {
  readonly evaluator: EvaluatorKind;
  /** How many evaluations of this kind the project has (several respondents of a survey). */
  readonly count: number;
  /** Mean of the evaluations' means (each evaluation counts once); null when none answered anything. */
  readonly mean: number | null;
  /** Mean level per item over the evaluations of this kind that answered it. */
  readonly items: Readonly<Record<string, number>>;
  /** Items no evaluation of this kind answered, in framework order. */
  readonly unanswered: readonly string[];
}

/**
 * An item on which the city's and the partner's self-evaluations differ by the framework's gap
 * threshold or more (RULES E7): both values, and the absolute difference.
 */
export interface Gap {
  readonly project: string;
  readonly item: string;
  readonly city: number;
  readonly partner: number;
  /** |city − partner|. */
  readonly difference: number;
}

/** All evaluations of one project, by evaluator, with its gaps and the evaluators it lacks (E1). */
export interface ProjectEvaluation {
  readonly project: string;
  readonly byEvaluator: Readonly<Partial<Record<EvaluatorKind, EvaluatorResult>>>;
  readonly gaps: readonly Gap[];
  /** Required evaluators (framework.requiredEvaluators) with no evaluation of this project. */
  readonly missingEvaluators: readonly EvaluatorKind[];
}

/** The evaluations of many projects combined: per project, and every gap. */
export interface CombinedEvaluations {
  readonly framework: string;
  /** Projects in code-point order of their names (independent of the input order). */
  readonly projects: readonly ProjectEvaluation[];
  readonly gaps: readonly Gap[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function summarise(
  framework: Framework,
  kind: EvaluatorKind,
  scores: readonly EvaluationScore[],
): EvaluatorResult {
  const items: Record<string, number> = {};
  const unanswered: string[] = [];
  for (const item of framework.items) {
    const mean = meanOf(scores.flatMap((s) => (item.id in s.levels ? [s.levels[item.id] as number] : [])));
    if (mean === null) unanswered.push(item.id);
    else items[item.id] = mean;
  }
  const means = scores.flatMap((s) => (s.mean === null ? [] : [s.mean]));
  return { evaluator: kind, count: scores.length, mean: meanOf(means), items, unanswered };
}

/**
 * Combine the evaluations of many projects (RULES E1, E7; 001_9b5b631400e119ce.txt 協働の評価・検証、
 * 見直し 1: 共通の評価項目について各々自己評価を行い、その結果を共有): per project and evaluator
 * the mean and the per-item levels; the items where the city and the partner differ by the
 * framework's gap threshold or more (相互理解: the parties do not see the project the same way);
 * and the required evaluators a project lacks. Evaluations may be given as entered (they are
 * scored) or already scored. Gaps and missing evaluators come back as warnings too.
 *
 * @example
 * combineEvaluations(framework, [
 *   { project: '子ども食堂', evaluator: '市', answers: { 'hiyo-taiko': 'A' } },
 *   { project: '子ども食堂', evaluator: '団体', answers: { 'hiyo-taiko': 'C' } },
 * ]) //=> ok({ projects: [{ project: '子ども食堂', gaps: [{ item: 'hiyo-taiko', city: 4, partner: 2, difference: 2 }], … }], … })
 */
export function combineEvaluations(
  framework: Framework,
  evaluations: readonly (EvaluationInput | EvaluationScore)[],
): Result<CombinedEvaluations> {
  const scored = scoreAll(framework, evaluations);
  if (!scored.ok) return scored;
  const scores = scored.value;
  const warnings: Problem[] = [...scored.warnings];

  const groups = new Map<string, EvaluationScore[]>();
  for (const score of scores) {
    const key = matchKey(score.project);
    const list = groups.get(key);
    if (list) list.push(score);
    else groups.set(key, [score]);
  }

  const projects: ProjectEvaluation[] = [];
  for (const group of groups.values()) {
    const project = group.map((s) => s.project).sort(byCodePoint)[0] as string;
    const byEvaluator: Partial<Record<EvaluatorKind, EvaluatorResult>> = {};
    for (const kind of EVALUATOR_KINDS) {
      const ofKind = group.filter((s) => s.evaluator === kind);
      if (ofKind.length > 0) byEvaluator[kind] = summarise(framework, kind, ofKind);
    }
    const missingEvaluators = framework.requiredEvaluators.filter((kind) => byEvaluator[kind] === undefined);
    const gaps: Gap[] = [];
    const city = byEvaluator.city;
    const partner = byEvaluator.partner;
    if (city && partner) {
      for (const item of framework.items) {
        const c = city.items[item.id];
        const p = partner.items[item.id];
        if (c === undefined || p === undefined) continue;
        const difference = Math.abs(c - p);
        if (difference >= framework.gapThreshold) {
          gaps.push({ project, item: item.id, city: c, partner: p, difference });
        }
      }
    }
    projects.push({ project, byEvaluator, gaps, missingEvaluators });
  }
  projects.sort((a, b) => byCodePoint(a.project, b.project));
  // Whose rule each warning applies: the plan's, the profile's or kyodo's default (settingSource).
  const evaluatorsSource = settingSource(framework, 'requiredEvaluators');
  const gapSource = settingSource(framework, 'gapThreshold');
  const evaluatorsWhose = BASIS_LABELS[basisOf(evaluatorsSource)];
  const gapWhose = BASIS_LABELS[basisOf(gapSource)];
  for (const { project, missingEvaluators, gaps } of projects) {
    for (const evaluator of missingEvaluators) {
      warnings.push(
        evaluationMessages.problem(
          'evaluation.missing-evaluator',
          { project, evaluator, whoseJa: evaluatorsWhose.ja, whoseEn: evaluatorsWhose.en },
          { source: evaluatorsSource },
        ),
      );
    }
    for (const gap of gaps) {
      const item = framework.items.find((i) => i.id === gap.item)?.label.ja ?? gap.item;
      const { city, partner } = gap;
      warnings.push(
        evaluationMessages.problem(
          'evaluation.gap',
          {
            project,
            item,
            city,
            partner,
            threshold: framework.gapThreshold,
            whoseJa: gapWhose.ja,
            whoseEn: gapWhose.en,
          },
          { source: gapSource },
        ),
      );
    }
  }
  return ok({ framework: framework.id, projects, gaps: projects.flatMap((p) => p.gaps) }, warnings);
}
