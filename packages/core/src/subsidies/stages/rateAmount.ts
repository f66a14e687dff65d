import { applyRate } from '../../money/index.js';
import type { Yen } from '../../money/types.js';
import { Step } from '../step.js';
import type { LimitedBy } from '../types.js';
import type { Computation } from './Computation.js';
import type { ValuesInForce } from './valuesInForce.js';

/** An amount and what determined it so far. */
export interface Amount {
  readonly amount: Yen;
  readonly limitedBy: LimitedBy;
}

/**
 * Stage 補助率 (the rate): base × rate computed exactly and rounded once, by the program's
 * rounding (RULES C4: 円未満切り捨て, kyodo's default, unless the program says otherwise; the
 * sentence says whose rounding it is). At a 100% rate the expense itself determines the amount
 * ('expense'), otherwise the rate ('rate'). A fixed amount (定額, RULES X1) is the amount instead,
 * never above the base ('fixed', or 'expense' when the base is smaller).
 */
export function rateAmount(run: Computation, base: Yen, values: ValuesInForce): Amount {
  const c = run.program;
  const { rate, fixed, award, rateSource } = values;
  if (fixed !== null || rate === null) {
    const f = fixed ?? 0;
    const amount = base < f ? base : f;
    if (run.withSteps)
      run.steps.push(new Step('fixed', c.rule, rateSource, { base, fixed: f, kind: c.kind }, amount));
    return { amount, limitedBy: base < f ? 'expense' : 'fixed' };
  }
  const amount = applyRate(base, rate, c.rounding);
  if (run.withSteps)
    run.steps.push(
      new Step(
        'rate',
        c.rule,
        rateSource,
        {
          base,
          rate,
          roundingMode: c.rounding.mode,
          roundingUnit: c.rounding.unit,
          roundingBasis: c.roundingBasis,
          kind: c.kind,
          award,
        },
        amount,
      ),
    );
  return { amount, limitedBy: rate.numerator === rate.denominator ? 'expense' : 'rate' };
}
