import { fyEn, fyJa } from '../format.js';
import { subsidyMessages } from '../messages.js';
import type { PriorSummary } from '../readInputs.js';
import { Step } from '../step.js';
import { type Computation, programNames } from './Computation.js';
import type { Amount } from './rateAmount.js';

/**
 * Stage 交付年数の上限 (a number of fiscal years): once the recipient has been paid in as many
 * fiscal years as the program allows, nothing more is paid (002_5a3cd8c23b61ef14.txt 8-1-4
 * 事業1: 2箇年までとし; 'subsidy.cap-years'). Without such a cap the amount passes unchanged.
 */
export function applyCapYears(run: Computation, before: Amount, prior: PriorSummary): Amount {
  const c = run.program;
  const caps = c.caps;
  if (caps?.maxYears === undefined) return before;
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
  if (mayPay) return before;
  run.reasons.push(
    subsidyMessages.problem(
      'subsidy.cap-years',
      {
        ...programNames(c),
        count: prior.years.length,
        maxYears,
        yearsJa: prior.years.map(fyJa).join('・'),
        yearsEn: prior.years.map(fyEn).join(', '),
      },
      { path: ['prior'], rule: c.rule, source: caps.source },
    ),
  );
  return { amount: 0, limitedBy: 'cap-years' };
}
