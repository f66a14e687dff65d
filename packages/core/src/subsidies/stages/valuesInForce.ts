import type { Rate } from '../../money/types.js';
import type { Source } from '../../sources/Source.js';
import { valueInForce } from '../valueInForce.js';
import { type Computation, missingParameter } from './Computation.js';

/** The rate and the limit per fiscal year in force, each with the citation of its dated value. */
export interface ValuesInForce {
  readonly rate: Rate;
  readonly rateSource: Source;
  readonly limit: number | 'none';
  readonly limitSource: Source;
}

/**
 * Stage 補助率・限度額 (the numbers in force): the rate and the limit per fiscal year dated on or
 * before the fiscal year (a dated value history: the last value dated on or before it). A
 * number the profile does not give for that year is still needed ('subsidy.missing-parameter',
 * 'program.rate', 'program.annualLimit'); undefined then.
 */
export function valuesInForce(run: Computation): ValuesInForce | undefined {
  const c = run.program;
  const fy = run.fiscalYear;
  const rateEntry = c.rate === undefined ? undefined : valueInForce(c.rate, fy);
  const rate = rateEntry?.value ?? undefined;
  if (rateEntry === undefined || rate === undefined)
    run.missing.push(missingParameter(run, 'rate', '補助率', 'rate'));
  const limitEntry = c.annualLimit === undefined ? undefined : valueInForce(c.annualLimit, fy);
  const limit = limitEntry?.value ?? undefined;
  if (limitEntry === undefined || limit === undefined)
    run.missing.push(missingParameter(run, 'annualLimit', '限度額（単年度）', 'limit per fiscal year'));
  if (
    run.missing.length > 0 ||
    rateEntry === undefined ||
    rate === undefined ||
    limitEntry === undefined ||
    limit === undefined
  )
    return undefined;
  return { rate, rateSource: rateEntry.source, limit, limitSource: limitEntry.source };
}
