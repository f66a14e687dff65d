import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Result } from '../problems/Result.js';
import { builtinPrograms } from './builtin.js';
import { computeSubsidy } from './computeSubsidy.js';
import type { Program } from './schema.js';
import { settleSubsidy } from './settleSubsidy.js';
import type { SubsidyFacts } from './types.js';

// `{ steps: false }` (computeSubsidy, settleSubsidy) only leaves the steps out: every other
// field, the problems and the warnings are those of the computation with its steps.

const programs: Program[] = [...builtinPrograms.ichinoseki, ...builtinPrograms.toride];

const DAY = 86_400_000;
const dateArb = fc
  .integer({ min: 0, max: 20 * 366 })
  .map((d) => new Date(Date.UTC(2008, 0, 1) + d * DAY).toISOString().slice(0, 10));
const fiscalYearArb = fc.oneof(
  fc.integer({ min: 2010, max: 2026 }),
  fc.constantFrom('平成26年度', 'H27', '平成28年度', 'R6', '令和6年度', '来年度'),
);
const yenArb = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 100_000_000 }));
const factsArb: fc.Arbitrary<SubsidyFacts> = fc.record(
  {
    founded: dateArb,
    planAdopted: dateArb,
    applicantType: fc.constantFrom('', '地域協働体', '地域協働体設立準備会', 'ＮＰＯ法人', '市民活動団体'),
  },
  { requiredKeys: [] },
);
const priorArb = fc.array(
  fc.record({
    fiscalYear: fc.integer({ min: 2010, max: 2026 }),
    amount: fc.integer({ min: 0, max: 80_000 }),
  }),
  { maxLength: 4 },
);

/** The result without its steps, the steps checked apart. */
function withoutSteps<T extends { readonly steps: readonly unknown[] }>(r: Result<T>): unknown {
  if (!r.ok) return r;
  const { steps: _, ...rest } = r.value;
  return { ...r, value: rest };
}

describe('the steps option of computeSubsidy and settleSubsidy', () => {
  it('computeSubsidy: without steps, the same result but for the empty steps', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...programs),
        fiscalYearArb,
        yenArb,
        fc.option(yenArb, { nil: undefined }),
        priorArb,
        factsArb,
        (program, fiscalYear, eligibleExpense, ineligibleExpense, prior, facts) => {
          const request = {
            fiscalYear,
            eligibleExpense,
            ...(ineligibleExpense === undefined ? {} : { ineligibleExpense }),
            prior,
            facts,
          };
          const full = computeSubsidy(program, request);
          const bare = computeSubsidy(program, request, { steps: false });
          expect(withoutSteps(bare)).toEqual(withoutSteps(full));
          expect(computeSubsidy(program, request, { steps: true })).toEqual(full);
          if (full.ok && bare.ok) {
            expect(full.value.steps.length).toBeGreaterThan(0);
            expect(bare.value.steps).toEqual([]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('settleSubsidy: without steps, the same settlement but for the empty steps', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...programs),
        fiscalYearArb,
        fc.oneof(fc.constant(0), yenArb),
        yenArb,
        fc.option(yenArb, { nil: undefined }),
        priorArb,
        factsArb,
        (program, fiscalYear, advance, actualEligibleExpense, granted, prior, facts) => {
          const request = {
            fiscalYear,
            advance,
            actualEligibleExpense,
            ...(granted === undefined ? {} : { granted }),
            prior,
            facts,
          };
          const full = settleSubsidy(program, request);
          const bare = settleSubsidy(program, request, { steps: false });
          expect(withoutSteps(bare)).toEqual(withoutSteps(full));
          expect(settleSubsidy(program, request, { steps: true })).toEqual(full);
          if (full.ok && bare.ok) {
            expect(full.value.steps[full.value.steps.length - 1]?.kind).toBe('settlement');
            expect(bare.value.steps).toEqual([]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('example: kyodotai-shien, 360,000円 in 平成26年度 (002_5a3cd8c23b61ef14.txt 8-2-1 事業4)', () => {
    const program = builtinPrograms.ichinoseki[1]!;
    const bare = computeSubsidy(
      program,
      { fiscalYear: '平成26年度', eligibleExpense: 360_000 },
      { steps: false },
    );
    expect(bare.ok && bare.value).toMatchObject({
      eligible: true,
      amount: 200_000,
      limitedBy: 'annual-limit',
      reasons: [],
      steps: [],
    });
  });
});
