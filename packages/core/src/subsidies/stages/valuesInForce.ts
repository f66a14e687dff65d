import type { Rate, Yen } from '../../money/types.js';
import type { Source } from '../../sources/Source.js';
import { valueInForce } from '../valueInForce.js';
import { type Computation, missingParameter } from './Computation.js';

/**
 * The numbers in force, each with the citation of its dated value: either a rate (`rate`, the
 * award's tapered rate included) or a fixed amount (`fixed`, 定額), and the limit per fiscal year.
 */
export interface ValuesInForce {
  /** The rate (null for a fixed amount). */
  readonly rate: Rate | null;
  /** The fixed amount, 定額 (null for a rate). */
  readonly fixed: Yen | null;
  /** Which award to the recipient this is, when the rate tapers with awards (else null). */
  readonly award: number | null;
  /** The citation of the rate or the fixed amount. */
  readonly rateSource: Source;
  readonly limit: number | 'none';
  readonly limitSource: Source;
}

/**
 * Stage 補助率・限度額 (the numbers in force): the rate — or the fixed amount (定額), or the rate
 * of this award where rates taper with each award (RULES X1: 2/3, then 1/2, then 1/3; the award
 * is the fiscal years already paid plus one) — and the limit per fiscal year dated on or before
 * the fiscal year (a dated value history, docs/profiles.md: the last value dated on or before
 * it; 002 8-2-1 事業4–6 give the numbers by fiscal year). A number the
 * profile does not give for that year is still needed ('subsidy.missing-parameter',
 * 'program.rate', 'program.annualLimit'); undefined then. A fixed amount needs no rate, and no
 * limit unless the program gives one.
 */
export function valuesInForce(run: Computation, yearsPaid: number): ValuesInForce | undefined {
  const c = run.program;
  const fy = run.fiscalYear;
  let rate: Rate | null = null;
  let fixed: Yen | null = null;
  let award: number | null = null;
  let rateSource: Source | undefined;
  if (c.fixedAmount !== undefined) {
    const entry = valueInForce(c.fixedAmount, fy);
    if (entry === undefined || entry.value === null)
      run.missing.push(missingParameter(run, 'fixedAmount', '定額', 'fixed amount'));
    else {
      fixed = entry.value;
      rateSource = entry.source;
    }
  } else if (c.taperedRates !== undefined) {
    const rates = c.taperedRates.rates;
    award = yearsPaid + 1;
    rate = rates[Math.min(award, rates.length) - 1] ?? null;
    rateSource = c.taperedRates.source;
  } else {
    const entry = c.rate === undefined ? undefined : valueInForce(c.rate, fy);
    if (entry === undefined || entry.value === null)
      run.missing.push(missingParameter(run, 'rate', '補助率', 'rate'));
    else {
      rate = entry.value;
      rateSource = entry.source;
    }
  }
  let limit: number | 'none' | undefined;
  let limitSource: Source | undefined;
  if (c.annualLimit === undefined && c.fixedAmount !== undefined) {
    // 定額 without a limit of its own: the fixed amount is what bounds it.
    limit = 'none';
    limitSource = rateSource;
  } else {
    const entry = c.annualLimit === undefined ? undefined : valueInForce(c.annualLimit, fy);
    if (entry === undefined || entry.value === null)
      run.missing.push(missingParameter(run, 'annualLimit', '限度額（単年度）', 'limit per fiscal year'));
    else {
      limit = entry.value;
      limitSource = entry.source;
    }
  }
  if (run.missing.length > 0 || rateSource === undefined || limit === undefined || limitSource === undefined)
    return undefined;
  return { rate, fixed, award, rateSource, limit, limitSource };
}
