import type { Source } from '../../sources/Source.js';
import { Step } from '../step.js';
import type { Computation } from './Computation.js';
import type { Amount } from './rateAmount.js';

/** The amount after the limit, and the limit when it applied (else null). */
export interface LimitedAmount extends Amount {
  readonly appliedLimit: number | null;
}

/**
 * Stage 限度額 (the limit per fiscal year): the amount never exceeds the limit in force for the
 * fiscal year (002_5a3cd8c23b61ef14.txt 8-2-1 事業4: 1地域協働体あたり20万円), unless the program
 * has none ('none').
 */
export function applyAnnualLimit(
  run: Computation,
  byRate: Amount,
  limit: number | 'none',
  limitSource: Source,
): LimitedAmount {
  const c = run.program;
  const limited = limit !== 'none' && limit < byRate.amount;
  const amount = limited ? limit : byRate.amount;
  if (run.withSteps)
    run.steps.push(
      new Step(
        'annual-limit',
        c.rule,
        limitSource,
        { amount: byRate.amount, limit, perJa: c.limitPer?.ja ?? '', perEn: c.limitPer?.en ?? '' },
        amount,
      ),
    );
  return limited
    ? { amount: limit, limitedBy: 'annual-limit', appliedLimit: limit }
    : { amount, limitedBy: byRate.limitedBy, appliedLimit: null };
}
