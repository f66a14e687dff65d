import { Step } from '../step.js';
import type { SubsidyResult } from '../types.js';
import type { Computation } from './Computation.js';

/**
 * The answer for an applicant a stage found not eligible: amount 0, `limitedBy` null, the
 * reasons — "not applicable" is not zero, and the step says so.
 */
export function notEligible(run: Computation): SubsidyResult {
  const c = run.program;
  if (run.withSteps)
    run.steps.push(new Step('amount', c.rule, c.source, { eligible: false, kind: c.kind }, 0));
  return {
    program: c.id,
    fiscalYear: run.fiscalYear,
    eligible: false,
    amount: 0,
    limitedBy: null,
    reasons: run.reasons,
    steps: run.steps,
    ...(run.unchecked.length === 0 ? {} : { unchecked: run.unchecked }),
  };
}
