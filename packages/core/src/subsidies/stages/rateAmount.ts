import { applyRate } from '../../money/index.js';
import type { Rate, Yen } from '../../money/types.js';
import { basisOf } from '../../sources/basisOf.js';
import type { Source } from '../../sources/Source.js';
import { Step } from '../step.js';
import type { LimitedBy } from '../types.js';
import type { Computation } from './Computation.js';

/** An amount and what determined it so far. */
export interface Amount {
  readonly amount: Yen;
  readonly limitedBy: LimitedBy;
}

/**
 * Stage 補助率 (the rate): base × rate computed exactly and rounded once, by the program's
 * rounding (RULES C4: 円未満切り捨て, kyodo's default, unless the program says otherwise; the
 * sentence says whose rounding it is). At a 100% rate the
 * expense itself determines the amount ('expense'), otherwise the rate ('rate').
 */
export function rateAmount(run: Computation, base: Yen, rate: Rate, rateSource: Source): Amount {
  const c = run.program;
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
          roundingBasis: basisOf(c.roundingSource),
          kind: c.kind,
        },
        amount,
      ),
    );
  return { amount, limitedBy: rate.numerator === rate.denominator ? 'expense' : 'rate' };
}
