import { describe, expect, it } from 'vitest';
import { unwrap } from '../problems/KyodoError.js';
import { getProfile } from '../profiles/getProfile.js';
import { builtinReviewFrameworks } from './builtin.js';
import { findReviewFramework } from './findReviewFramework.js';

describe('findReviewFramework (RULES X3)', () => {
  it('finds toride’s template for 市民提案型一般公募補助金 (003_77c600037372601a.txt 第4章(1)⑦)', () => {
    const f = unwrap(findReviewFramework(unwrap(getProfile('toride'))));
    expect(f.id).toBe('shimin-teian');
    expect(f.program).toBe('toride/shimin-teian');
    expect(f.criteria.map((c) => c.label.ja)).toEqual([
      '公益性',
      '実現性',
      '発展性',
      '自立性',
      '先駆性',
      '費用の妥当性',
    ]);
    expect(f.criteria.every((c) => c.source.rule === 'X3')).toBe(true);
    expect(f.scale).toBeUndefined();
    expect(f).toBe(builtinReviewFrameworks.toride[0]);
  });

  it('says when a profile has none, or no framework of that ID', () => {
    const none = findReviewFramework(unwrap(getProfile('ichinoseki')));
    expect(none.ok ? [] : none.problems.map((p) => p.code)).toEqual(['review.no-framework']);
    const unknown = findReviewFramework(unwrap(getProfile('toride')), 'nai');
    expect(unknown.ok ? '' : unknown.problems[0]?.message.ja).toBe(
      '審査の基準「nai」はありません（あるもの: shimin-teian）',
    );
  });
});
