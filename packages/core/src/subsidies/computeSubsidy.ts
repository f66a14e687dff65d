import type { FiscalYear } from '../calendar/types.js';
import type { Yen } from '../money/types.js';
import type { Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { type CompiledProgram, compileProgram } from './compileProgram.js';
import {
  checkArguments,
  type PriorSummary,
  type ReadFacts,
  readFacts,
  readFiscalYear,
  readPrior,
  readYen,
} from './readInputs.js';
import type { Program } from './schema.js';
import { applyAnnualLimit } from './stages/applyAnnualLimit.js';
import { applyCapTotal } from './stages/applyCapTotal.js';
import { applyIncomeBound } from './stages/applyIncomeBound.js';
import { missingIncome, startComputation } from './stages/Computation.js';
import { checkApplicant } from './stages/checkApplicant.js';
import { checkBeforePlanAdopted } from './stages/checkBeforePlanAdopted.js';
import { checkCapYears } from './stages/checkCapYears.js';
import { checkFoundedBy } from './stages/checkFoundedBy.js';
import { checkProgramYears } from './stages/checkProgramYears.js';
import { eligibleAmount } from './stages/eligibleAmount.js';
import { notEligible } from './stages/notEligible.js';
import { rateAmount } from './stages/rateAmount.js';
import { subsidyBase } from './stages/subsidyBase.js';
import { valuesInForce } from './stages/valuesInForce.js';
import type { SubsidyOptions, SubsidyRequest, SubsidyResult } from './types.js';

/**
 * Compute the amount of a program for one fiscal year (RULES S-*, S-common, C4; docs/contributing.md
 * "Conventions": not applicable is not zero): whether the applicant is eligible, the amount in whole yen
 * (rate × eligible expense, rounded once — or a fixed amount (定額), or the rate of this award
 * where rates taper (X1) — then the bound of the project's income where the program has one,
 * the limit per fiscal year, then the caps across fiscal years), what limited it, the reasons
 * and every step with its rule, source and sentence.
 *
 * Three answers are kept apart: outside the program's years, an ineligible applicant or a
 * fiscal year past the program's number of years (002 事業1: 2箇年までとし) is `ok` with
 * `eligible: false`, amount 0, `limitedBy: null` and the reason; a number the profile
 * lacks ('subsidy.missing-parameter') or a fact eligibility needs ('subsidy.missing-fact') is an
 * `err` whose problems name each thing still needed (params `need`, `needs`; see `subsidyNeeds`).
 * Ineligible expenses are never part of the base.
 *
 * With `options.steps: false` no step is built: every field is the same as with the steps
 * except `steps`, which is empty (for a caller that checks many rows and explains a few; it
 * asks again with the steps for the rows it explains). With `options.unknownFacts:
 * 'unchecked'` a condition whose fact is missing is left unchecked and said so, and the rest
 * (limits, caps across years) is computed. With `options.inputPaths` a problem reading an input
 * names the caller's place for it (a flag, a cell) instead of the request's field.
 *
 * @example
 * const p = builtinPrograms.ichinoseki[1]; // ichinoseki/kyodotai-shien (002_5a3cd8c23b61ef14.txt 8-2-1 事業4)
 * const r = unwrap(computeSubsidy(p, { fiscalYear: '平成26年度', eligibleExpense: 360000 }));
 * r.amount //=> 200000
 * r.limitedBy //=> 'annual-limit'
 * r.steps.at(-1)?.sentence.ja //=> '補助対象経費 360,000円 × 2/3 = 240,000円 → 限度額 200,000円 → 補助金額 200,000円'
 */
export function computeSubsidy(
  program: Program,
  request: SubsidyRequest,
  { steps: withSteps = true, unknownFacts = 'need', inputPaths: at = {} }: SubsidyOptions = {},
): Result<SubsidyResult> {
  const invalid = checkArguments(program, request);
  if (invalid !== undefined) return err(invalid);
  const c = compileProgram(program);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const fy = readFiscalYear(request.fiscalYear, at.fiscalYear ?? ['fiscalYear'], problems, warnings);
  const eligibleExpense = readYen(
    request.eligibleExpense,
    at.eligibleExpense ?? ['eligibleExpense'],
    problems,
  );
  const ineligibleExpense =
    request.ineligibleExpense === undefined
      ? undefined
      : readYen(request.ineligibleExpense, at.ineligibleExpense ?? ['ineligibleExpense'], problems);
  const income =
    request.income === undefined ? undefined : readYen(request.income, at.income ?? ['income'], problems);
  const prior = readPrior(request.prior, fy, problems, warnings, at.prior);
  const facts = readFacts(request.facts, problems, warnings, at);
  if (problems.length > 0 || fy === undefined || eligibleExpense === undefined) return err(problems);
  const result = computeParsed(
    c,
    fy,
    { eligibleExpense, ineligibleExpense, income },
    prior,
    facts,
    withSteps,
    unknownFacts === 'unchecked',
  );
  return result.ok && warnings.length > 0 ? ok(result.value, warnings) : result;
}

/** The amounts of a request, read: the base's expense, what is left out of it, the project's income. */
export interface ReadExpense {
  readonly eligibleExpense: Yen;
  readonly ineligibleExpense: Yen | undefined;
  readonly income: Yen | undefined;
}

/**
 * The computation on inputs already read (shared with settleSubsidy); no steps unless
 * `withSteps`. The stages run in the order the plans state a program: its years, who may
 * apply, the conditions on the applicant, the number of fiscal years already paid (a year past
 * it is not eligible); then, for an eligible applicant, the numbers in force, the base, the
 * rate, the limit per fiscal year and the total across fiscal years.
 */
export function computeParsed(
  c: CompiledProgram,
  fy: FiscalYear,
  expense: ReadExpense,
  prior: PriorSummary,
  facts: ReadFacts,
  withSteps: boolean,
  leaveUnchecked = false,
): Result<SubsidyResult> {
  const { eligibleExpense, ineligibleExpense, income } = expense;
  const run = startComputation(c, fy, withSteps, leaveUnchecked);
  checkProgramYears(run);
  checkApplicant(run, facts.applicantType);
  for (const condition of c.conditions) {
    if (condition.kind === 'founded-by') checkFoundedBy(run, condition, facts.founded);
    else checkBeforePlanAdopted(run, condition, facts.planAdopted);
  }
  checkCapYears(run, prior);
  if (!run.eligible) return ok(notEligible(run));

  // A program that deducts project income, or is bound by it, needs it (0 when there is none).
  if (c.income !== undefined && income === undefined) run.missing.push(missingIncome(run));
  const values = valuesInForce(run, prior.years.length);
  if (values === undefined) {
    const needs = run.missing.map((m) => m.need).join(', ');
    return err(run.missing.map((m) => m.make(needs)));
  }
  const base = subsidyBase(run, eligibleExpense, ineligibleExpense, income);
  const byRate = rateAmount(run, base, values);
  const bounded = applyIncomeBound(run, byRate, eligibleExpense, income);
  const limited = applyAnnualLimit(run, bounded, values.limit, values.limitSource);
  const capped = applyCapTotal(run, limited, prior);
  return ok(
    eligibleAmount(run, {
      base,
      rate: values.rate,
      fixed: values.fixed,
      rateAmount: byRate.amount,
      incomeBound: bounded === byRate ? null : bounded.amount,
      limited,
      capped,
    }),
  );
}
