import type { Result } from '../problems/Result.js';

/**
 * What a computation still needs, from its result: the program parameters a profile must
 * supply ('program.rate', 'program.annualLimit', 'program.years') and the facts the request
 * must give ('facts.founded', 'income' for a program that deducts the project's income), in the
 * order found; [] for a success (RULES S;
 * docs/contributing.md "Conventions": a computation that lacks an input says which inputs it still needs).
 *
 * @example
 * subsidyNeeds(computeSubsidy(yumeZukuri, { fiscalYear: 2015, eligibleExpense: 100000 }))
 * //=> ['program.rate', 'program.annualLimit']
 */
export function subsidyNeeds(result: Result<unknown>): string[] {
  if (result.ok) return [];
  const needs: string[] = [];
  for (const problem of result.problems) {
    if (
      problem.code !== 'subsidy.missing-parameter' &&
      problem.code !== 'subsidy.missing-fact' &&
      problem.code !== 'subsidy.missing-income'
    )
      continue;
    const need = problem.params.need;
    if (typeof need === 'string' && !needs.includes(need)) needs.push(need);
  }
  return needs;
}
