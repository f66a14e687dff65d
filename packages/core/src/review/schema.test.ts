import { describe, expect, it } from 'vitest';
import { loadProfile } from '../profiles/loadProfile.js';
import { reviewFrameworkSchema } from './schema.js';

const S = { document: 'municipality', section: '審査基準' };
const base = {
  id: 'teian',
  label: { ja: '審査', en: 'Review' },
  source: S,
  criteria: [{ id: 'koeki', label: { ja: '公益性', en: 'Public benefit' }, source: S }],
};

describe('reviewFrameworkSchema (RULES X3)', () => {
  it('takes a template with criteria only: the other parameters are the profile’s to give', () => {
    const f = reviewFrameworkSchema.parse(base);
    expect(f.criteria[0]?.aliases).toEqual([]);
    expect(f.scale).toBeUndefined();
    expect(f.threshold).toBeUndefined();
  });

  it('refuses points and weights beyond two decimals, a scale whose max is off its steps, a share above 1', () => {
    const bad = reviewFrameworkSchema.safeParse({
      ...base,
      criteria: [{ ...base.criteria[0], weight: 1.005 }],
      scale: { min: 1, max: 10, step: 2, source: S },
      threshold: { kind: 'share', value: { numerator: 7, denominator: 5 }, source: S },
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['criteria.0.weight', 'scale.step', 'threshold.value']);
    const steps = reviewFrameworkSchema.safeParse({
      ...base,
      scale: { min: 1, max: 10, step: 2, source: S },
    });
    expect(steps.error?.issues.map((i) => i.path.join('.'))).toEqual(['scale.step']);
  });

  it('refuses two criteria with one ID or one header text', () => {
    const twice = reviewFrameworkSchema.safeParse({
      ...base,
      criteria: [
        { id: 'koeki', label: { ja: '公益性', en: 'Public benefit' }, source: S },
        { id: 'koeki', label: { ja: '実現性', en: 'Feasibility' }, source: S },
        { id: 'hatten', label: { ja: '発展性', en: 'Potential' }, aliases: ['公益 性'], source: S },
      ],
    });
    expect(twice.error?.issues.map((i) => i.path.join('.'))).toEqual(['criteria.1.id', 'criteria.2']);
  });

  it('is part of a profile: a review framework must name one of the profile’s programs', () => {
    const profile = {
      id: 'mini',
      extends: 'toride',
      name: { ja: 'ミニ市', en: 'Mini' },
      review: { frameworks: [{ ...base, program: 'mini/none' }] },
    };
    const r = loadProfile(profile);
    expect(r.ok ? [] : r.problems.map((p) => [p.code, p.path.join('.')])).toEqual([
      ['profile.unknown-reference', 'review.frameworks.0.program'],
    ]);
    const fine = loadProfile({
      ...profile,
      review: { frameworks: [{ ...base, program: 'toride/shimin-teian' }] },
    });
    expect(fine.ok).toBe(true);
    if (fine.ok) expect(fine.value.review.frameworks.map((f) => f.id)).toEqual(['shimin-teian', 'teian']);
  });
});
