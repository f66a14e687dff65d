import { fiscalYearEnd, fiscalYearStart } from '../calendar/index.js';
import type { FiscalYear } from '../calendar/types.js';
import { applyRate } from '../money/index.js';
import type { Yen } from '../money/types.js';
import type { Problem } from '../problems/Problem.js';
import { err, ok, type Result } from '../problems/Result.js';
import { matchKey } from '../text/index.js';
import { type CompiledProgram, compileProgram } from './compileProgram.js';
import { dateJa, fyEn, fyJa, periodEn, periodJa, yenEn, yenJa } from './format.js';
import { subsidyMessages } from './messages.js';
import {
  type PriorSummary,
  type ReadFacts,
  readFacts,
  readFiscalYear,
  readPrior,
  readYen,
} from './readInputs.js';
import type { Program } from './schema.js';
import { Step } from './step.js';
import type { LimitedBy, SubsidyOptions, SubsidyRequest, SubsidyResult, SubsidyStep } from './types.js';
import { valueInForce } from './valueInForce.js';

/**
 * Compute the amount of a program for one fiscal year (RULES S-*, S-common, C4; shared/DESIGN.md
 * "not applicable is not zero"): whether the applicant is eligible, the amount in whole yen
 * (rate × eligible expense, rounded once, then the limit per fiscal year, then the caps across
 * fiscal years), what limited it, the reasons and every step with its rule, source and sentence.
 *
 * Three answers are kept apart: outside the program's years or an ineligible applicant is
 * `ok` with `eligible: false`, amount 0, `limitedBy: null` and the reason; a number the profile
 * lacks ('subsidy.missing-parameter') or a fact eligibility needs ('subsidy.missing-fact') is an
 * `err` whose problems name each thing still needed (params `need`, `needs`; see `subsidyNeeds`).
 * Ineligible expenses are never part of the base.
 *
 * With `options.steps: false` no step is built: every field is the same as with the steps
 * except `steps`, which is empty (for a caller that checks many rows and explains a few; it
 * asks again with the steps for the rows it explains).
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
  { steps: withSteps = true }: SubsidyOptions = {},
): Result<SubsidyResult> {
  const c = compileProgram(program);
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const fy = readFiscalYear(request.fiscalYear, ['fiscalYear'], problems, warnings);
  const eligibleExpense = readYen(request.eligibleExpense, ['eligibleExpense'], problems);
  const ineligibleExpense =
    request.ineligibleExpense === undefined
      ? undefined
      : readYen(request.ineligibleExpense, ['ineligibleExpense'], problems);
  const prior = readPrior(request.prior, fy, problems, warnings);
  const facts = readFacts(request.facts, problems, warnings);
  if (problems.length > 0 || fy === undefined || eligibleExpense === undefined) return err(problems);
  const result = computeParsed(c, fy, eligibleExpense, ineligibleExpense, prior, facts, withSteps);
  return result.ok && warnings.length > 0 ? ok(result.value, warnings) : result;
}

interface Missing {
  readonly need: string;
  readonly make: (needs: string) => Problem;
}

/** The computation on inputs already read (shared with settleSubsidy); no steps unless `withSteps`. */
export function computeParsed(
  c: CompiledProgram,
  fy: FiscalYear,
  eligibleExpense: Yen,
  ineligibleExpense: Yen | undefined,
  prior: PriorSummary,
  facts: ReadFacts,
  withSteps: boolean,
): Result<SubsidyResult> {
  const steps: SubsidyStep[] = [];
  const reasons: Problem[] = [];
  const missing: Missing[] = [];
  const prog = { program: c.name.ja, programEn: c.name.en };
  let eligible = true;

  // 1. The fiscal years the program runs.
  const years = c.years;
  if (years === undefined) {
    missing.push(missingParameter(c, fy, 'years', '実施年度', 'program years'));
  } else {
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
    if (withSteps && shown !== undefined) {
      steps.push(
        new Step(
          'years',
          c.rule,
          shown.source,
          { fiscalYear: fy, from: shown.from, to: shown.to ?? null },
          inRange !== undefined,
        ),
      );
    }
    if (inRange === undefined) {
      eligible = false;
      reasons.push(
        subsidyMessages.problem(
          'subsidy.outside-years',
          {
            ...prog,
            fyJa: fyJa(fy),
            fyEn: fyEn(fy),
            yearsJa: years.map((r) => periodJa(r.from, r.to)).join('、'),
            yearsEn: years.map((r) => periodEn(r.from, r.to)).join(', '),
          },
          { path: ['fiscalYear'], input: fy, rule: c.rule, source: (shown ?? c).source },
        ),
      );
    }
  }

  // 2. Who may apply.
  const applicants = c.applicants;
  if (applicants !== undefined) {
    const given = facts.applicantType;
    const key = given === undefined ? '' : matchKey(given);
    const type = key === '' ? undefined : given;
    const match = type === undefined ? null : applicants.keys.includes(key);
    if (withSteps)
      steps.push(
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
    if (match === false) {
      eligible = false;
      reasons.push(
        subsidyMessages.problem(
          'subsidy.not-applicant',
          {
            ...prog,
            applicantType: type ?? '',
            expectedJa: applicants.expected.ja,
            expectedEn: applicants.expected.en,
          },
          { path: ['facts', 'applicantType'], input: type, rule: c.rule, source: applicants.source },
        ),
      );
    }
  }

  // 3. Conditions on the applicant.
  for (const condition of c.conditions) {
    if (condition.kind === 'founded-by') {
      const founded = facts.founded;
      if (founded === undefined) {
        missing.push({
          need: 'facts.founded',
          make: (needs) =>
            subsidyMessages.problem(
              'subsidy.missing-fact',
              { ...prog, whatJa: condition.what.ja, whatEn: condition.what.en, need: 'facts.founded', needs },
              { path: ['facts', 'founded'], rule: c.rule, source: condition.source },
            ),
        });
        continue;
      }
      const okDate = founded <= condition.date;
      if (withSteps)
        steps.push(
          new Step(
            'founded-by',
            c.rule,
            condition.source,
            { founded, deadline: condition.date, whatJa: condition.what.ja, whatEn: condition.what.en },
            okDate,
          ),
        );
      if (!okDate) {
        eligible = false;
        reasons.push(
          subsidyMessages.problem(
            'subsidy.founded-too-late',
            {
              ...prog,
              whatJa: condition.what.ja,
              whatEn: condition.what.en,
              founded,
              deadline: condition.date,
              foundedJa: dateJa(founded),
              deadlineJa: dateJa(condition.date),
            },
            { path: ['facts', 'founded'], input: founded, rule: c.rule, source: condition.source },
          ),
        );
      }
    } else {
      const adopted = facts.planAdopted;
      const start = fiscalYearStart(fy);
      const end = fiscalYearEnd(fy);
      const okPlan = adopted === undefined || adopted >= start;
      if (withSteps)
        steps.push(
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
            okPlan,
          ),
        );
      if (adopted !== undefined) {
        const params = {
          ...prog,
          fyJa: fyJa(fy),
          fyEn: fyEn(fy),
          whatJa: condition.what.ja,
          whatEn: condition.what.en,
          adopted,
          adoptedJa: dateJa(adopted),
        };
        const place = {
          path: ['facts', 'planAdopted'],
          input: adopted,
          rule: c.rule,
          source: condition.source,
        };
        if (!okPlan) {
          eligible = false;
          reasons.push(subsidyMessages.problem('subsidy.plan-adopted', params, place));
        } else if (adopted <= end) {
          reasons.push(subsidyMessages.problem('subsidy.plan-adopted-during-year', params, place));
        }
      }
    }
  }

  if (!eligible) {
    if (withSteps) steps.push(new Step('amount', c.rule, c.source, { eligible: false, kind: c.kind }, 0));
    return ok({ program: c.id, fiscalYear: fy, eligible: false, amount: 0, limitedBy: null, reasons, steps });
  }

  // 4. The numbers in force in this fiscal year.
  const rateEntry = c.rate === undefined ? undefined : valueInForce(c.rate, fy);
  const rate = rateEntry?.value ?? undefined;
  if (rateEntry === undefined || rate === undefined)
    missing.push(missingParameter(c, fy, 'rate', '補助率', 'rate'));
  const limitEntry = c.annualLimit === undefined ? undefined : valueInForce(c.annualLimit, fy);
  const limit = limitEntry?.value ?? undefined;
  if (limitEntry === undefined || limit === undefined)
    missing.push(missingParameter(c, fy, 'annualLimit', '限度額（単年度）', 'limit per fiscal year'));

  if (
    missing.length > 0 ||
    rateEntry === undefined ||
    rate === undefined ||
    limitEntry === undefined ||
    limit === undefined
  ) {
    const needs = missing.map((m) => m.need).join(', ');
    return err(missing.map((m) => m.make(needs)));
  }

  // 5. The amount: base × rate, rounded once; then the limit; then the caps.
  const kind = c.kind;
  const base = eligibleExpense;
  const rateAmount = applyRate(base, rate, c.rounding);
  let amount = rateAmount;
  let limitedBy: LimitedBy = rate.numerator === rate.denominator ? 'expense' : 'rate';

  let appliedLimit: number | null = null;
  if (limit !== 'none' && limit < amount) {
    amount = limit;
    limitedBy = 'annual-limit';
    appliedLimit = limit;
  }
  if (withSteps)
    steps.push(
      new Step(
        'base',
        'S-common',
        c.source,
        { eligibleExpense, ineligibleExpense: ineligibleExpense ?? null, kind },
        base,
      ),
      new Step(
        'rate',
        c.rule,
        rateEntry.source,
        { base, rate, roundingMode: c.rounding.mode, roundingUnit: c.rounding.unit, kind },
        rateAmount,
      ),
      new Step(
        'annual-limit',
        c.rule,
        limitEntry.source,
        { amount: rateAmount, limit, perJa: c.limitPer?.ja ?? '', perEn: c.limitPer?.en ?? '' },
        amount,
      ),
    );

  let capRemaining: number | null = null;
  const caps = c.caps;
  if (caps !== undefined) {
    if (caps.maxYears !== undefined) {
      const mayPay = prior.years.length < caps.maxYears;
      if (withSteps)
        steps.push(
          new Step(
            'cap-years',
            c.rule,
            caps.source,
            { paidYears: prior.years.join(','), count: prior.years.length, maxYears: caps.maxYears },
            mayPay,
          ),
        );
      if (!mayPay) {
        amount = 0;
        limitedBy = 'cap-years';
        reasons.push(
          subsidyMessages.problem(
            'subsidy.cap-years',
            {
              ...prog,
              count: prior.years.length,
              maxYears: caps.maxYears,
              yearsJa: prior.years.map(fyJa).join('・'),
              yearsEn: prior.years.map(fyEn).join(', '),
            },
            { path: ['prior'], rule: c.rule, source: caps.source },
          ),
        );
      }
    }
    if (caps.totalYen !== undefined && limitedBy !== 'cap-years') {
      const remaining = Math.max(0, caps.totalYen - prior.paid);
      const before = amount;
      if (remaining < amount) {
        amount = remaining;
        limitedBy = 'cap-total';
        capRemaining = remaining;
        if (remaining === 0) {
          reasons.push(
            subsidyMessages.problem(
              'subsidy.cap-total-reached',
              {
                ...prog,
                totalJa: yenJa(caps.totalYen),
                totalEn: yenEn(caps.totalYen),
                paidJa: yenJa(prior.paid),
                paidEn: yenEn(prior.paid),
              },
              { path: ['prior'], rule: c.rule, source: caps.source },
            ),
          );
        }
      }
      if (withSteps)
        steps.push(
          new Step(
            'cap-total',
            c.rule,
            caps.source,
            { amount: before, total: caps.totalYen, paid: prior.paid, remaining },
            amount,
          ),
        );
    }
  }

  if (withSteps)
    steps.push(
      new Step(
        'amount',
        c.rule,
        c.source,
        {
          eligible: true,
          kind,
          base,
          rate,
          rateAmount,
          annualLimit: appliedLimit,
          capRemaining,
          maxYears: caps?.maxYears ?? null,
          limitedBy,
        },
        amount,
      ),
    );
  return ok({ program: c.id, fiscalYear: fy, eligible: true, amount, limitedBy, reasons, steps });
}

function missingParameter(
  c: CompiledProgram,
  fy: FiscalYear,
  parameter: string,
  labelJa: string,
  labelEn: string,
): Missing {
  const need = `program.${parameter}`;
  return {
    need,
    make: (needs) =>
      subsidyMessages.problem(
        'subsidy.missing-parameter',
        {
          program: c.name.ja,
          programEn: c.name.en,
          fyJa: fyJa(fy),
          fyEn: fyEn(fy),
          labelJa,
          labelEn,
          need,
          needs,
        },
        { path: [parameter], rule: c.rule, source: c.source },
      ),
  };
}
