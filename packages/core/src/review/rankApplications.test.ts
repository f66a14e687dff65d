import { describe, expect, it } from 'vitest';
import { KyodoError, unwrap } from '../problems/KyodoError.js';
import { framework, halfProgram, pointsFor } from './_fixtures.js';
import { rankApplications } from './rankApplications.js';
import type { Application, Review } from './types.js';

const S = { document: 'municipality', section: '審査基準' };

/** Reviews from a table: application -> the reviewers' totals (null: a conflict). */
function reviewsOf(table: Record<string, (number | null)[]>): Review[] {
  const out: Review[] = [];
  for (const [application, totals] of Object.entries(table))
    totals.forEach((total, i) => {
      out.push(
        total === null
          ? { reviewer: `委員${i + 1}`, application, conflict: true }
          : { reviewer: `委員${i + 1}`, application, scores: pointsFor(total) },
      );
    });
  return out;
}

const apps = (requests: Record<string, number>): Application[] =>
  Object.entries(requests).map(([id, requested]) => ({ id, requested }));

const brief = (r: ReturnType<typeof rankApplications>) =>
  unwrap(r).applications.map((a) => [a.application, a.rank, a.award, a.outcome]);

describe('rankApplications (RULES X3)', () => {
  it('funds in rank order until the budget runs out, reducing the one at the line (減額)', () => {
    const r = rankApplications(
      apps({ A: 300000, B: 200000, C: 250000, D: 100000 }),
      reviewsOf({ A: [40, 38, 42], B: [35, 36, 34], C: [31, 30, 32], D: [20, 25, 22] }),
      600000,
      { framework: framework() },
    );
    expect(brief(r)).toEqual([
      ['A', 1, 300000, 'funded'],
      ['B', 2, 200000, 'funded'],
      ['C', 3, 100000, 'reduced'],
      ['D', 4, 0, 'below-threshold'],
    ]);
    const ranking = unwrap(r);
    expect(ranking).toMatchObject({ budget: 600000, awarded: 600000, remaining: 0 });
    expect(ranking.applications[2]?.steps.at(-1)?.sentence.ja).toBe(
      '予算の残り 100,000円 < 250,000円 → 減額して 100,000円を交付 → 残り 0円',
    );
  });

  it('refuses instead of reducing when the profile says so, and goes on to one that fits', () => {
    const refuse = framework({ reduction: { rule: 'refuse', source: S } });
    const table = reviewsOf({ A: [40, 40], B: [35, 35], C: [32, 32] });
    const r = rankApplications(apps({ A: 300000, B: 400000, C: 100000 }), table, 500000, {
      framework: refuse,
    });
    expect(brief(r)).toEqual([
      ['A', 1, 300000, 'funded'],
      ['B', 2, 0, 'no-budget'],
      ['C', 3, 100000, 'funded'],
    ]);
    const stop = framework({ reduction: { rule: 'refuse-and-stop', source: S } });
    const s = rankApplications(apps({ A: 300000, B: 400000, C: 100000 }), table, 500000, { framework: stop });
    expect(brief(s)).toEqual([
      ['A', 1, 300000, 'funded'],
      ['B', 2, 0, 'no-budget'],
      ['C', 3, 0, 'no-budget'],
    ]);
    expect(unwrap(s).applications[2]?.steps.at(-1)?.sentence.ja).toBe(
      '上位の申請で交付を打ち切ったため交付しない',
    );
  });

  it('rounds a reduced award down to the unit the profile gives (千円未満切り捨て)', () => {
    const f = framework({ reduction: { rule: 'reduce', unit: 1000, source: S } });
    const r = rankApplications(apps({ A: 300000, B: 200000 }), reviewsOf({ A: [40], B: [35] }), 450500, {
      framework: f,
    });
    expect(brief(r)).toEqual([
      ['A', 1, 300000, 'funded'],
      ['B', 2, 150000, 'reduced'],
    ]);
    expect(unwrap(r).remaining).toBe(500);
  });

  it('gives a tie to the smaller request (RULES X3), even at the budget line', () => {
    const r = rankApplications(
      apps({ A: 300000, B: 250000, C: 200000 }),
      reviewsOf({ A: [40, 36], B: [38, 38], C: [39, 37] }),
      450000,
      { framework: framework() },
    );
    expect(brief(r)).toEqual([
      ['C', 1, 200000, 'funded'],
      ['B', 2, 250000, 'funded'],
      ['A', 3, 0, 'no-budget'],
    ]);
    const c = unwrap(r).applications[0];
    expect(c?.steps.find((s) => s.kind === 'rank')?.sentence.ja).toBe(
      '得点 38 点で 1 位（同点の B、A とは申請額の少ない順）',
    );
  });

  it('ranks what the tie rule cannot tell apart equal, and says so', () => {
    const committee = framework({ tie: { rule: 'committee', source: S } });
    const r = rankApplications(
      apps({ B: 200000, A: 300000, C: 100000 }),
      reviewsOf({ A: [40], B: [40], C: [30] }),
      1000000,
      {
        framework: committee,
      },
    );
    expect(brief(r)).toEqual([
      ['A', 1, 300000, 'funded'],
      ['B', 1, 200000, 'funded'],
      ['C', 3, 100000, 'funded'],
    ]);
    const ranking = unwrap(r);
    expect(ranking.notes.map((n) => [n.code, n.params.applications, n.params.rank])).toEqual([
      ['review.tie-unresolved', 'A、B', 1],
    ]);
  });

  it('compares scores exactly, whatever the number of reviewers counted', () => {
    // A: (31 + 30 + 32) ÷ 3 = 31, with one reviewer left out; B: (31 + 31) ÷ 2 = 31.
    const r = rankApplications(
      apps({ A: 100000, B: 90000 }),
      reviewsOf({ A: [31, 30, 32, null], B: [31, null, null, 31] }),
      1000000,
      { framework: framework() },
    );
    expect(brief(r)).toEqual([
      ['B', 1, 90000, 'funded'],
      ['A', 2, 100000, 'funded'],
    ]);
  });

  it('awards what the program allows when it is less than the request (computeSubsidy, exact yen)', () => {
    const f = framework({ program: 'mirai/teian' });
    const applications: Application[] = [
      { id: 'A', requested: '400,000円', eligibleExpense: 700000 },
      { id: 'B', requested: 100000, eligibleExpense: '250,500円' },
    ];
    const r = unwrap(
      rankApplications(applications, reviewsOf({ A: [40], B: [35] }), 1000000, {
        framework: f,
        program: halfProgram,
        fiscalYear: '令和6年度',
      }),
    );
    expect(r.applications.map((a) => [a.application, a.requested, a.computed, a.basis, a.award])).toEqual([
      ['A', 400000, 300000, 300000, 300000],
      ['B', 100000, 125000, 100000, 100000],
    ]);
    const a = r.applications[0];
    expect(a?.subsidy?.limitedBy).toBe('annual-limit');
    expect(a?.steps.find((s) => s.kind === 'subsidy')?.sentence.ja).toBe(
      '提案型まちづくり補助金の算定額 300,000円、申請額 400,000円 → 算定額まで 300,000円',
    );
  });

  it('does not fund an application the program does not cover', () => {
    const f = framework({ program: 'mirai/teian' });
    const r = rankApplications(
      [{ id: 'A', requested: 100000, eligibleExpense: 200000 }],
      reviewsOf({ A: [40] }),
      500000,
      {
        framework: f,
        program: halfProgram,
        fiscalYear: 2023,
      },
    );
    expect(brief(r)).toEqual([['A', 1, 0, 'not-eligible']]);
  });

  it('says what is missing: the program, a parameter a tie or the budget line needs, the expense', () => {
    const f = framework({ program: 'mirai/teian' });
    const noProgram = rankApplications(apps({ A: 1 }), reviewsOf({ A: [40] }), 1, { framework: f });
    expect(noProgram.ok ? [] : noProgram.problems.map((p) => p.code)).toEqual(['review.program-missing']);

    const { tie: _t, reduction: _r, ...bare } = framework();
    const tie = rankApplications(apps({ A: 1, B: 2 }), reviewsOf({ A: [40], B: [40] }), 10, {
      framework: bare,
    });
    expect(tie.ok ? [] : tie.problems.map((p) => p.params.need)).toEqual(['review.tie']);
    const line = rankApplications(apps({ A: 5, B: 10 }), reviewsOf({ A: [40], B: [35] }), 10, {
      framework: bare,
    });
    expect(line.ok ? [] : line.problems.map((p) => p.params.need)).toEqual(['review.reduction']);
    expect(
      rankApplications(apps({ A: 5, B: 5 }), reviewsOf({ A: [40], B: [35] }), 10, { framework: bare }).ok,
    ).toBe(true);

    const noExpense = rankApplications(apps({ A: 100 }), reviewsOf({ A: [40] }), 100, {
      framework: f,
      program: halfProgram,
      fiscalYear: 2024,
    });
    expect(noExpense.ok ? [] : noExpense.problems.map((p) => p.path.join('.'))).toEqual([
      'applications.0.eligibleExpense',
    ]);
  });

  it('reports bad input where it is: the budget, a request, an unknown or repeated application', () => {
    const r = rankApplications(
      [
        { id: 'A', requested: '三十万' },
        { id: 'A', requested: 1 },
        { id: '', requested: 1 },
      ],
      [...reviewsOf({ A: [40] }), { reviewer: '委員1', application: 'Z', scores: pointsFor(30) }],
      '-5',
      { framework: framework() },
    );
    expect(r.ok).toBe(false);
    const again = rankApplications(
      [
        { id: 'A', requested: 'たくさん' },
        { id: 'A', requested: 1 },
        { id: '', requested: 1 },
      ],
      [...reviewsOf({ A: [40] }), { reviewer: '委員1', application: 'Z', scores: pointsFor(30) }],
      100,
      { framework: framework() },
    );
    expect(again.ok ? [] : again.problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['review.duplicate-application', 'applications.1.id'],
      ['review.application-missing', 'applications.2.id'],
      ['review.unknown-application', 'reviews.1.application'],
      ['money.unparsable', 'applications.0.requested'],
    ]);
  });

  it('explains each application step by step, with the rule and the source of each value', () => {
    const r = unwrap(
      rankApplications(apps({ A: 300000 }), reviewsOf({ A: [40, null] }), 200000, { framework: framework() }),
    );
    const a = r.applications[0];
    expect(a?.steps.map((s) => [s.kind, s.rule, s.sentence.ja])).toEqual([
      ['reviewer', 'X3', '委員1: 公益性 8 + 実現性 8 + 発展性 8 + 自立性 8 + 費用の妥当性 8 = 40 点'],
      [
        'conflict',
        'X3',
        '委員2 は利害関係があるため、この申請の採点から除きます。他の審査員の平均で評価します',
      ],
      ['combine', 'X3', '平均点 = (40) ÷ 1 = 40 点（50 点満点）'],
      ['threshold', 'X3', '40 点 ≥ 採択基準 30 点 → 基準を満たす'],
      ['rank', 'X3', '得点 40 点で 1 位'],
      ['award', 'X3', '予算の残り 200,000円 < 300,000円 → 減額して 200,000円を交付 → 残り 0円'],
    ]);
    expect(a?.steps.every((s) => s.source.document === 'municipality')).toBe(true);
  });

  it('answers a careless caller with a typed problem at its path, never a TypeError', () => {
    const f = framework();
    const codes = (r: ReturnType<typeof rankApplications>) =>
      r.ok ? [] : r.problems.map((p) => [p.code, p.path.join('.')]);
    expect(codes(rankApplications(null as never, [], 1, { framework: f }))).toEqual([
      ['review.invalid-input', 'applications'],
    ]);
    expect(codes(rankApplications([null as never], [], 1, { framework: f }))).toEqual([
      ['review.invalid-input', 'applications.0'],
    ]);
    expect(
      codes(
        rankApplications([], [{ reviewer: 'A', application: 'x', scores: 5 as never }], 1, { framework: f }),
      ),
    ).toEqual([['review.invalid-input', 'reviews.0.scores']]);
    expect(codes(rankApplications([], [], 1, null as never))).toEqual([['review.invalid-input', 'options']]);
    const one = apps({ A: 100000 });
    const [review] = reviewsOf({ A: [40] }) as [Review];
    const as = (r: Partial<Record<keyof Review, unknown>>) => [{ ...review, ...r } as Review];
    expect(codes(rankApplications(one, as({ reviewer: null }), 1, { framework: f }))).toEqual([
      ['review.invalid-input', 'reviews.0.reviewer'],
    ]);
    expect(codes(rankApplications(one, as({ reviewer: ' ' }), 1, { framework: f }))).toEqual([
      ['review.invalid-input', 'reviews.0.reviewer'],
    ]);
    expect(codes(rankApplications(one, as({ application: 7 }), 1, { framework: f }))).toEqual([
      ['review.invalid-input', 'reviews.0.application'],
    ]);
    // A conflict written 'yes' read as none would count a reviewer the rule leaves out.
    expect(codes(rankApplications(one, as({ conflict: 'yes' }), 1, { framework: f }))).toEqual([
      ['review.invalid-input', 'reviews.0.conflict'],
    ]);
    expect(codes(rankApplications([{ id: 5 as never, requested: 1 }], [], 1, { framework: f }))).toEqual([
      ['review.invalid-input', 'applications.0.id'],
    ]);
    // A panel naming one reviewer twice would count them twice in a panel total.
    expect(codes(rankApplications(one, [review], 1, { framework: f, panel: ['委員1', ' 委員１'] }))).toEqual([
      ['review.invalid-input', 'options.panel.1'],
    ]);
    expect(codes(rankApplications(one, [review], 1, { framework: f, panel: [''] }))).toEqual([
      ['review.invalid-input', 'options.panel.0'],
    ]);
  });

  it('refuses a budget that is not a whole, finite, non-negative amount, at the budget', () => {
    const f = framework();
    const one = apps({ A: 100000 });
    const reviews = reviewsOf({ A: [40] });
    const code = (budget: unknown) => {
      const r = rankApplications(one, reviews, budget as number, { framework: f });
      return r.ok ? 'ok' : r.problems.map((p) => `${p.code} ${p.path.join('.')}`).join('; ');
    };
    expect(code(Number.NaN)).toBe('money.unparsable budget');
    expect(code(Number.POSITIVE_INFINITY)).toBe('money.unparsable budget');
    expect(code(-5)).toBe('money.negative-not-allowed budget');
    expect(code('△5,000')).toBe('money.negative-not-allowed budget');
    expect(code('たくさん')).toBe('money.unparsable budget');
    expect(code(1.5)).toBe('money.fraction-of-yen budget');
    expect(code(null)).toBe('money.empty budget');
    expect(code({})).toBe('money.not-an-amount budget');
    // Text as a ledger writes it is an amount (RULES C3).
    expect(code('300,000円')).toBe('ok');
    expect(unwrap(rankApplications(one, reviews, '10万円', { framework: f })).budget).toBe(100000);
  });

  it('reads application IDs as staff do: full-width and spaces are the same ID, listed twice is an error', () => {
    const f = framework();
    const r = unwrap(
      rankApplications(
        [{ id: 'R6-01', requested: 100000 }],
        [
          { reviewer: '委員1', application: 'Ｒ６－０１ ', scores: pointsFor(40) },
          { reviewer: '委員2', application: 'R6-01', scores: pointsFor(30) },
        ],
        100000,
        { framework: f },
      ),
    );
    expect(r.applications.map((a) => [a.application, a.score, a.review.counted])).toEqual([['R6-01', 35, 2]]);
    const twice = rankApplications(
      [
        { id: 'R6-01', requested: 1 },
        { id: 'Ｒ６－０１', requested: 2 },
      ],
      [{ reviewer: '委員1', application: 'R6-01', scores: pointsFor(40) }],
      1,
      { framework: f },
    );
    expect(twice.ok ? [] : twice.problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['review.duplicate-application', 'applications.1.id'],
    ]);
  });

  it('throws only KyodoError, bilingual and at its path, through unwrap', () => {
    let thrown: unknown;
    try {
      unwrap(rankApplications(null as never, [], 1, { framework: framework() }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(KyodoError);
    const [p] = (thrown as KyodoError).problems;
    expect(p?.path).toEqual(['applications']);
    expect(p?.message.ja).toBe('applications は申請の一覧でなければなりません（nullでした）');
    expect(p?.message.en).toBe('applications must be a list of applications, not null');
  });
});
