import type { Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { requireList } from '../text/requireList.js';
import { requireObject } from '../text/requireObject.js';
import { evaluationMessages } from './messages.js';
import { EVALUATOR_KINDS, type Framework } from './schema.js';
import { type EvaluationInput, type EvaluationScore, scoreEvaluation } from './scoreEvaluation.js';

const known = new WeakMap<Framework, { items: Set<string>; values: Set<number> }>();

/** The framework's item IDs and level values, built once per framework object. */
function knownOf(framework: Framework): { items: Set<string>; values: Set<number> } {
  let k = known.get(framework);
  if (!k) {
    k = {
      items: new Set(framework.items.map((i) => i.id)),
      values: new Set(framework.scale.levels.map((l) => l.value)),
    };
    known.set(framework, k);
  }
  return k;
}

/** Check that a score (made elsewhere) fits the framework: its items, its level values, its evaluator. */
function checkScore(framework: Framework, score: EvaluationScore, index: number): Problem[] {
  const problems: Problem[] = [];
  const { items, values } = knownOf(framework);
  for (const item in score.levels) {
    const value = score.levels[item] as number;
    if (items.has(item) && values.has(value)) continue;
    const path = [index, 'levels', item];
    if (!items.has(item)) {
      const list = framework.items.map((i) => i.id).join(', ');
      problems.push(
        evaluationMessages.problem(
          'evaluation.unknown-item',
          { item, framework: framework.id, known: list },
          { path, input: value },
        ),
      );
    } else {
      const accepted = framework.scale.levels.map((l) => String(l.value)).join(', ');
      problems.push(
        evaluationMessages.problem(
          'evaluation.level-unknown',
          { text: String(value), accepted },
          { path, input: value },
        ),
      );
    }
  }
  if (!(EVALUATOR_KINDS as readonly string[]).includes(score.evaluator)) {
    problems.push(
      evaluationMessages.problem(
        'evaluation.evaluator-unknown',
        { text: String(score.evaluator) },
        { path: [index, 'evaluator'], input: score.evaluator },
      ),
    );
  }
  return problems;
}

/**
 * Internal: score evaluations given as entered, check those given as scores; every problem
 * with the evaluation's index at the head of its path.
 */
export function scoreAll(
  framework: Framework,
  evaluations: readonly (EvaluationInput | EvaluationScore)[],
): Result<EvaluationScore[]> {
  requireObject(framework, 'framework', ['items']);
  requireObject(framework.scale, 'framework.scale', ['levels']);
  requireList(evaluations, 'evaluations');
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const scores: EvaluationScore[] = [];
  evaluations.forEach((evaluation, index) => {
    if ('answers' in evaluation) {
      const scored = scoreEvaluation(framework, evaluation, { path: [index] });
      if (scored.ok) {
        scores.push(scored.value);
        warnings.push(...scored.warnings);
      } else problems.push(...scored.problems);
    } else {
      const found = checkScore(framework, evaluation, index);
      if (found.length > 0) problems.push(...found);
      else scores.push(evaluation);
    }
  });
  return problems.length > 0 ? err(problems) : ok(scores, warnings);
}
