import { describe, expect, it } from 'vitest';
import type { Result } from '../problems/Result.js';
import { builtinPrograms } from './builtin.js';
import { computeSubsidy } from './computeSubsidy.js';
import { type Program, programSchema } from './schema.js';
import { subsidyNeeds } from './subsidyNeeds.js';
import type { SubsidyResult } from './types.js';

const [goiKeisei, kyodotaiShien, yumeZukuri, jimukyoku] = builtinPrograms.ichinoseki as [
  Program,
  Program,
  Program,
  Program,
];
const shiminTeian = builtinPrograms.toride[0] as Program;

const S2 = '002_5a3cd8c23b61ef14.txt';
const src = (section: string) => ({ document: S2, section });

function value(r: Result<SubsidyResult>): SubsidyResult {
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.code}: ${p.message.en}`).join('\n'));
  return r.value;
}

function codes(r: Result<unknown>): string[] {
  return r.ok ? [] : r.problems.map((p) => p.code);
}

const founded = { founded: '2015-06-01' };

describe('computeSubsidy — RULES S-ichinoseki-4 example (002 8-2-1 事業4)', () => {
  it('360,000 yen × 2/3 = 240,000 yen, capped at the limit of 200,000 yen', () => {
    const r = value(computeSubsidy(kyodotaiShien, { fiscalYear: '平成26年度', eligibleExpense: 360_000 }));
    expect(r).toMatchObject({
      program: 'ichinoseki/kyodotai-shien',
      fiscalYear: 2014,
      eligible: true,
      amount: 200_000,
      limitedBy: 'annual-limit',
    });
    const rate = r.steps.find((s) => s.kind === 'rate');
    expect(rate?.result).toBe(240_000);
    expect(rate?.rule).toBe('S-ichinoseki-4');
    expect(rate?.source).toMatchObject({ document: S2, section: '8-2-1 事業4' });
    expect(rate?.sentence.ja).toBe(
      '補助対象経費 360,000円 × 2/3 = 240,000円（円未満切り捨て：kyodo の既定値）',
    );
    const last = r.steps[r.steps.length - 1];
    expect(last?.kind).toBe('amount');
    expect(last?.sentence.ja).toBe(
      '補助対象経費 360,000円 × 2/3 = 240,000円 → 限度額 200,000円 → 補助金額 200,000円',
    );
    expect(last?.sentence.en).toBe(
      'Eligible expense 360,000 yen × 2/3 = 240,000 yen → limit 200,000 yen → subsidy 200,000 yen',
    );
  });
});

describe('computeSubsidy — kyodotai-shien around its limit (hand-computed, rate 2/3, limit 200,000)', () => {
  it.each([
    // expense, exact 2/3, truncated, amount, limitedBy
    [0, 0, 'rate'],
    [299_999, 199_999, 'rate'], // 199,999.33…
    [300_000, 200_000, 'rate'], // exactly at the limit: the rate decides
    [300_001, 200_000, 'rate'], // 200,000.67 → 200,000 truncated, not above the limit
    [300_002, 200_000, 'annual-limit'], // 200,001.33 → 200,001 > 200,000
    [360_000, 200_000, 'annual-limit'],
    [100_000, 66_666, 'rate'], // 66,666.67 truncated
  ] as const)('expense %i → %i (%s)', (expense, amount, limitedBy) => {
    const r = value(computeSubsidy(kyodotaiShien, { fiscalYear: 2015, eligibleExpense: expense }));
    expect(r.amount).toBe(amount);
    expect(r.limitedBy).toBe(limitedBy);
  });

  it('never takes ineligible expenses into the base (S-common)', () => {
    const r = value(
      computeSubsidy(kyodotaiShien, {
        fiscalYear: 2014,
        eligibleExpense: 150_000,
        ineligibleExpense: 90_000,
      }),
    );
    expect(r.amount).toBe(100_000);
    const base = r.steps.find((s) => s.kind === 'base');
    expect(base?.result).toBe(150_000);
    expect(base?.rule).toBe('S-common');
    expect(base?.sentence.ja).toBe('補助対象経費 150,000円（対象外経費 90,000円 は含めない）');
  });

  it('reads amounts and fiscal years in the forms RULES C2 and C3 allow', () => {
    const r = value(
      computeSubsidy(kyodotaiShien, { fiscalYear: 'H27', eligibleExpense: '３６０，０００円' }),
    );
    expect(r.fiscalYear).toBe(2015);
    expect(r.amount).toBe(200_000);
  });

  it('is not applicable outside FY2014–FY2015 (当面は27年度まで): eligible false, amount 0, with the reason', () => {
    for (const fy of [2013, 2016, '令和6年度']) {
      const r = value(computeSubsidy(kyodotaiShien, { fiscalYear: fy, eligibleExpense: 360_000 }));
      expect(r.eligible).toBe(false);
      expect(r.amount).toBe(0);
      expect(r.limitedBy).toBeNull();
      expect(r.reasons.map((p) => p.code)).toEqual(['subsidy.outside-years']);
      expect(r.reasons[0]?.source).toMatchObject({ document: S2, section: '8-2-1 事業4 実施年度' });
    }
    const r = value(computeSubsidy(kyodotaiShien, { fiscalYear: 2016, eligibleExpense: 1 }));
    expect(r.reasons[0]?.message.ja).toBe(
      '平成28年度は「地域協働体支援事業費補助金」の実施年度（平成26年度～平成27年度）の外です',
    );
    expect(r.steps[0]?.sentence.en).toBe(
      'FY2016 is outside the program years (FY2014–FY2015) → not eligible',
    );
  });

  it('supports the time until the regional plan is adopted (地域づくり計画を策定するまでの間)', () => {
    const before = value(
      computeSubsidy(kyodotaiShien, {
        fiscalYear: 2015,
        eligibleExpense: 30_000,
        facts: { planAdopted: '2015-03-20' },
      }),
    );
    expect(before).toMatchObject({ eligible: false, amount: 0, limitedBy: null });
    expect(before.reasons.map((p) => p.code)).toEqual(['subsidy.plan-adopted']);

    const during = value(
      computeSubsidy(kyodotaiShien, {
        fiscalYear: 2015,
        eligibleExpense: 30_000,
        facts: { planAdopted: '平成27年10月1日' },
      }),
    );
    expect(during).toMatchObject({ eligible: true, amount: 20_000 });
    expect(during.reasons.map((p) => [p.code, p.severity])).toEqual([
      ['subsidy.plan-adopted-during-year', 'info'],
    ]);

    const after = value(
      computeSubsidy(kyodotaiShien, {
        fiscalYear: 2014,
        eligibleExpense: 30_000,
        facts: { planAdopted: '2015-04-01' },
      }),
    );
    expect(after).toMatchObject({ eligible: true, amount: 20_000, reasons: [] });

    const none = value(computeSubsidy(kyodotaiShien, { fiscalYear: 2014, eligibleExpense: 30_000 }));
    expect(none.steps.find((s) => s.kind === 'before-plan-adopted')?.sentence.ja).toBe(
      '地域づくり計画の策定の日付の指定なし → 未策定として対象',
    );
  });

  it('checks the applicant type when given, tolerant of width and spaces', () => {
    const yes = value(
      computeSubsidy(kyodotaiShien, {
        fiscalYear: 2014,
        eligibleExpense: 30_000,
        facts: { applicantType: ' 地域 協働体 ' },
      }),
    );
    expect(yes.eligible).toBe(true);
    const no = value(
      computeSubsidy(kyodotaiShien, {
        fiscalYear: 2014,
        eligibleExpense: 30_000,
        facts: { applicantType: '自治会' },
      }),
    );
    expect(no).toMatchObject({ eligible: false, amount: 0, limitedBy: null });
    expect(no.reasons[0]?.code).toBe('subsidy.not-applicant');
    expect(no.reasons[0]?.message.ja).toBe(
      '申請者の種別「自治会」は「地域協働体支援事業費補助金」の対象外です（対象：地域協働体）',
    );
  });
});

describe('computeSubsidy — goi-keisei: 5万円 over at most two fiscal years (002 8-1-4 事業1)', () => {
  it('first fiscal year: min(expense, 50,000) at 100%', () => {
    const r = value(computeSubsidy(goiKeisei, { fiscalYear: 2015, eligibleExpense: 30_000, facts: founded }));
    expect(r).toMatchObject({ eligible: true, amount: 30_000, limitedBy: 'expense' });
    const over = value(
      computeSubsidy(goiKeisei, { fiscalYear: 2015, eligibleExpense: 80_000, facts: founded }),
    );
    expect(over).toMatchObject({ amount: 50_000, limitedBy: 'annual-limit' });
    const at = value(
      computeSubsidy(goiKeisei, { fiscalYear: 2015, eligibleExpense: 50_000, facts: founded }),
    );
    expect(at).toMatchObject({ amount: 50_000, limitedBy: 'expense' });
    const below = value(
      computeSubsidy(goiKeisei, { fiscalYear: 2015, eligibleExpense: 49_999, facts: founded }),
    );
    expect(below).toMatchObject({ amount: 49_999, limitedBy: 'expense' });
  });

  it('second fiscal year: min(expense, 50,000 − paid in the first)', () => {
    const prior = [{ fiscalYear: 2015, amount: 30_000 }];
    const r = value(
      computeSubsidy(goiKeisei, { fiscalYear: 2016, eligibleExpense: 40_000, prior, facts: founded }),
    );
    expect(r).toMatchObject({ eligible: true, amount: 20_000, limitedBy: 'cap-total' });
    expect(r.steps.find((s) => s.kind === 'cap-total')?.sentence.ja).toBe(
      '総額上限 50,000円 − 交付済み 30,000円 = 残額 20,000円；40,000円 → 20,000円',
    );
    expect(r.steps[r.steps.length - 1]?.sentence.ja).toBe(
      '補助対象経費 40,000円 × 100% = 40,000円 → 総額上限の残額 20,000円 → 補助金額 20,000円',
    );
    const less = value(
      computeSubsidy(goiKeisei, { fiscalYear: '平成28年度', eligibleExpense: 15_000, prior, facts: founded }),
    );
    expect(less).toMatchObject({ amount: 15_000, limitedBy: 'expense' });
    const exact = value(
      computeSubsidy(goiKeisei, { fiscalYear: 2016, eligibleExpense: 20_000, prior, facts: founded }),
    );
    expect(exact).toMatchObject({ amount: 20_000, limitedBy: 'expense' });
  });

  it('second fiscal year after the whole 50,000 was paid: 0 yen, limited by the total', () => {
    const r = value(
      computeSubsidy(goiKeisei, {
        fiscalYear: 2016,
        eligibleExpense: 10_000,
        prior: [{ fiscalYear: 2015, amount: 50_000 }],
        facts: founded,
      }),
    );
    expect(r).toMatchObject({ eligible: true, amount: 0, limitedBy: 'cap-total' });
    expect(r.reasons.map((p) => p.code)).toEqual(['subsidy.cap-total-reached']);
  });

  it('a third fiscal year is not eligible (2箇年まで), even with money left of the total — not eligible with 0 yen', () => {
    // 002_5a3cd8c23b61ef14.txt 8-1-4 事業1「限度額：1地区5万円（2箇年までとし、総額5万円、単年度精算、前金払い可）」
    const prior = [
      { fiscalYear: '平成27年度', amount: 10_000 },
      { fiscalYear: 2016, amount: '10,000' },
    ];
    const r = value(
      computeSubsidy(goiKeisei, { fiscalYear: 2017, eligibleExpense: 10_000, prior, facts: founded }),
    );
    expect(r).toMatchObject({ eligible: false, amount: 0, limitedBy: null });
    expect(r.reasons.map((p) => [p.code, p.severity])).toEqual([['subsidy.cap-years', 'warning']]);
    expect(r.reasons[0]?.message.ja).toBe(
      '「地域の合意形成を図る事業に対する支援」は2箇年までのため、交付済みの2箇年（平成27年度・平成28年度）の後の平成29年度は対象外です',
    );
    expect(r.reasons[0]?.source).toMatchObject({
      document: '002_5a3cd8c23b61ef14.txt',
      section: '8-1-4 事業1',
      note: '限度額：1地区5万円（2箇年までとし、総額5万円、単年度精算、前金払い可）',
    });
    expect(r.steps.find((s) => s.kind === 'cap-years')?.sentence.ja).toBe(
      '交付済みの年度 2箇年（平成27年度・平成28年度）＝ 上限 2箇年 → 対象外',
    );
    expect(r.steps.at(-1)?.sentence.ja).toBe('対象外のため補助金額 0円（該当なし）');
  });

  it('without the founding date, the deadline can be left unchecked — said so — and the caps still computed', () => {
    // 002_5a3cd8c23b61ef14.txt 8-1-4 事業1「交付対象は当面、27年度までに発足した地域協働体設立準備会とします。」
    // and 「2箇年までとし、総額5万円」: the total is checked though the founding date is unknown.
    const prior = [{ fiscalYear: 2014, amount: 30_000 }];
    const strict = computeSubsidy(goiKeisei, { fiscalYear: 2015, eligibleExpense: 40_000, prior });
    expect(strict.ok ? 'ok' : strict.problems.map((p) => p.code)).toEqual(['subsidy.missing-fact']);
    const r = value(
      computeSubsidy(
        goiKeisei,
        { fiscalYear: 2015, eligibleExpense: 40_000, prior },
        { unknownFacts: 'unchecked' },
      ),
    );
    expect(r).toMatchObject({
      eligible: true,
      amount: 20_000,
      limitedBy: 'cap-total',
      unchecked: ['facts.founded'],
    });
    expect(r.reasons.map((p) => [p.code, p.severity])).toEqual([['subsidy.condition-unchecked', 'warning']]);
    expect(r.reasons[0]?.message.ja).toBe(
      '地域協働体設立準備会の発足の日付がないため、「地域の合意形成を図る事業に対する支援」の期限（平成28年3月31日まで）は確かめていません。限度額・総額・年数の上限は確かめています',
    );
  });

  it('a year with nothing received does not count towards the two', () => {
    const prior = [
      { fiscalYear: 2015, amount: 0 },
      { fiscalYear: 2016, amount: 30_000 },
    ];
    const r = value(
      computeSubsidy(goiKeisei, { fiscalYear: 2017, eligibleExpense: 40_000, prior, facts: founded }),
    );
    expect(r).toMatchObject({ amount: 20_000, limitedBy: 'cap-total' });
  });

  it('a 設立準備会 that started after FY2015 (after 2016-03-31) is not eligible', () => {
    const late = value(
      computeSubsidy(goiKeisei, {
        fiscalYear: 2016,
        eligibleExpense: 30_000,
        facts: { founded: '2016-04-01' },
      }),
    );
    expect(late).toMatchObject({ eligible: false, amount: 0, limitedBy: null });
    expect(late.reasons.map((p) => p.code)).toEqual(['subsidy.founded-too-late']);
    expect(late.steps.find((s) => s.kind === 'founded-by')?.sentence.ja).toBe(
      '地域協働体設立準備会の発足 平成28年4月1日 > 期限 平成28年3月31日 → 対象外',
    );
    const lastDay = value(
      computeSubsidy(goiKeisei, {
        fiscalYear: 2016,
        eligibleExpense: 30_000,
        facts: { founded: '平成28年3月31日' },
      }),
    );
    expect(lastDay).toMatchObject({ eligible: true, amount: 30_000 });
  });

  it('needs the founding date: an err naming facts.founded, not a guess', () => {
    const r = computeSubsidy(goiKeisei, { fiscalYear: 2015, eligibleExpense: 30_000 });
    expect(codes(r)).toEqual(['subsidy.missing-fact']);
    expect(subsidyNeeds(r)).toEqual(['facts.founded']);
    if (!r.ok) expect(r.problems[0]?.path).toEqual(['facts', 'founded']);
  });

  it('outside its years it is not applicable, whatever facts are missing', () => {
    const r = value(computeSubsidy(goiKeisei, { fiscalYear: 2019, eligibleExpense: 30_000 }));
    expect(r).toMatchObject({ eligible: false, amount: 0, limitedBy: null });
  });

  it('rejects prior payments that are not from earlier fiscal years', () => {
    const r = computeSubsidy(goiKeisei, {
      fiscalYear: 2016,
      eligibleExpense: 30_000,
      prior: [{ fiscalYear: 2016, amount: 10_000 }],
      facts: founded,
    });
    expect(codes(r)).toEqual(['subsidy.prior-not-earlier']);
    if (!r.ok) expect(r.problems[0]?.path).toEqual(['prior', 0, 'fiscalYear']);
  });
});

describe('computeSubsidy — numbers the documents do not give', () => {
  it('yume-zukuri: from FY2015, amounts from the profile; missing → err naming them', () => {
    const r = computeSubsidy(yumeZukuri, { fiscalYear: 2015, eligibleExpense: 100_000 });
    expect(codes(r)).toEqual(['subsidy.missing-parameter', 'subsidy.missing-parameter']);
    expect(subsidyNeeds(r)).toEqual(['program.rate', 'program.annualLimit']);
    if (!r.ok) {
      expect(r.problems[0]?.path).toEqual(['rate']);
      expect(r.problems[0]?.rule).toBe('S-ichinoseki-5');
      expect(r.problems[0]?.message.ja).toContain('補助率（program.rate）');
    }
    const before = value(computeSubsidy(yumeZukuri, { fiscalYear: 2014, eligibleExpense: 100_000 }));
    expect(before).toMatchObject({ eligible: false, amount: 0 });
  });

  it('jimukyoku: amounts from the profile', () => {
    expect(subsidyNeeds(computeSubsidy(jimukyoku, { fiscalYear: 2016, eligibleExpense: 1_000_000 }))).toEqual(
      ['program.rate', 'program.annualLimit'],
    );
  });

  it('toride/shimin-teian: a template; years, rate and limit are all needed', () => {
    const r = computeSubsidy(shiminTeian, { fiscalYear: 'R6', eligibleExpense: 100_000 });
    expect(subsidyNeeds(r)).toEqual(['program.years', 'program.rate', 'program.annualLimit']);
  });

  it('toride/shimin-teian with the numbers a profile supplies', () => {
    const supplied = programSchema.parse({
      ...shiminTeian,
      years: [{ from: 2020, source: { document: 'toride-yoko.pdf', section: '第2条' } }],
      rate: [
        {
          from: 2020,
          value: { numerator: 1, denominator: 2 },
          source: { document: 'toride-yoko.pdf', section: '第5条' },
        },
      ],
      annualLimit: [
        { from: 2020, value: 100_000, source: { document: 'toride-yoko.pdf', section: '第5条' } },
      ],
    });
    expect(value(computeSubsidy(supplied, { fiscalYear: 2024, eligibleExpense: 150_000 }))).toMatchObject({
      amount: 75_000,
      limitedBy: 'rate',
    });
    const capped = value(computeSubsidy(supplied, { fiscalYear: 2024, eligibleExpense: 250_001 }));
    expect(capped).toMatchObject({ amount: 100_000, limitedBy: 'annual-limit' });
    expect(capped.steps.find((s) => s.kind === 'rate')?.source).toEqual({
      document: 'toride-yoko.pdf',
      section: '第5条',
    });
  });
});

describe('computeSubsidy — dated parameters and rounding (C4)', () => {
  const dated = programSchema.parse({
    id: 'test/dated',
    names: { ja: '試験補助金', en: 'Test subsidy' },
    kind: 'subsidy',
    source: src('test'),
    years: [{ from: 2014, source: src('years') }],
    rate: [
      { from: 2014, value: { numerator: 2, denominator: 3 }, source: src('rate 2014') },
      { from: 2016, value: { numerator: 1, denominator: 2 }, source: src('rate 2016') },
    ],
    annualLimit: [
      { from: 2014, value: 200_000, source: src('limit 2014') },
      { from: 2017, value: 'none', source: src('limit 2017') },
      { from: 2018, value: null, source: src('limit ended') },
    ],
  });

  it('reads the value in force, with its own citation', () => {
    const r2015 = value(computeSubsidy(dated, { fiscalYear: 2015, eligibleExpense: 300_000 }));
    expect(r2015.amount).toBe(200_000);
    const r2016 = value(computeSubsidy(dated, { fiscalYear: 2016, eligibleExpense: 300_000 }));
    expect(r2016.amount).toBe(150_000);
    expect(r2016.steps.find((s) => s.kind === 'rate')?.source.section).toBe('rate 2016');
    const r2017 = value(computeSubsidy(dated, { fiscalYear: 2017, eligibleExpense: 9_000_000 }));
    expect(r2017).toMatchObject({ amount: 4_500_000, limitedBy: 'rate' });
    expect(r2017.steps.find((s) => s.kind === 'annual-limit')?.sentence.ja).toBe(
      '限度額の定めなし → 4,500,000円',
    );
  });

  it('a value can end a parameter: computing after it fails naming the parameter', () => {
    const r = computeSubsidy(dated, { fiscalYear: 2018, eligibleExpense: 100 });
    expect(subsidyNeeds(r)).toEqual(['program.annualLimit']);
  });

  it.each([
    // expense, mode, unit, expected — 2/3 of the expense, computed by hand
    [100_000, 'truncate', 1, 66_666], // 66,666.67
    [100_000, 'half-up', 1, 66_667],
    [100_000, 'ceil', 1, 66_667],
    [100_001, 'truncate', 1, 66_667], // 66,667.33
    [100_001, 'half-up', 1, 66_667],
    [100_001, 'ceil', 1, 66_668],
    [100_000, 'truncate', 1000, 66_000], // 千円未満切り捨て
    [100_000, 'half-up', 1000, 67_000],
    [98_250, 'half-up', 1000, 66_000], // 65,500 → 66,000 (half up)
    [98_249, 'half-up', 1000, 65_000], // 65,499.33 → 65,000
    [100_000, 'ceil', 100, 66_700],
  ] as const)('%i × 2/3 rounded %s to %i → %i', (expense, mode, unit, expected) => {
    const program = programSchema.parse({ ...dated, rounding: { mode, unit, source: src('要綱 第5条') } });
    const r = value(computeSubsidy(program, { fiscalYear: 2015, eligibleExpense: expense }));
    expect(r.amount).toBe(expected);
  });

  it('says which rounding it used and whose it is; the built-ins say the documents give none (C4)', () => {
    // 002_5a3cd8c23b61ef14.txt 8-2-1 事業4 gives 「補助率：2/3」 and no rounding: 円未満切り捨て is
    // kyodo's default, named so in the sentence of a step cited to the plan's rate.
    const own = programSchema.parse({
      ...kyodotaiShien,
      rounding: { mode: 'truncate', unit: 1000, source: { ...src('要綱 第5条'), basis: 'municipality' } },
    });
    expect(
      value(computeSubsidy(own, { fiscalYear: 2014, eligibleExpense: 100_000 })).steps.find(
        (s) => s.kind === 'rate',
      )?.sentence.ja,
    ).toBe('補助対象経費 100,000円 × 2/3 = 66,000円（千円未満切り捨て：市の選択）');
    const r = value(computeSubsidy(kyodotaiShien, { fiscalYear: 2014, eligibleExpense: 100_000 }));
    expect(kyodotaiShien.rounding?.source).toMatchObject({ document: 'kyodo', rule: 'C4' });
    expect(r.steps.find((s) => s.kind === 'rate')?.sentence.en).toBe(
      'Eligible expense 100,000 yen × 2/3 = 66,666 yen (truncated below 1 yen: kyodo’s default)',
    );
  });
});

describe('computeSubsidy — bad input is an err with its path, never a silent zero', () => {
  it.each([
    [{ fiscalYear: '令和0年度', eligibleExpense: 1 }, 'fiscalYear'],
    [{ fiscalYear: 2014, eligibleExpense: -1 }, 'eligibleExpense'],
    [{ fiscalYear: 2014, eligibleExpense: 1.5 }, 'eligibleExpense'],
    [{ fiscalYear: 2014, eligibleExpense: 'たくさん' }, 'eligibleExpense'],
    [{ fiscalYear: 2014, eligibleExpense: 1, ineligibleExpense: -5 }, 'ineligibleExpense'],
  ])('%o', (request, field) => {
    const r = computeSubsidy(kyodotaiShien, request);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.path[0]).toBe(field);
  });
});

describe("computeSubsidy — inputPaths: a problem reading an input names the caller's place", () => {
  const at = {
    fiscalYear: ['--fiscal-year'],
    eligibleExpense: ['--expense'],
    ineligibleExpense: ['--ineligible'],
    income: ['--income'],
    prior: ['--prior'],
    founded: ['--founded'],
    planAdopted: ['--plan-adopted'],
  };

  it.each([
    [{ fiscalYear: '令和0年度', eligibleExpense: 1 }, '--fiscal-year'],
    [{ fiscalYear: 2016, eligibleExpense: 'たくさん' }, '--expense'],
    [{ fiscalYear: 2016, eligibleExpense: 1, ineligibleExpense: '-5円' }, '--ineligible'],
    [{ fiscalYear: 2016, eligibleExpense: 1, income: 'なし' }, '--income'],
    [{ fiscalYear: 2016, eligibleExpense: 1, prior: [{ fiscalYear: '昔', amount: 1 }] }, '--prior'],
    [{ fiscalYear: 2016, eligibleExpense: 1, prior: [{ fiscalYear: 2015, amount: '少し' }] }, '--prior'],
    [{ fiscalYear: 2016, eligibleExpense: 1, facts: { founded: '2月30日' } }, '--founded'],
    [{ fiscalYear: 2016, eligibleExpense: 1, facts: { planAdopted: 'いつか' } }, '--plan-adopted'],
  ])('%o at %s', (request, flag) => {
    const r = computeSubsidy(goiKeisei, request, { inputPaths: at });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]?.path).toEqual([flag]);
    expect(r.problems[0]?.message.ja.startsWith(`${flag}: `)).toBe(true);
    expect(r.problems[0]?.message.en.startsWith(`${flag}: `)).toBe(true);
    // The same problem without inputPaths names the request's field.
    const plain = computeSubsidy(goiKeisei, request);
    expect(plain.ok).toBe(false);
    if (!plain.ok) expect(plain.problems[0]?.path[0]).not.toBe(flag);
  });

  it("the computation's own problems keep the request's fields", () => {
    const r = computeSubsidy(
      goiKeisei,
      { fiscalYear: 2016, eligibleExpense: 1, prior: [{ fiscalYear: 2016, amount: 1 }], facts: founded },
      { inputPaths: at },
    );
    expect(codes(r)).toEqual(['subsidy.prior-not-earlier']);
    if (!r.ok) expect(r.problems[0]?.path).toEqual(['prior', 0, 'fiscalYear']);
  });

  it('a date cell and a date serial are read as the day they are', () => {
    const cell = computeSubsidy(goiKeisei, {
      fiscalYear: 2016,
      eligibleExpense: 30_000,
      facts: { founded: { kind: 'date', iso: '2015-06-01' } },
    });
    const serial = computeSubsidy(goiKeisei, {
      fiscalYear: 2016,
      eligibleExpense: 30_000,
      facts: { founded: 42156 },
    });
    const text = value(
      computeSubsidy(goiKeisei, { fiscalYear: 2016, eligibleExpense: 30_000, facts: founded }),
    );
    expect(value(cell)).toEqual(text);
    expect(value(serial)).toEqual(text);
  });
});

describe('computeSubsidy — every step names its rule and source and renders in both languages', () => {
  it('for every built-in program that computes', () => {
    const results = [
      value(
        computeSubsidy(kyodotaiShien, { fiscalYear: 2014, eligibleExpense: 360_000, ineligibleExpense: 1 }),
      ),
      value(
        computeSubsidy(goiKeisei, {
          fiscalYear: 2016,
          eligibleExpense: 40_000,
          prior: [{ fiscalYear: 2015, amount: 30_000 }],
          facts: { founded: '2015-06-01', applicantType: '地域協働体設立準備会' },
        }),
      ),
      value(computeSubsidy(kyodotaiShien, { fiscalYear: 2016, eligibleExpense: 1 })),
    ];
    for (const r of results) {
      for (const step of r.steps) {
        expect(step.rule).toMatch(/^(S-|C4|X1|T2)/);
        expect(step.source.document).not.toBe('');
        expect(step.sentence.ja).not.toMatch(/undefined|NaN|\[object/);
        expect(step.sentence.en).not.toMatch(/undefined|NaN|\[object/);
      }
      const json = JSON.parse(JSON.stringify(r)) as { steps: { sentence: { ja: string } }[] };
      expect(json.steps.map((s) => s.sentence.ja)).toEqual(r.steps.map((s) => s.sentence.ja));
    }
  });
});

describe('computeSubsidy — warnings of the parsers are kept', () => {
  it('a date written past its era (平成32年 = 2020, RULES C2) is read with a warning', () => {
    const r = computeSubsidy(goiKeisei, {
      fiscalYear: 2016,
      eligibleExpense: 30_000,
      facts: { founded: '平成32年3月31日' },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ eligible: false, reasons: [{ code: 'subsidy.founded-too-late' }] });
    expect(r.warnings.length).toBeGreaterThan(0);
    expect(r.warnings[0]?.path).toEqual(['facts', 'founded']);
  });
});

describe('computeSubsidy — a blank applicant type is no applicant type', () => {
  it('computes as the program applicant and says so in the step', () => {
    const r = value(
      computeSubsidy(kyodotaiShien, {
        fiscalYear: 2014,
        eligibleExpense: 30_000,
        facts: { applicantType: '　' },
      }),
    );
    expect(r).toMatchObject({ eligible: true, amount: 20_000 });
    expect(r.steps.find((s) => s.kind === 'applicant')?.sentence.ja).toBe(
      '申請者の種別の指定なし → 地域協働体として計算',
    );
  });
});
