import type { Yen } from '../../money/types.js';
import { Step } from '../step.js';
import type { Computation } from './Computation.js';

/**
 * Stage 補助対象経費 (the base): the eligible expense; ineligible expenses (対象外経費) are shown
 * and never part of the base (RULES S-common).
 */
export function subsidyBase(run: Computation, eligibleExpense: Yen, ineligibleExpense: Yen | undefined): Yen {
  const c = run.program;
  const base = eligibleExpense;
  if (run.withSteps)
    run.steps.push(
      new Step(
        'base',
        'S-common',
        c.source,
        { eligibleExpense, ineligibleExpense: ineligibleExpense ?? null, kind: c.kind },
        base,
      ),
    );
  return base;
}
