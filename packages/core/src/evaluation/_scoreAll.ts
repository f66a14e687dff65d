import type { Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { evaluationMessages } from './messages.js';
import { EVALUATOR_KINDS, type Framework } from './schema.js';
import { type EvaluationInput, type EvaluationScore, scoreEvaluation } from './scoreEvaluation.js';

/** Check that a score (made elsewhere) fits the framework: its items, its level values, its evaluator. */
function checkScore(framework: Framework, score: EvaluationScore, index: number): Problem[] {
  const problems: Problem[] = [];
  for (const [item, value] of Object.entries(score.levels)) {
    const path = [index, 'levels', item];
    if (!framework.items.some((i) => i.id === item)) {
      const known = framework.items.map((i) => i.id).join(', ');
      problems.push(
        evaluationMessages.problem(
          'evaluation.unknown-item',
          { item, framework: framework.id, known },
          { path, input: value },
        ),
      );
    } else if (!framework.scale.levels.some((l) => l.value === value)) {
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
