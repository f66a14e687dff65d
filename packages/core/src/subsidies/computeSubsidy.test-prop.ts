import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinPrograms } from './builtin.js';
import { computeSubsidy } from './computeSubsidy.js';
import { type Program, programSchema } from './schema.js';

// Laws of the amount (RULES S-*, C4): never negative, never above expense × rate (beyond what
// the rounding unit allows when it rounds up), never above the limit, never more over the
// years than the cap, never lower when the expense grows.

const source = { document: 'prop.txt', section: '1' };

const programArb: fc.Arbitrary<Program> = fc
  .record({
    denominator: fc.integer({ min: 1, max: 12 }),
    numeratorShare: fc.double({ min: 0, max: 1, noNaN: true }),
    limit: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
    totalYen: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
    maxYears: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    mode: fc.constantFrom('truncate', 'half-up', 'ceil'),
    unit: fc.constantFrom(1, 10, 100, 1000),
  })
  .map((p) =>
    programSchema.parse({
      id: 'prop/program',
      names: { ja: '性質試験', en: 'Property test' },
      kind: 'subsidy',
      source,
      years: [{ from: 2000, source }],
      rate: [
        {
          from: 2000,
          value: { numerator: Math.round(p.numeratorShare * p.denominator), denominator: p.denominator },
          source,
        },
      ],
      annualLimit: [{ from: 2000, value: p.limit ?? 'none', source }],
      ...(p.totalYen === undefined && p.maxYears === undefined
        ? {}
        : {
            caps: {
              ...(p.totalYen === undefined ? {} : { totalYen: p.totalYen }),
              ...(p.maxYears === undefined ? {} : { maxYears: p.maxYears }),
              source,
            },
          }),
      rounding: { mode: p.mode, unit: p.unit, source },
    }),
  );

const builtinArb = fc.constantFrom(
  ...(builtinPrograms.ichinoseki.filter((p) => p.rate !== undefined) as Program[]),
);
const anyProgram = fc.oneof(programArb, builtinArb);
const expenseArb = fc.integer({ min: 0, max: 100_000_000 });
const facts = { founded: '2015-04-01' };

function amountOf(
  program: Program,
  fiscalYear: number,
  eligibleExpense: number,
  prior: { fiscalYear: number; amount: number }[] = [],
) {
  const r = computeSubsidy(program, { fiscalYear, eligibleExpense, prior, facts });
  if (!r.ok) throw new Error(r.problems.map((p) => p.code).join());
  return r.value;
}

describe('computeSubsidy laws', () => {
  it('the amount is a whole, non-negative number of yen', () => {
    fc.assert(
      fc.property(anyProgram, expenseArb, (program, expense) => {
        const { amount } = amountOf(program, 2015, expense);
        expect(Number.isSafeInteger(amount)).toBe(true);
        expect(amount).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('never above expense × rate (truncation: exactly; rounding up: by less than the unit)', () => {
    fc.assert(
      fc.property(anyProgram, expenseArb, (program, expense) => {
        const { amount } = amountOf(program, 2015, expense);
        const rate = program.rate?.[0]?.value;
        if (!rate) return;
        const unit = program.rounding?.unit ?? 1;
        const exact = BigInt(expense) * BigInt(rate.numerator);
        const den = BigInt(rate.denominator);
        if ((program.rounding?.mode ?? 'truncate') === 'truncate')
          expect(BigInt(amount) * den <= exact).toBe(true);
        else expect(BigInt(amount) * den < exact + BigInt(unit) * den).toBe(true);
      }),
    );
  });

  it('never above the limit per fiscal year', () => {
    fc.assert(
      fc.property(anyProgram, expenseArb, (program, expense) => {
        const { amount } = amountOf(program, 2015, expense);
        const limit = program.annualLimit?.[0]?.value;
        if (typeof limit === 'number') expect(amount).toBeLessThanOrEqual(limit);
      }),
    );
  });

  it('over consecutive fiscal years, never more than the total cap nor in more years than allowed', () => {
    fc.assert(
      fc.property(anyProgram, fc.array(expenseArb, { minLength: 1, maxLength: 6 }), (program, expenses) => {
        const prior: { fiscalYear: number; amount: number }[] = [];
        expenses.forEach((expense, i) => {
          const { amount } = amountOf(program, 2015 + i, expense, prior);
          prior.push({ fiscalYear: 2015 + i, amount });
        });
        const total = prior.reduce((s, p) => s + p.amount, 0);
        const years = prior.filter((p) => p.amount > 0).length;
        if (program.caps?.totalYen !== undefined) expect(total).toBeLessThanOrEqual(program.caps.totalYen);
        if (program.caps?.maxYears !== undefined) expect(years).toBeLessThanOrEqual(program.caps.maxYears);
      }),
    );
  });

  it('never decreases when the expense grows', () => {
    fc.assert(
      fc.property(
        anyProgram,
        expenseArb,
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 3 }),
        (program, expense, more, priorAmounts) => {
          const prior = priorAmounts.map((amount, i) => ({ fiscalYear: 2012 + i, amount }));
          const a = amountOf(program, 2015, expense, prior).amount;
          const b = amountOf(program, 2015, expense + more, prior).amount;
          expect(b).toBeGreaterThanOrEqual(a);
        },
      ),
    );
  });
});
