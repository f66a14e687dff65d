import { describe, expect, it } from 'vitest';
import type { Result } from '../problems/Result.js';
import { builtinPrograms } from './builtin.js';
import { explainSubsidy } from './explainSubsidy.js';
import { type Program, programSchema } from './schema.js';
import { settleSubsidy } from './settleSubsidy.js';
import type { Settlement } from './types.js';

const [goiKeisei, kyodotaiShien] = builtinPrograms.ichinoseki as [Program, Program];
const founded = { founded: '2015-06-01' };

function value(r: Result<Settlement>): Settlement {
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.code}: ${p.message.en}`).join('\n'));
  return r.value;
}

describe('settleSubsidy — RULES S-common, X1 (goi-keisei: 単年度精算、前金払い可)', () => {
  it('an advance above the settled amount is returned (返還)', () => {
    const r = settleSubsidy(goiKeisei, {
      fiscalYear: 2015,
      advance: 50_000,
      actualEligibleExpense: 42_000,
      facts: founded,
    });
    const s = value(r);
    expect(s).toMatchObject({
      computed: 42_000,
      settled: 42_000,
      advance: 50_000,
      refund: 8_000,
      furtherPayment: 0,
    });
    const last = s.steps[s.steps.length - 1];
    expect(last?.kind).toBe('settlement');
    expect(last?.rule).toBe('S-common');
    expect(last?.source).toMatchObject({ document: '002_5a3cd8c23b61ef14.txt', section: '8-1-4 事業1' });
    expect(last?.sentence.ja).toBe('前払額 50,000円 − 精算額 42,000円 = 返還額 8,000円');
    expect(last?.sentence.en).toBe('advance 50,000 yen − settled 42,000 yen = refund 8,000 yen');
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('an advance below it: the rest is paid', () => {
    const s = value(
      settleSubsidy(goiKeisei, {
        fiscalYear: 2015,
        advance: 30_000,
        actualEligibleExpense: 42_000,
        facts: founded,
      }),
    );
    expect(s).toMatchObject({ settled: 42_000, refund: 0, furtherPayment: 12_000 });
    expect(explainSubsidy(s, 'ja').at(-1)).toBe('精算額 42,000円 − 前払額 30,000円 = 追加交付額 12,000円');
  });

  it('actual expense above the limit: settled at the limit, nothing to return or add', () => {
    const s = value(
      settleSubsidy(goiKeisei, {
        fiscalYear: 2015,
        advance: 50_000,
        actualEligibleExpense: 60_000,
        facts: founded,
      }),
    );
    expect(s).toMatchObject({
      computed: 50_000,
      settled: 50_000,
      refund: 0,
      furtherPayment: 0,
      limitedBy: 'annual-limit',
    });
  });

  it('the second year settles against what is left of the total', () => {
    const s = value(
      settleSubsidy(goiKeisei, {
        fiscalYear: 2016,
        advance: 20_000,
        actualEligibleExpense: 18_000,
        prior: [{ fiscalYear: 2015, amount: 30_000 }],
        facts: founded,
      }),
    );
    expect(s).toMatchObject({ settled: 18_000, refund: 2_000 });
  });

  it('never above the granted amount (X1); an advance above the grant is a warning', () => {
    const r = settleSubsidy(goiKeisei, {
      fiscalYear: 2015,
      advance: 50_000,
      granted: 40_000,
      actualEligibleExpense: 42_000,
      facts: founded,
    });
    const s = value(r);
    expect(s).toMatchObject({
      computed: 42_000,
      granted: 40_000,
      settled: 40_000,
      refund: 10_000,
      limitedBy: 'granted',
    });
    expect(s.steps.find((x) => x.kind === 'granted')?.rule).toBe('X1');
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['subsidy.advance-above-grant']);
  });

  it('a recipient found not eligible returns the whole advance', () => {
    const s = value(
      settleSubsidy(goiKeisei, {
        fiscalYear: 2016,
        advance: 50_000,
        actualEligibleExpense: 42_000,
        facts: { founded: '2016-04-01' },
      }),
    );
    expect(s).toMatchObject({
      eligible: false,
      settled: 0,
      refund: 50_000,
      furtherPayment: 0,
      limitedBy: null,
    });
  });

  it('事業1 「前金払い可」: an advance is settled, citing the sentence', () => {
    // 002_5a3cd8c23b61ef14.txt 8-1-4 事業1「限度額：1地区5万円（2箇年までとし、総額5万円、単年度精算、前金払い可）」
    const r = settleSubsidy(goiKeisei, {
      fiscalYear: 2015,
      advance: 50_000,
      actualEligibleExpense: 42_000,
      facts: { founded: '2015-06-01' },
    });
    expect(r.ok && r.warnings).toEqual([]);
    const s = value(r);
    expect(s.refund).toBe(8_000);
    expect(s.steps.at(-1)?.source).toMatchObject({
      document: '002_5a3cd8c23b61ef14.txt',
      note: '単年度精算',
    });
    expect(goiKeisei.advance?.source.note).toBe('前金払い可');
    // The advance's own step cites the sentence that allows it.
    const advance = s.steps.find((step) => step.kind === 'advance');
    expect(advance?.source).toMatchObject({
      document: '002_5a3cd8c23b61ef14.txt',
      section: '8-1-4 事業1',
      note: '前金払い可',
    });
    expect(advance?.sentence.ja).toBe('前払額 50,000円 は認められた前金払（「前金払い可」） → 精算する');
    expect(advance?.sentence.en).toBe('advance 50,000 yen is allowed ("前金払い可") → settled');
  });

  it('事業4 says nothing of advance payment: silence is not a ban — settled, and said to be unstated', () => {
    // 002_5a3cd8c23b61ef14.txt 8-2-1 事業4 lists 限度額 and 補助率 only: no word on 前金払.
    const r = settleSubsidy(kyodotaiShien, {
      fiscalYear: 2014,
      advance: 100_000,
      actualEligibleExpense: 360_000,
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ settled: 200_000, furtherPayment: 100_000, refund: 0 });
    // Nothing says the advance is allowed: no step claims it.
    expect(r.value.steps.some((step) => step.kind === 'advance')).toBe(false);
    expect(r.warnings.map((w) => [w.code, w.severity])).toEqual([['subsidy.advance-not-stated', 'info']]);
    expect(r.warnings[0]?.message.ja).toBe(
      '「地域協働体支援事業費補助金」の計画は前金払・概算払の可否を定めていません。前払額 100,000円 は精算しますが、認められるかは確かめていません（プロファイルの advance で定められます）',
    );
  });

  it('a municipality that does not allow advance payment makes an advance an error citing its choice', () => {
    const own = programSchema.parse({
      ...kyodotaiShien,
      advance: {
        allowed: false,
        kinds: [],
        source: { document: '一関市補助金交付規則', section: '第10条', basis: 'municipality' },
      },
    });
    const r = settleSubsidy(own, { fiscalYear: 2014, advance: 100_000, actualEligibleExpense: 360_000 });
    expect(r.ok ? 'ok' : r.problems.map((p) => [p.code, p.path, p.source?.basis])).toEqual([
      ['subsidy.advance-not-allowed', ['advance'], 'municipality'],
    ]);
  });

  it('without an advance, any program settles: the whole amount is paid', () => {
    const s = value(
      settleSubsidy(kyodotaiShien, {
        fiscalYear: 2014,
        advance: 0,
        granted: 180_000,
        actualEligibleExpense: 360_000,
      }),
    );
    expect(s).toMatchObject({ computed: 200_000, settled: 180_000, furtherPayment: 180_000, refund: 0 });
  });

  it('an advance above the share of the grant the program allows is a warning (X1 概算払 up to 80%)', () => {
    const program = programSchema.parse({
      ...goiKeisei,
      advance: {
        allowed: true,
        kinds: ['gaisan'],
        maxShare: { numerator: 4, denominator: 5 },
        source: { document: 'yoko.pdf', section: '第8条' },
      },
    });
    const r = settleSubsidy(program, {
      fiscalYear: 2015,
      advance: 45_000,
      granted: 50_000,
      actualEligibleExpense: 50_000,
      facts: founded,
    });
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['subsidy.advance-above-share']);
    expect(value(r)).toMatchObject({ settled: 50_000, furtherPayment: 5_000 });
  });

  it('bad input and missing facts are errs', () => {
    expect(
      settleSubsidy(goiKeisei, { fiscalYear: 2015, advance: -1, actualEligibleExpense: 1, facts: founded })
        .ok,
    ).toBe(false);
    const r = settleSubsidy(goiKeisei, { fiscalYear: 2015, advance: 1, actualEligibleExpense: 1 });
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['subsidy.missing-fact']);
  });
});

describe('settleSubsidy — inputPaths', () => {
  it('names the flag of the advance and of the actual expense that cannot be read', () => {
    const at = { advance: ['--advance'], actualEligibleExpense: ['--actual'] };
    const r = settleSubsidy(
      goiKeisei,
      { fiscalYear: 2015, advance: 'たくさん', actualEligibleExpense: '少し', facts: founded },
      { inputPaths: at },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual([['--advance'], ['--actual']]);
    expect(r.problems[0]?.message.en.startsWith('--advance: ')).toBe(true);
  });
});
