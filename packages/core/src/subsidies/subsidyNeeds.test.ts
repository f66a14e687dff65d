import { describe, expect, it } from 'vitest';
import { ok } from '../problems/Result.js';
import { builtinPrograms } from './builtin.js';
import { computeSubsidy } from './computeSubsidy.js';
import type { Program } from './schema.js';
import { subsidyNeeds } from './subsidyNeeds.js';

const [goiKeisei, , yumeZukuri] = builtinPrograms.ichinoseki as [Program, Program, Program];

describe('subsidyNeeds', () => {
  it('lists what a failed computation still needs, program parameters and facts', () => {
    expect(subsidyNeeds(computeSubsidy(yumeZukuri, { fiscalYear: 2015, eligibleExpense: 1 }))).toEqual([
      'program.rate',
      'program.annualLimit',
    ]);
    expect(subsidyNeeds(computeSubsidy(goiKeisei, { fiscalYear: 2015, eligibleExpense: 1 }))).toEqual([
      'facts.founded',
    ]);
  });

  it('is empty for a success and for errors of another kind', () => {
    expect(subsidyNeeds(ok(1))).toEqual([]);
    expect(subsidyNeeds(computeSubsidy(goiKeisei, { fiscalYear: '令和0年度', eligibleExpense: 1 }))).toEqual(
      [],
    );
  });
});
