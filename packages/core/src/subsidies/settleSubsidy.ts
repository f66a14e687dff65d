import type { Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { cite, type Source } from '../sources/Source.js';
import { compileProgram } from './compileProgram.js';
import { computeParsed } from './computeSubsidy.js';
import { checkArguments, readFacts, readFiscalYear, readPrior, readYen } from './readInputs.js';
import type { Program } from './schema.js';
import { applyGranted } from './stages/applyGranted.js';
import { checkAdvance } from './stages/checkAdvance.js';
import { settlementStep } from './stages/settlementStep.js';
import { Step } from './step.js';
import type { Settlement, SettlementRequest, SubsidyOptions, SubsidyStep } from './types.js';

const S_COMMON: Source = cite(
  'kyodo',
  'docs/rules.md「計画が定めていないこと」',
  'S-common',
  'where 前金払 or 概算払 is allowed, the settled amount is computed from actual eligible expenses; an advance above it is returned (返還), below it the rest is paid',
);
const X1: Source = cite(
  'kyodo',
  'docs/rules.md「計画が定めていないこと」',
  'X1',
  'an overrun of actual expense never raises the amount above the grant (交付決定額)',
);

/**
 * Settle a program for one fiscal year (RULES S-common, X1; 002_5a3cd8c23b61ef14.txt 8-1-4
 * 事業1 単年度精算、前金払い可): the amount the actual eligible expense gives (the same
 * computation as `computeSubsidy`), never above the granted amount when one is given, and the
 * refund (返還 = advance − settled) or the further payment (settled − advance). An advance is
 * refused only where the profile says advance payment is not allowed
 * ('subsidy.advance-not-allowed'); where the plan is silent it is settled and the info
 * 'subsidy.advance-not-stated' says so (silence is not a ban); an advance above the grant, or
 * above the share of it the program allows, is a warning. With `options.steps: false` no step is
 * built: every field is the same except `steps`, which is empty; `options.inputPaths` names the
 * caller's place of each input in the problems reading it (as for computeSubsidy).
 *
 * @example
 * const goi = builtinPrograms.ichinoseki[0]; // ichinoseki/goi-keisei
 * const s = unwrap(settleSubsidy(goi, { fiscalYear: 2015, advance: 50000, actualEligibleExpense: 42000,
 *   facts: { founded: '2015-06-01' } }));
 * s.settled //=> 42000
 * s.refund //=> 8000
 */
export function settleSubsidy(
  program: Program,
  request: SettlementRequest,
  { steps: withSteps = true, unknownFacts = 'need', inputPaths: at = {} }: SubsidyOptions = {},
): Result<Settlement> {
  const invalid = checkArguments(program, request);
  if (invalid !== undefined) return err(invalid);
  const c = compileProgram(program);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const fy = readFiscalYear(request.fiscalYear, at.fiscalYear ?? ['fiscalYear'], problems, warnings);
  const advance = readYen(request.advance, at.advance ?? ['advance'], problems);
  const actual = readYen(
    request.actualEligibleExpense,
    at.actualEligibleExpense ?? ['actualEligibleExpense'],
    problems,
  );
  const actualIneligible =
    request.actualIneligibleExpense === undefined
      ? undefined
      : readYen(
          request.actualIneligibleExpense,
          at.actualIneligibleExpense ?? ['actualIneligibleExpense'],
          problems,
        );
  const granted =
    request.granted === undefined ? undefined : readYen(request.granted, at.granted ?? ['granted'], problems);
  const income =
    request.actualIncome === undefined
      ? undefined
      : readYen(request.actualIncome, at.actualIncome ?? ['actualIncome'], problems);
  const prior = readPrior(request.prior, fy, problems, warnings, at.prior);
  const facts = readFacts(request.facts, problems, warnings, at);
  if (problems.length > 0 || fy === undefined || advance === undefined || actual === undefined)
    return err(problems);

  const refused = checkAdvance(c, advance, granted, request.advance, warnings);
  if (refused !== undefined) return err(refused);

  const computed = computeParsed(
    c,
    fy,
    { eligibleExpense: actual, ineligibleExpense: actualIneligible, income },
    prior,
    facts,
    withSteps,
    unknownFacts === 'unchecked',
  );
  if (!computed.ok) return computed;
  const result = computed.value;
  // computeParsed's array is new and shared with nothing: extended in place, not copied.
  const steps = result.steps as SubsidyStep[];
  const stepsIf = withSteps ? steps : undefined;
  // An advance the program's text allows is settled without a warning, the sentence cited
  // (002_5a3cd8c23b61ef14.txt 8-1-4 事業1 「前金払い可」).
  if (advance > 0 && c.advance?.allowed === true)
    stepsIf?.push(
      new Step('advance', c.rule, c.advance.source, { advance, words: c.advance.source.note ?? null }, true),
    );
  const { settled, limitedBy } = applyGranted(result, granted, X1, stepsIf);
  const { refund, furtherPayment } = settlementStep(
    settled,
    advance,
    c.settlement?.source ?? c.advance?.source ?? S_COMMON,
    stepsIf,
  );
  return ok(
    {
      program: c.id,
      fiscalYear: fy,
      eligible: result.eligible,
      computed: result.amount,
      granted: granted ?? null,
      settled,
      advance,
      refund,
      furtherPayment,
      limitedBy,
      reasons: result.reasons,
      steps,
    },
    warnings,
  );
}
