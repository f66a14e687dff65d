import { Step } from '../step.js';
import type { SubsidyResult } from '../types.js';
import type { Computation } from './Computation.js';

/**
 * The answer for an applicant a stage found not eligible: amount 0, `limitedBy` null, the
 * reasons — "not applicable" is not zero (docs/contributing.md "Conventions"), and the step
 * says so, cited to the program's own section (002 8-1-4 事業1, 8-2-1 事業4 …).
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
