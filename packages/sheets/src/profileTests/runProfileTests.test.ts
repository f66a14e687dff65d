import { getProfile, loadProfile, type Profile, unwrap } from '@kyodo/core';
import { describe, expect, it } from 'vitest';
import { readProfileTests } from './readProfileTests.js';
import { runProfileTests } from './runProfileTests.js';

const ichinoseki = unwrap(getProfile('ichinoseki'));
const run = (profile: Profile, tests: unknown[], today?: string) =>
  runProfileTests(
    profile,
    unwrap(readProfileTests({ tests, ...(today === undefined ? {} : { today }) }, 't.yaml')),
  );

const S = { document: 'municipality', section: '審査基準' };
/** toride's review template with the numbers a municipality gives (its own choice). */
const city = unwrap(
  loadProfile({
    id: 'city',
    extends: 'toride',
    name: { ja: '例の市', en: 'Example City' },
    review: {
      frameworks: [
        {
          id: 'own',
          label: { ja: '審査', en: 'Review' },
          source: S,
          criteria: [
            { id: 'koeki', label: { ja: '公益性', en: 'Public benefit' }, source: S },
            { id: 'jitsugen', label: { ja: '実現性', en: 'Feasibility' }, source: S },
          ],
          scale: { min: 1, max: 5, step: 1, source: S },
          combine: { method: 'mean', source: S },
          threshold: { kind: 'share', value: { numerator: 60, denominator: 100 }, source: S },
          conflict: { rule: 'others-average', source: S },
          tie: { rule: 'smaller-request', source: S },
          reduction: { rule: 'reduce', unit: 1000, source: S },
        },
      ],
      default: 'own',
    },
  }),
);

describe('runProfileTests (docs/profiles.md テストを書く)', () => {
  it('passes a subsidy test written from the plan (002_5a3cd8c23b61ef14.txt 8-2-1 事業4: 360,000 × 2/3 → 200,000)', () => {
    const r = run(ichinoseki, [
      {
        name: '事業4 限度額',
        subsidy: {
          program: '地域協働体支援事業費補助金',
          fiscalYear: '平成26年度',
          eligibleExpense: '360,000円',
        },
        expect: { eligible: true, amount: 200000, limitedBy: 'annual-limit', issues: [] },
      },
    ]);
    expect(r).toMatchObject({ passed: 1, failed: 0, invalid: 0 });
  });

  it('fails a wrong expectation, saying expected and actual, with the steps that led to the amount', () => {
    const r = run(ichinoseki, [
      {
        name: '間違った期待',
        subsidy: { program: 'ichinoseki/kyodotai-shien', fiscalYear: 2014, eligibleExpense: 360000 },
        expect: { amount: '240,000円' },
      },
    ]);
    const o = r.outcomes[0];
    expect(o?.status).toBe('fail');
    expect(o?.failures).toEqual([{ path: 'expect.amount', expected: '240,000円', actual: 200000 }]);
    expect(o?.explanation.at(-1)?.ja).toBe(
      '7. 補助対象経費 360,000円 × 2/3 = 240,000円 → 限度額 200,000円 → 補助金額 200,000円 [一関市地域協働推進計画（002）8-2-1 事業4 (S-ichinoseki-4)]',
    );
  });

  it('expects the problems of a computation that cannot be made (toride’s template has no rate)', () => {
    const toride = unwrap(getProfile('toride'));
    const r = run(toride, [
      {
        name: '率がない',
        subsidy: { program: 'toride/shimin-teian', fiscalYear: 'R6', eligibleExpense: 100000 },
        expect: {
          issues: ['subsidy.missing-parameter', 'subsidy.missing-parameter', 'subsidy.missing-parameter'],
        },
      },
      {
        name: '額を期待',
        subsidy: { program: 'toride/shimin-teian', fiscalYear: 'R6', eligibleExpense: 100000 },
        expect: { amount: 50000 },
      },
    ]);
    expect(r.outcomes.map((o) => o.status)).toEqual(['pass', 'fail']);
    expect(r.outcomes[1]?.failures[0]?.actual).toEqual({
      notComputed: ['subsidy.missing-parameter', 'subsidy.missing-parameter', 'subsidy.missing-parameter'],
    });
  });

  it('is invalid (a bad file) when it names a program the profile does not have', () => {
    const r = run(ichinoseki, [
      {
        name: '存在しない',
        subsidy: { program: 'nai', fiscalYear: 2014, eligibleExpense: 1 },
        expect: { amount: 1 },
      },
    ]);
    expect(r.invalid).toBe(1);
    expect(r.outcomes[0]?.problems.map((p) => [p.code, p.params.path])).toEqual([
      ['tests.reference', 'tests[0].subsidy.program'],
    ]);
  });

  it('runs a settlement and an evaluation', () => {
    const r = run(ichinoseki, [
      {
        name: '精算: 返還',
        settlement: {
          program: 'ichinoseki/goi-keisei',
          fiscalYear: 2015,
          advance: 50000,
          actualEligibleExpense: 45000,
          granted: 50000,
          facts: { founded: '平成27年6月1日' },
        },
        expect: { computed: 45000, settled: 45000, refund: 5000, furtherPayment: 0 },
      },
      {
        name: '評価の平均',
        evaluation: { evaluator: '市', answers: { 'mokuhyo-seika': 'A', 'hiyo-taiko': 'C' } },
        margin: 0.001,
        expect: { mean: 3, answered: 2 },
      },
    ]);
    expect(r.outcomes.map((o) => [o.name, o.status, o.failures])).toEqual([
      ['精算: 返還', 'pass', []],
      ['評価の平均', 'pass', []],
    ]);
  });

  it('ranks a review round and checks each application, the total awarded and the notes', () => {
    const reviews = [
      { reviewer: 'A', application: 1, scores: { 公益性: 5, 実現性: 4 } },
      { reviewer: 'B', application: 1, scores: { 公益性: 4, 実現性: 4 } },
      { reviewer: 'A', application: 2, conflict: true },
      { reviewer: 'B', application: 2, scores: { 公益性: 3, 実現性: 3 } },
      { reviewer: 'A', application: 3, total: 4 },
      { reviewer: 'B', application: 3, total: 5 },
    ];
    const r = run(city, [
      {
        name: '審査',
        review: {
          budget: '250,500円',
          applications: [
            { id: 1, requested: 200000 },
            { id: 2, requested: 100000 },
            { id: 3, requested: 50000 },
          ],
          reviews,
        },
        expect: {
          applications: {
            '1': { rank: 1, score: 8.5, award: 200000, outcome: 'funded' },
            '2': { rank: 2, passed: true, award: 50000, outcome: 'reduced' },
            '3': { rank: 3, passed: false, award: 0 },
          },
          awarded: 250000,
          remaining: 500,
          issues: [],
        },
      },
    ]);
    expect(r.outcomes[0]?.failures).toEqual([]);
    expect(r.outcomes[0]?.status).toBe('pass');
  });

  it('checks sheet rows: the kind detected and the issues on the rows, with their column', () => {
    const r = run(
      ichinoseki,
      [
        {
          name: '交付決定額が限度額を超える',
          sheet: {
            rows: [
              {
                団体名: '〇〇地域協働体',
                補助事業: '地域協働体支援事業費補助金',
                年度: '平成26年度',
                補助対象経費: '450,000',
                交付決定額: '300,000',
              },
            ],
          },
          expect: {
            kind: 'subsidies',
            issues: [{ code: 'subsidies.above-allowed', row: 1, column: '交付決定額' }],
          },
        },
      ],
      '2015-03-31',
    );
    expect(r.outcomes[0]?.failures).toEqual([]);
  });
});
