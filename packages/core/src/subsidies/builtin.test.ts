import { describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../sources/documents.js';
import { builtinPrograms } from './builtin.js';
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
    expect(yume?.years).toMatchObject([{ from: 2015 }]);
    expect(yume?.use).toMatchObject({ carryOver: true, reserve: true, passOn: true });
    for (const p of [yume, jimukyoku, builtinPrograms.toride[0]]) {
      expect(p?.rate).toBeUndefined();
      expect(p?.annualLimit).toBeUndefined();
    }
    expect(builtinPrograms.toride[0]?.years).toBeUndefined();
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
