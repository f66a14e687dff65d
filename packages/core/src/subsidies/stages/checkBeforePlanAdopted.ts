import { fiscalYearEnd, fiscalYearStart } from '../../calendar/index.js';
import type { PlainDate } from '../../calendar/types.js';
import { dateJa, fyEn, fyJa } from '../format.js';
import { subsidyMessages } from '../messages.js';
import type { ProgramCondition } from '../schema.js';
import { Step } from '../step.js';
import { type Computation, programNames } from './Computation.js';

type BeforePlanAdopted = Extract<ProgramCondition, { kind: 'before-plan-adopted' }>;

/**
 * Stage 計画策定まで (until the plan is adopted): support runs until the applicant adopts its
 * 地域づくり計画 (002_5a3cd8c23b61ef14.txt 8-2-1 事業4: 地域づくり計画を策定するまでの間). A plan
 * adopted before the fiscal year starts is not eligible ('subsidy.plan-adopted'); one adopted
 * during it is a reason to note ('subsidy.plan-adopted-during-year'); none given counts as not
 * adopted yet.
 */
export function checkBeforePlanAdopted(
  run: Computation,
  condition: BeforePlanAdopted,
  adopted: PlainDate | undefined,
): void {
  const c = run.program;
  const fy = run.fiscalYear;
  const start = fiscalYearStart(fy);
  const end = fiscalYearEnd(fy);
  const beforePlan = adopted === undefined || adopted >= start;
  if (run.withSteps)
    run.steps.push(
      new Step(
        'before-plan-adopted',
        c.rule,
        condition.source,
        {
          planAdopted: adopted ?? null,
          fiscalYear: fy,
          fiscalYearStart: start,
          fiscalYearEnd: end,
          whatJa: condition.what.ja,
          whatEn: condition.what.en,
        },
        beforePlan,
      ),
    );
  if (adopted === undefined) return;
  const params = {
    ...programNames(c),
    fyJa: fyJa(fy),
    fyEn: fyEn(fy),
    whatJa: condition.what.ja,
    whatEn: condition.what.en,
    adopted,
    adoptedJa: dateJa(adopted),
  };
  const place = { path: ['facts', 'planAdopted'], input: adopted, rule: c.rule, source: condition.source };
  if (!beforePlan) {
    run.eligible = false;
    run.reasons.push(subsidyMessages.problem('subsidy.plan-adopted', params, place));
  } else if (adopted <= end) {
    run.reasons.push(subsidyMessages.problem('subsidy.plan-adopted-during-year', params, place));
  }
}
