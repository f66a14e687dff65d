import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../sources/documents.js';
import { builtinPrograms } from './builtin.js';
import { computeSubsidy } from './computeSubsidy.js';
import { programSchema } from './schema.js';

const all = [...builtinPrograms.ichinoseki, ...builtinPrograms.toride, ...builtinPrograms['plan-004']];

describe('builtinPrograms (RULES S)', () => {
  it('holds the five programs of RULES S, by profile', () => {
    expect(builtinPrograms.ichinoseki.map((p) => p.id)).toEqual([
      'ichinoseki/goi-keisei',
      'ichinoseki/kyodotai-shien',
      'ichinoseki/yume-zukuri',
      'ichinoseki/jimukyoku',
    ]);
    expect(builtinPrograms.toride.map((p) => p.id)).toEqual(['toride/shimin-teian']);
    expect(builtinPrograms['plan-004']).toEqual([]);
  });

  it('each validates against programSchema and cites its RULES ID, document and section', () => {
    for (const program of all) {
      expect(programSchema.safeParse(program).success).toBe(true);
      expect(program.rule).toMatch(/^S-/);
      expect(Object.keys(DOCUMENTS)).toContain(program.source.document);
      expect(program.source.section).not.toBe('');
    }
  });

  it('gives the numbers of the documents and leaves the others absent (never 0)', () => {
    const [goi, kyodotai, yume, jimukyoku] = builtinPrograms.ichinoseki;
    expect(goi?.rate?.[0]?.value).toEqual({ numerator: 1, denominator: 1 });
    expect(goi?.caps).toMatchObject({ totalYen: 50_000, maxYears: 2 });
    expect(goi?.conditions?.[0]).toMatchObject({ kind: 'founded-by', date: '2016-03-31' });
    expect(goi?.advance?.allowed).toBe(true);
    expect(goi?.settlement?.kind).toBe('single-year');
    expect(kyodotai?.years).toMatchObject([{ from: 2014, to: 2015 }]);
    expect(kyodotai?.rate?.[0]?.value).toEqual({ numerator: 2, denominator: 3 });
    expect(kyodotai?.annualLimit?.[0]?.value).toBe(200_000);
    expect(kyodotai?.advance).toBeUndefined();
    expect(yume?.years).toMatchObject([{ from: 2015, to: 2018 }]);
    expect(yume?.use).toMatchObject({ carryOver: true, reserve: true, passOn: true });
    for (const p of [yume, jimukyoku, builtinPrograms.toride[0]]) {
      expect(p?.rate).toBeUndefined();
      expect(p?.annualLimit).toBeUndefined();
    }
    expect(builtinPrograms.toride[0]?.years).toBeUndefined();
  });

  it('002’s programs run within 平成26–30年度, the plan period: 事業5 and 事業6 end there too, as 事業1 does (T2)', () => {
    // 002_5a3cd8c23b61ef14.txt 3 計画期間「本計画は、平成26年度から平成30年度までの5年間とします。」; each
    // 事業's 実施年度 table spans 26年度–30年度. 事業5「平成27年度から支援」; 事業4「当面は27年度まで」.
    const [goi, kyodotai, yume, jimukyoku] = builtinPrograms.ichinoseki;
    expect(goi?.years).toMatchObject([{ from: 2014, to: 2018 }]);
    expect(kyodotai?.years).toMatchObject([{ from: 2014, to: 2015 }]);
    expect(yume?.years).toMatchObject([{ from: 2015, to: 2018 }]);
    expect(jimukyoku?.years).toMatchObject([{ from: 2014, to: 2018 }]);
    for (const p of [yume!, jimukyoku!]) {
      const r = computeSubsidy(p, { fiscalYear: '平成31年度', eligibleExpense: 100_000 });
      expect(r.ok && r.value).toMatchObject({ eligible: false, amount: 0, limitedBy: null });
      expect(r.ok && r.value.reasons.map((x) => x.code)).toEqual(['subsidy.outside-years']);
    }
  });

  it('says where the documents give no rounding rule (C4)', () => {
    for (const program of all.filter((p) => p.rate !== undefined)) {
      expect(program.rounding).toMatchObject({
        mode: 'truncate',
        unit: 1,
        source: { document: 'kyodo', rule: 'C4' },
      });
    }
  });
});
