import type { Yen } from '../../money/types.js';
import { Step } from '../step.js';
import type { Computation } from './Computation.js';

/**
 * Stage 補助対象経費 (the base): the eligible expense; ineligible expenses (対象外経費) are shown
 * and never part of the base (RULES S-common). Where the program deducts project income
 * (事業収入, RULES X1 `income.mode: 'deduct'`), the base is the expense less the income, never
 * below 0.
 */
export function subsidyBase(
  run: Computation,
  eligibleExpense: Yen,
  ineligibleExpense: Yen | undefined,
  income: Yen | undefined,
): Yen {
  const c = run.program;
  const deduct = c.income?.mode === 'deduct' && income !== undefined;
  const base = deduct ? Math.max(0, eligibleExpense - income) : eligibleExpense;
  if (run.withSteps)
    run.steps.push(
      new Step(
        'base',
        'S-common',
        deduct ? c.income!.source : c.source,
        {
          eligibleExpense,
          ineligibleExpense: ineligibleExpense ?? null,
          kind: c.kind,
          income: deduct ? income : null,
        },
        base,
      ),
    );
  return base;
}
