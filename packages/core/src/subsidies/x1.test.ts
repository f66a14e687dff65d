import { describe, expect, it } from 'vitest';
import type { Result } from '../problems/Result.js';
import { computeSubsidy } from './computeSubsidy.js';
import { type Program, programSchema } from './schema.js';
import { settleSubsidy } from './settleSubsidy.js';
import { subsidyNeeds } from './subsidyNeeds.js';
import type { SubsidyResult } from './types.js';

// RULES X1 (what municipal practice adds beyond the documents), as profile features: the
// income deduction (事業収入), rates tapering with each award, fixed-amount grants (定額) and an
// advance capped as a share of the grant. A municipality's own 要綱 is cited, basis its choice.

const YOKO = { document: 'みらい市補助金交付要綱', section: '第5条', basis: 'municipality' as const };
const base: Program = programSchema.parse({
  id: 'mirai/teian',
  names: { ja: 'みらい市市民提案型補助金', en: 'Mirai citizen-proposal subsidy' },
  kind: 'subsidy',
  source: { document: 'みらい市補助金交付要綱', section: '第1条' },
  years: [{ from: 2022, source: YOKO }],
  rate: [{ from: 2022, value: { numerator: 1, denominator: 2 }, source: YOKO }],
  annualLimit: [{ from: 2022, value: 300_000, source: YOKO }],
});
/** The base program with `extra` added and the keys `drop` left out. */
const program = (extra: Partial<Program>, drop: readonly (keyof Program)[] = []): Program => {
  const out: Record<string, unknown> = { ...base, ...extra };
  for (const key of drop) delete out[key];
  return programSchema.parse(out);
};

function value(r: Result<SubsidyResult>): SubsidyResult {
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.code}: ${p.message.en}`).join('\n'));
  return r.value;
}

describe('X1 事業収入: the base may be the eligible expense minus the project’s income', () => {
  const deduct = program({ income: { mode: 'deduct', source: YOKO } });
  it('deducts the income before the rate: (500,000 − 120,000) × 1/2 = 190,000', () => {
    const r = value(computeSubsidy(deduct, { fiscalYear: 2024, eligibleExpense: 500_000, income: 120_000 }));
    expect(r).toMatchObject({ amount: 190_000, limitedBy: 'rate' });
    expect(r.steps.find((s) => s.kind === 'base')?.sentence.ja).toBe(
      '補助対象経費 500,000円 − 事業収入 120,000円 = 380,000円',
    );
  });
  it('needs the income (0 when none), never assuming 0', () => {
    const r = computeSubsidy(deduct, { fiscalYear: 2024, eligibleExpense: 500_000 });
    expect(subsidyNeeds(r)).toEqual(['income']);
    expect(
      value(computeSubsidy(deduct, { fiscalYear: 2024, eligibleExpense: 500_000, income: 0 })).amount,
    ).toBe(250_000);
  });
  it('as a bound: the least of rate × base, base − income and the limit', () => {
    const bound = program({
      rate: [{ from: 2022, value: { numerator: 9, denominator: 10 }, source: YOKO }],
      income: { mode: 'bound', source: YOKO },
    });
    // 200,000 × 9/10 = 180,000; 200,000 − 50,000 = 150,000 → 150,000.
    const r = value(computeSubsidy(bound, { fiscalYear: 2024, eligibleExpense: 200_000, income: 50_000 }));
    expect(r).toMatchObject({ amount: 150_000, limitedBy: 'income' });
    expect(r.steps.at(-1)?.sentence.ja).toBe(
      '補助対象経費 200,000円 × 9/10 = 180,000円 → 事業収入を除いた額 150,000円 → 補助金額 150,000円',
    );
  });
  it('in the settlement, on the actual income', () => {
    const s = settleSubsidy(deduct, {
      fiscalYear: 2024,
      advance: 0,
      actualEligibleExpense: 400_000,
      actualIncome: 100_000,
    });
    expect(s.ok && s.value.settled).toBe(150_000);
  });
});

describe('X1 tapering rates: 2/3, then 1/2, then 1/3 with each award, and a cap on awards', () => {
  const tapering = program(
    {
      taperedRates: {
        rates: [
          { numerator: 2, denominator: 3 },
          { numerator: 1, denominator: 2 },
          { numerator: 1, denominator: 3 },
        ],
        source: YOKO,
      },
      caps: { maxYears: 3, source: YOKO },
    },
    ['rate'],
  );
  const amountIn = (fiscalYear: number, prior: { fiscalYear: number; amount: number }[]) =>
    value(computeSubsidy(tapering, { fiscalYear, eligibleExpense: 300_000, prior }));
  it('the nth fiscal year with a payment takes the nth rate', () => {
    expect(amountIn(2022, []).amount).toBe(200_000);
    expect(amountIn(2023, [{ fiscalYear: 2022, amount: 200_000 }]).amount).toBe(150_000);
    const third = amountIn(2024, [
      { fiscalYear: 2022, amount: 200_000 },
      { fiscalYear: 2023, amount: 150_000 },
    ]);
    expect(third.amount).toBe(100_000);
    expect(third.steps.find((s) => s.kind === 'rate')?.sentence.ja).toBe(
      '補助対象経費 300,000円 × 3回目の交付の補助率 1/3 = 100,000円（円未満切り捨て：kyodo の既定値）',
    );
  });
  it('a fourth award is not eligible (3 times)', () => {
    const fourth = amountIn(2025, [
      { fiscalYear: 2022, amount: 1 },
      { fiscalYear: 2023, amount: 1 },
      { fiscalYear: 2024, amount: 1 },
    ]);
    expect(fourth).toMatchObject({ eligible: false, amount: 0 });
  });
});

describe('X1 定額: a fixed-amount grant', () => {
  const fixed = program({ fixedAmount: [{ from: 2022, value: 100_000, source: YOKO }] }, [
    'rate',
    'annualLimit',
  ]);
  it('is the fixed sum, with no rate or limit needed', () => {
    const r = value(computeSubsidy(fixed, { fiscalYear: 2024, eligibleExpense: 250_000 }));
    expect(r).toMatchObject({ amount: 100_000, limitedBy: 'fixed' });
    expect(r.steps.at(-1)?.sentence.ja).toBe('定額 100,000円 → 補助金額 100,000円');
    expect(r.steps.find((s) => s.kind === 'fixed')?.source).toMatchObject({ basis: 'municipality' });
  });
  it('never above what was spent', () => {
    const r = value(computeSubsidy(fixed, { fiscalYear: 2024, eligibleExpense: 80_000 }));
    expect(r).toMatchObject({ amount: 80_000, limitedBy: 'expense' });
  });
});

describe('X1 an advance capped as a share of the grant (概算払 up to 80%)', () => {
  const share = program({
    advance: { allowed: true, kinds: ['gaisan'], maxShare: { numerator: 8, denominator: 10 }, source: YOKO },
  });
  it('warns above 80% of the grant, settles either way', () => {
    const s = settleSubsidy(share, {
      fiscalYear: 2024,
      advance: 250_000,
      granted: 300_000,
      actualEligibleExpense: 600_000,
    });
    expect(s.ok && s.warnings.map((w) => w.code)).toEqual(['subsidy.advance-above-share']);
    expect(s.ok && s.value).toMatchObject({ settled: 300_000, furtherPayment: 50_000 });
    const under = settleSubsidy(share, {
      fiscalYear: 2024,
      advance: 240_000,
      granted: 300_000,
      actualEligibleExpense: 600_000,
    });
    expect(under.ok && under.warnings).toEqual([]);
  });
});
