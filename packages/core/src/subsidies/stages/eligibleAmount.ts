import type { Rate, Yen } from '../../money/types.js';
import { Step } from '../step.js';
import type { SubsidyResult } from '../types.js';
import type { LimitedAmount } from './applyAnnualLimit.js';
import type { CappedAmount } from './applyCapTotal.js';
import type { Computation } from './Computation.js';

/** What the amount step summarises: the base, the rate, and the amount after each stage. */
export interface AmountTrail {
  readonly base: Yen;
  /** The rate, or null for a fixed amount (定額). */
  readonly rate: Rate | null;
  readonly fixed: Yen | null;
  readonly rateAmount: Yen;
  /** The amount after the income bound, when it applied (else null). */
  readonly incomeBound: Yen | null;
  readonly limited: LimitedAmount;
  readonly capped: CappedAmount;
}

/**
 * Stage 補助金額 (the amount): the answer for an eligible applicant, with the step that
 * chains base × rate → limit → caps → amount in one sentence, as the plan states a program
 * (002 8-2-1 事業4: 補助率：2/3、限度額：1地域協働体 単年度20万円), cited to the program's section.
 */
export function eligibleAmount(run: Computation, trail: AmountTrail): SubsidyResult {
  const c = run.program;
  const { amount, limitedBy, capRemaining } = trail.capped;
  if (run.withSteps)
    run.steps.push(
      new Step(
        'amount',
        c.rule,
        c.source,
        {
          eligible: true,
          kind: c.kind,
          base: trail.base,
          rate: trail.rate,
          fixed: trail.fixed,
          rateAmount: trail.rateAmount,
          incomeBound: trail.incomeBound,
          annualLimit: trail.limited.appliedLimit,
          capRemaining,
          maxYears: c.caps?.maxYears ?? null,
          limitedBy,
        },
        amount,
      ),
    );
  return {
    program: c.id,
    fiscalYear: run.fiscalYear,
    eligible: true,
    amount,
    limitedBy,
    reasons: run.reasons,
    steps: run.steps,
    ...(run.unchecked.length === 0 ? {} : { unchecked: run.unchecked }),
  };
}
