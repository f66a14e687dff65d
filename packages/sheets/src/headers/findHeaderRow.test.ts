import { getProfile, unwrap } from '@kyodo/core';
import { describe, expect, it } from 'vitest';
import { compileProfile } from './compileProfile.js';
import { findHeaderRow } from './findHeaderRow.js';

const toride = unwrap(getProfile('toride'));
const { matchers } = compileProfile(toride);

describe('findHeaderRow', () => {
  it('finds the header under title rows and tells the kind with a confidence', () => {
    const found = findHeaderRow(
      {
        name: 'S',
        values: [
          ['令和6年度 補助金交付一覧'],
          ['（単位：円）'],
          ['団体名', '補助金名', '年度', '補助対象経費（円）', '交付決定額'],
          ['A会', 'x', 'R6', 1, 1],
        ],
      },
      matchers,
    );
    expect(found).toMatchObject({ row: 2, matcher: { kind: 'subsidies' }, matched: 5 });
    // 4 of 4 required fields, 1 of 3 optional fields counted: 0.7 + 0.3 × 1/3.
    expect(found?.confidence).toBe(0.8);
  });
  it('needs a required field and two fields in all', () => {
    expect(findHeaderRow({ name: 'S', values: [['備考', '担当課']] }, matchers)).toBeUndefined();
    expect(findHeaderRow({ name: 'S', values: [['事業名']] }, matchers)).toBeUndefined();
    expect(findHeaderRow({ name: 'S', values: [] }, matchers)).toBeUndefined();
  });
  it('tells an evaluation sheet from a register by its item columns', () => {
    const found = findHeaderRow(
      { name: 'S', values: [['事業名', '評価者', '相互理解', '対等関係']] },
      matchers,
    );
    expect(found?.matcher.kind).toBe('evaluations');
    expect(found?.matcher.variant).toBe('toride');
  });
});
