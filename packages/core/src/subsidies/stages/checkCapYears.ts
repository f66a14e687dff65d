import { fyEn, fyJa } from '../format.js';
import { subsidyMessages } from '../messages.js';
import type { PriorSummary } from '../readInputs.js';
import { Step } from '../step.js';
import { type Computation, programNames } from './Computation.js';

/**
 * Stage 交付年数の上限 (a number of fiscal years): once the recipient has been paid in as many
 * fiscal years as the program allows, a further fiscal year is not eligible — not eligible with
 * 0 yen (002_5a3cd8c23b61ef14.txt 8-1-4 事業1: 限度額：1地区5万円（2箇年までとし、総額5万円…）;
 * 'subsidy.cap-years'). Without such a cap, or within it, the applicant stays eligible.
 */
export function checkCapYears(run: Computation, prior: PriorSummary): void {
  const c = run.program;
  const caps = c.caps;
  if (caps?.maxYears === undefined) return;
  const maxYears = caps.maxYears;
  const mayPay = prior.years.length < maxYears;
  if (run.withSteps)
    run.steps.push(
      new Step(
        'cap-years',
        c.rule,
        caps.source,
        { paidYears: prior.years.join(','), count: prior.years.length, maxYears },
        mayPay,
      ),
    );
  if (mayPay) return;
  run.eligible = false;
  run.reasons.push(
    subsidyMessages.problem(
      'subsidy.cap-years',
      {
        ...programNames(c),
        count: prior.years.length,
        maxYears,
        yearsJa: prior.years.map(fyJa).join('・'),
        yearsEn: prior.years.map(fyEn).join(', '),
        fyJa: fyJa(run.fiscalYear),
        fyEn: fyEn(run.fiscalYear),
      },
      { path: ['prior'], rule: c.rule, source: caps.source },
    ),
  );
}
