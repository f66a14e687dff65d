import { describe, expect, it } from 'vitest';
import { BASIS_LABELS, basisOf } from './basisOf.js';
import { cite } from './Source.js';

describe('basisOf', () => {
  it('a document states what it says: 002_5a3cd8c23b61ef14.txt 8-1-4 事業1 「補助率：100%」', () => {
    expect(basisOf(cite('002_5a3cd8c23b61ef14.txt', '8-1-4 事業1', 'S-ichinoseki-1'))).toBe('plan');
  });
  it('a kyodo default is kyodo’s, never the plan’s (RULES C4: the documents state no rounding rule)', () => {
    expect(basisOf(cite('kyodo', 'RULES C4', 'C4'))).toBe('kyodo');
  });
  it('a value a municipality sets where its plan is silent is its own choice', () => {
    expect(basisOf(cite('某市補助金交付要綱', '第8条', 'S-common', undefined, 'municipality'))).toBe(
      'municipality',
    );
    expect(BASIS_LABELS.municipality.ja).toBe('市の選択');
  });
});
