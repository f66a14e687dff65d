import type { PlainDate } from '../../calendar/types.js';
import { dateJa } from '../format.js';
import { subsidyMessages } from '../messages.js';
import type { ProgramCondition } from '../schema.js';
import { Step } from '../step.js';
import { type Computation, programNames } from './Computation.js';

type FoundedBy = Extract<ProgramCondition, { kind: 'founded-by' }>;

/**
 * Stage 発足の期限 (a deadline for founding): the applicant (for 事業1 its 設立準備会) must have
 * started on or before the condition's date (002_5a3cd8c23b61ef14.txt 8-1-4 事業1: 平成27年度
 * までに発足した設立準備会). Later is not eligible ('subsidy.founded-too-late'); no founding date
 * is a fact still needed ('subsidy.missing-fact', need 'facts.founded'), or, when the caller
 * asks to leave it unchecked, the reason 'subsidy.condition-unchecked' while the rest is computed.
 */
export function checkFoundedBy(run: Computation, condition: FoundedBy, founded: PlainDate | undefined): void {
  const c = run.program;
  const what = { whatJa: condition.what.ja, whatEn: condition.what.en };
  if (founded === undefined && run.leaveUnchecked) {
    // Everything else is still computed; the condition is said to be unchecked.
    run.unchecked.push('facts.founded');
    run.reasons.push(
      subsidyMessages.problem(
        'subsidy.condition-unchecked',
        { ...programNames(c), ...what, need: 'facts.founded', deadlineJa: dateJa(condition.date) },
        { path: ['facts', 'founded'], rule: c.rule, source: condition.source },
      ),
    );
    return;
  }
  if (founded === undefined) {
    run.missing.push({
      need: 'facts.founded',
      make: (needs) =>
        subsidyMessages.problem(
          'subsidy.missing-fact',
          { ...programNames(c), ...what, need: 'facts.founded', needs },
          { path: ['facts', 'founded'], rule: c.rule, source: condition.source },
        ),
    });
    return;
  }
  const inTime = founded <= condition.date;
  if (run.withSteps)
    run.steps.push(
      new Step(
        'founded-by',
        c.rule,
        condition.source,
        { founded, deadline: condition.date, ...what },
        inTime,
      ),
    );
  if (inTime) return;
  run.eligible = false;
  run.reasons.push(
    subsidyMessages.problem(
      'subsidy.founded-too-late',
      {
        ...programNames(c),
        ...what,
        founded,
        deadline: condition.date,
        foundedJa: dateJa(founded),
        deadlineJa: dateJa(condition.date),
      },
      { path: ['facts', 'founded'], input: founded, rule: c.rule, source: condition.source },
    ),
  );
}
