import type { Yen } from '../../money/types.js';
import { Step } from '../step.js';
import type { Computation } from './Computation.js';
import type { Amount } from './rateAmount.js';

/**
 * Stage 事業収入 (project income as a bound, RULES X1 `income.mode: 'bound'`): the amount never
 * exceeds the eligible expense less the project's income — the least of rate × base, base −
 * income and (next) the limit. Without such a rule the amount passes unchanged.
 */
export function applyIncomeBound(
  run: Computation,
  before: Amount,
  eligibleExpense: Yen,
  income: Yen | undefined,
): Amount {
  const c = run.program;
  if (c.income?.mode !== 'bound' || income === undefined) return before;
  const bound = Math.max(0, eligibleExpense - income);
  const bounded = bound < before.amount;
  if (run.withSteps)
    run.steps.push(
      new Step(
        'income-bound',
        'X1',
        c.income.source,
        { amount: before.amount, eligibleExpense, income, bound, kind: c.kind },
        bounded ? bound : before.amount,
      ),
    );
  return bounded ? { amount: bound, limitedBy: 'income' } : before;
}
