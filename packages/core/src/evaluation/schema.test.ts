import { describe, expect, it } from 'vitest';
import { defaultScale } from './defaultScale.js';
import { frameworkSchema, scaleSchema } from './schema.js';

const minimal = {
  id: 'mini',
  label: { ja: '最小', en: 'Minimal' },
  source: { document: 'kyodo', section: 'test' },
  items: [{ id: 'a', label: { ja: '項目A', en: 'Item A' }, source: { document: 'kyodo', section: 'test' } }],
  scale: defaultScale,
};

describe('frameworkSchema', () => {
  it('fills the defaults of RULES E7, E4 and E1', () => {
    const parsed = frameworkSchema.parse(minimal);
    expect(parsed.gapThreshold).toBe(2);
    expect(parsed.varianceThresholdPercent).toBe(20);
    expect(parsed.requiredEvaluators).toEqual(['city', 'partner']);
    expect(parsed.items[0]?.weight).toBe(1);
    expect(parsed.items[0]?.aliases).toEqual([]);
    expect(parsed.groups).toEqual([]);
  });

  it('rejects a repeated item id with its path', () => {
    const result = frameworkSchema.safeParse({ ...minimal, items: [minimal.items[0], minimal.items[0]] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([['items', 1, 'id']]);
  });

  it('rejects an item in a group the framework does not have', () => {
    const result = frameworkSchema.safeParse({ ...minimal, items: [{ ...minimal.items[0], group: 'x' }] });
    expect(result.error?.issues[0]?.path).toEqual(['items', 0, 'group']);
  });

  it('rejects a zero or negative weight', () => {
    expect(
      frameworkSchema.safeParse({ ...minimal, items: [{ ...minimal.items[0], weight: 0 }] }).success,
    ).toBe(false);
  });
});

describe('scaleSchema', () => {
  it('accepts the default scale', () => {
    expect(scaleSchema.safeParse(defaultScale).success).toBe(true);
  });

  it('rejects a value or a spelling on two levels (width folded)', () => {
    const result = scaleSchema.safeParse({
      levels: [
        { value: 2, label: { ja: '良', en: 'good' }, spellings: ['A'] },
        { value: 2, label: { ja: '可', en: 'fair' }, spellings: ['Ａ'] },
      ],
      source: { document: 'kyodo', section: 'test' },
    });
    expect(result.error?.issues.map((i) => i.path)).toEqual([
      ['levels', 1, 'value'],
      ['levels', 1, 'spellings', 0],
    ]);
  });
});
