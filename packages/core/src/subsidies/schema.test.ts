import { describe, expect, it } from 'vitest';
import { programSchema } from './schema.js';

const source = { document: 'yoko.pdf', section: '第5条' };
const minimal = { id: 'my-city/hojo', names: { ja: '補助金', en: 'Subsidy' }, kind: 'subsidy', source };

function issues(data: unknown): string[] {
  const r = programSchema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
}

describe('programSchema', () => {
  it('accepts a program whose numbers are absent (a template)', () => {
    expect(issues(minimal)).toEqual([]);
  });

  it('accepts dated values, an ending null and the no-limit marker', () => {
    expect(
      issues({
        ...minimal,
        rate: [
          { from: 2014, value: { numerator: 2, denominator: 3 }, source },
          { from: 2020, value: null, source },
        ],
        annualLimit: [{ from: 2014, value: 'none', source }],
      }),
    ).toEqual([]);
  });

  it('rejects rates above 10/10, zero denominators and fractions of yen', () => {
    expect(
      issues({ ...minimal, rate: [{ from: 2014, value: { numerator: 3, denominator: 2 }, source }] }),
    ).toEqual(['rate.0.value.numerator']);
    expect(
      issues({ ...minimal, rate: [{ from: 2014, value: { numerator: 1, denominator: 0 }, source }] }),
    ).toContain('rate.0.value.denominator');
    expect(issues({ ...minimal, annualLimit: [{ from: 2014, value: 1.5, source }] })).toEqual([
      'annualLimit.0.value',
    ]);
    expect(issues({ ...minimal, annualLimit: [{ from: 2014, value: 0.5, source }] }).length).toBe(1);
  });

  it('rejects dated values out of order, and a period that ends before it starts', () => {
    expect(
      issues({
        ...minimal,
        annualLimit: [
          { from: 2016, value: 1, source },
          { from: 2014, value: 2, source },
        ],
      }),
    ).toEqual(['annualLimit']);
    expect(issues({ ...minimal, years: [{ from: 2016, to: 2015, source }] })).toEqual(['years.0.to']);
  });

  it('rejects an unknown kind, a bad ID, an uncited value and an unknown rule ID', () => {
    expect(issues({ ...minimal, kind: 'loan' })).toEqual(['kind']);
    expect(issues({ ...minimal, id: 'My City/補助' })).toEqual(['id']);
    expect(issues({ ...minimal, rate: [{ from: 2014, value: { numerator: 1, denominator: 2 } }] })).toEqual([
      'rate.0.source',
    ]);
    expect(issues({ ...minimal, source: { ...source, rule: 'Z9' } })).toEqual(['source.rule']);
  });
});
