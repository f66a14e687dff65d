import { atPath } from '../problems/messages.js';
import type { Path, Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { requireObject } from '../text/requireObject.js';
import { weightedMean } from './_arithmetic.js';
import { findItem } from './findItem.js';
import { evaluationMessages } from './messages.js';
import { parseEvaluator } from './parseEvaluator.js';
import { isBlankAnswer, parseLevel } from './parseLevel.js';
import type { EvaluatorKind, Framework } from './schema.js';

/**
 * One evaluation as entered: the project, who evaluated (an {@link EvaluatorKind} or a
 * spelling parseEvaluator reads: 市, 団体, 協働推進会議, 第三者), and the answers keyed by item
 * ID (or by an item's label or header alias), each a level of the framework's scale as a sheet
 * writes it. A blank answer or an item left out is unanswered.
 */
export interface EvaluationInput {
  readonly project: string;
  readonly evaluator: string;
  readonly answers: Readonly<Record<string, unknown>>;
}

/**
 * The score of one evaluation (RULES E7): the weighted mean of the answered items' level values
 * (null when nothing is answered, never zero), how many items were answered, which were not,
 * and the value given to each answered item.
 */
export interface EvaluationScore {
  readonly project: string;
  readonly evaluator: EvaluatorKind;
  readonly mean: number | null;
  readonly answered: number;
  /** Item IDs left unanswered, in framework order. */
  readonly unanswered: readonly string[];
  /** Level value per answered item ID. */
  readonly levels: Readonly<Record<string, number>>;
}

/**
 * Score one evaluation of one project by one evaluator (RULES E1, E7; 001_9b5b631400e119ce.txt
 * 協働の評価・検証、見直し): each answer read as a level of the scale, the mean weighted by the
 * items' weights over the answered items only. Unanswered items are listed and warned about,
 * never counted as zero. An answer to an item the framework does not have, a level off the
 * scale, an unknown evaluator or a blank project is an error with its path.
 *
 * @example
 * scoreEvaluation(framework, { project: '子ども食堂', evaluator: '市', answers: { 'mokuhyo-seika': 'A', 'hiyo-taiko': 'C' } })
 * //=> ok({ project: '子ども食堂', evaluator: 'city', mean: 3, answered: 2, unanswered: [...9 items], levels: {...} })
 */
export function scoreEvaluation(
  framework: Framework,
  evaluation: EvaluationInput,
  options: { path?: Path } = {},
): Result<EvaluationScore> {
  requireObject(framework, 'framework', ['items']);
  requireObject(framework.scale, 'framework.scale', ['levels']);
  requireObject(evaluation, 'evaluation');
  requireObject(options, 'options');
  const base = options.path ?? [];
  const problems: Problem[] = [];
  const project = typeof evaluation.project === 'string' ? evaluation.project.trim() : '';
  if (project === '') {
    problems.push(
      evaluationMessages.problem(
        'evaluation.project-missing',
        {},
        { path: [...base, 'project'], input: evaluation.project },
      ),
    );
  }
  const evaluator = parseEvaluator(evaluation.evaluator, { path: [...base, 'evaluator'] });
  if (!evaluator.ok) problems.push(...evaluator.problems);

  const given = new Map<string, { key: string; input: unknown }>();
  for (const [key, input] of Object.entries(evaluation.answers ?? {})) {
    const item = findItem(framework, key);
    if (!item) {
      problems.push(
        evaluationMessages.problem(
          'evaluation.unknown-item',
          { item: key, framework: framework.id, known: framework.items.map((i) => i.id).join(', ') },
          { path: [...base, 'answers', key], input },
        ),
      );
      continue;
    }
    if (isBlankAnswer(input)) continue;
    if (given.has(item.id)) {
      problems.push(
        evaluationMessages.problem(
          'evaluation.duplicate-answer',
          { item: item.label.ja },
          { path: [...base, 'answers', key], input },
        ),
      );
      continue;
    }
    given.set(item.id, { key, input });
  }

  const levels: Record<string, number> = {};
  const pairs: { value: number; weight: number }[] = [];
  const unanswered: string[] = [];
  for (const item of framework.items) {
    const answer = given.get(item.id);
    if (!answer) {
      unanswered.push(item.id);
      continue;
    }
    const level = parseLevel(framework.scale, answer.input);
    if (!level.ok) {
      problems.push(...level.problems.map((p) => atPath(p, [...base, 'answers', answer.key])));
      continue;
    }
    levels[item.id] = level.value.value;
    pairs.push({ value: level.value.value, weight: item.weight });
  }

  if (problems.length > 0 || !evaluator.ok) return err(problems);
  const warnings = unanswered.map((id) =>
    evaluationMessages.problem(
      'evaluation.item-unanswered',
      { project, evaluator: evaluator.value, item: framework.items.find((i) => i.id === id)?.label.ja ?? id },
      { path: [...base, 'answers', id] },
    ),
  );
  return ok(
    {
      project,
      evaluator: evaluator.value,
      mean: weightedMean(pairs),
      answered: pairs.length,
      unanswered,
      levels,
    },
    warnings,
  );
}
