import { matchKey } from '../../text/index.js';
import { subsidyMessages } from '../messages.js';
import { Step } from '../step.js';
import { type Computation, programNames } from './Computation.js';

/**
 * Stage 対象者 (who may apply): the applicant's type, compared tolerant of width and spaces with
 * the program's applicants (002_5a3cd8c23b61ef14.txt 8-1-4 事業1 地域協働体設立準備会, 8-2-1
 * 事業4 地域協働体). A type not given is computed as the program's applicant (the step says so);
 * another type is not eligible ('subsidy.not-applicant').
 */
export function checkApplicant(run: Computation, applicantType: string | undefined): void {
  const c = run.program;
  const applicants = c.applicants;
  if (applicants === undefined) return;
  const key = applicantType === undefined ? '' : matchKey(applicantType);
  const type = key === '' ? undefined : applicantType;
  const match = type === undefined ? null : applicants.keys.includes(key);
  if (run.withSteps)
    run.steps.push(
      new Step(
        'applicant',
        c.rule,
        applicants.source,
        {
          applicantType: type ?? null,
          expectedJa: applicants.expected.ja,
          expectedEn: applicants.expected.en,
        },
        match,
      ),
    );
  if (match !== false) return;
  run.eligible = false;
  run.reasons.push(
    subsidyMessages.problem(
      'subsidy.not-applicant',
      {
        ...programNames(c),
        applicantType: type ?? '',
        expectedJa: applicants.expected.ja,
        expectedEn: applicants.expected.en,
      },
      { path: ['facts', 'applicantType'], input: type, rule: c.rule, source: applicants.source },
    ),
  );
}
