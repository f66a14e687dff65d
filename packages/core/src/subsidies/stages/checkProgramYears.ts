import { fyEn, fyJa, periodEn, periodJa } from '../format.js';
import { subsidyMessages } from '../messages.js';
import { Step } from '../step.js';
import { type Computation, missingParameter, programNames } from './Computation.js';

/**
 * Stage 実施年度 (program years): the fiscal year must fall in one of the program's periods
 * (002_5a3cd8c23b61ef14.txt 8-1-4, 8-2-1: each 事業 has its years). Outside them the applicant
 * is not eligible ('subsidy.outside-years'); a profile that gives no years still needs them.
 */
export function checkProgramYears(run: Computation): void {
  const c = run.program;
  const fy = run.fiscalYear;
  const years = c.years;
  if (years === undefined) {
    run.missing.push(missingParameter(run, 'years', '実施年度', 'program years'));
    return;
  }
  let inRange: (typeof years)[number] | undefined;
  let nearest = years[0];
  for (const range of years) {
    if (range.from <= fy && (range.to === undefined || fy <= range.to)) {
      inRange = range;
      break;
    }
    if (range.from <= fy) nearest = range;
  }
  const shown = inRange ?? nearest;
  if (run.withSteps && shown !== undefined) {
    run.steps.push(
      new Step(
        'years',
        c.rule,
        shown.source,
        { fiscalYear: fy, from: shown.from, to: shown.to ?? null },
        inRange !== undefined,
      ),
    );
  }
  if (inRange !== undefined) return;
  run.eligible = false;
  run.reasons.push(
    subsidyMessages.problem(
      'subsidy.outside-years',
      {
        ...programNames(c),
        fyJa: fyJa(fy),
        fyEn: fyEn(fy),
        yearsJa: years.map((r) => periodJa(r.from, r.to)).join('、'),
        yearsEn: years.map((r) => periodEn(r.from, r.to)).join(', '),
      },
      { path: ['fiscalYear'], input: fy, rule: c.rule, source: (shown ?? c).source },
    ),
  );
}
