import { yenEn, yenJa } from '../format.js';
import { subsidyMessages } from '../messages.js';
import type { PriorSummary } from '../readInputs.js';
import { Step } from '../step.js';
import { type Computation, programNames } from './Computation.js';
import type { Amount } from './rateAmount.js';

/** The amount after the total cap, and what was left of it when it applied (else null). */
export interface CappedAmount extends Amount {
  readonly capRemaining: number | null;
}

/**
 * Stage 総額の上限 (a total over several fiscal years): the amount never exceeds what is left of
 * the program's total after the recipient's earlier payments (002_5a3cd8c23b61ef14.txt 8-1-4
 * 事業1: 総額5万円; 'subsidy.cap-total-reached' when nothing is left). Skipped when there is no
 * total.
 */
export function applyCapTotal(run: Computation, before: Amount, prior: PriorSummary): CappedAmount {
  const c = run.program;
  const caps = c.caps;
  if (caps?.totalYen === undefined) return { ...before, capRemaining: null };
  const total = caps.totalYen;
  const remaining = Math.max(0, total - prior.paid);
  const capped = remaining < before.amount;
  const amount = capped ? remaining : before.amount;
  if (capped && remaining === 0)
    run.reasons.push(
      subsidyMessages.problem(
        'subsidy.cap-total-reached',
        {
          ...programNames(c),
          totalJa: yenJa(total),
          totalEn: yenEn(total),
          paidJa: yenJa(prior.paid),
          paidEn: yenEn(prior.paid),
        },
        { path: ['prior'], rule: c.rule, source: caps.source },
      ),
    );
  if (run.withSteps)
    run.steps.push(
      new Step(
        'cap-total',
        c.rule,
        caps.source,
        { amount: before.amount, total, paid: prior.paid, remaining },
        amount,
      ),
    );
  return capped
    ? { amount, limitedBy: 'cap-total', capRemaining: remaining }
    : { amount, limitedBy: before.limitedBy, capRemaining: null };
}
