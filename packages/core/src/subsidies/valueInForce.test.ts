import { describe, expect, it } from 'vitest';
import type { DatedValue } from './schema.js';
import { valueInForce } from './valueInForce.js';

const source = { document: '002_5a3cd8c23b61ef14.txt', section: '8-2-1 事業4' };
const list: DatedValue<number>[] = [
  { from: 2014, value: 200_000, source },
  { from: 2016, value: 150_000, source: { ...source, note: 'revised' } },
  { from: 2018, value: null, source },
];

describe('valueInForce', () => {
  it('reads the last value dated on or before the fiscal year', () => {
    expect(valueInForce(list, 2014)?.value).toBe(200_000);
    expect(valueInForce(list, 2015)?.value).toBe(200_000);
    expect(valueInForce(list, 2016)?.value).toBe(150_000);
    expect(valueInForce(list, 2017)?.source.note).toBe('revised');
  });

  it('returns the ending null from the year it is dated', () => {
    expect(valueInForce(list, 2018)?.value).toBeNull();
    expect(valueInForce(list, 2030)?.value).toBeNull();
  });

  it('has nothing before the first dated value', () => {
    expect(valueInForce(list, 2013)).toBeUndefined();
    expect(valueInForce([], 2014)).toBeUndefined();
  });
});
