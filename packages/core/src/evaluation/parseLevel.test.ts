import { describe, expect, it } from 'vitest';
import { defaultScale, markScale } from './defaultScale.js';
import { parseLevel } from './parseLevel.js';

const value = (input: unknown, scale = defaultScale) => {
  const r = parseLevel(scale, input);
  return r.ok ? r.value.value : r.problems[0]?.code;
};

describe('parseLevel (RULES E7)', () => {
  it('reads letters, numbers and labels in half and full width', () => {
    expect(['A', 'a', 'Ａ', '４', 4, '十分達成', ' A '].map((i) => value(i))).toEqual([4, 4, 4, 4, 4, 4, 4]);
    expect(['B', 'ｂ', '３', 3, '概ね達成', 'おおむね達成'].map((i) => value(i))).toEqual([3, 3, 3, 3, 3, 3]);
    expect(['C', '２', 2, '一部達成'].map((i) => value(i))).toEqual([2, 2, 2, 2]);
    expect(['D', '１', 1, '未達成'].map((i) => value(i))).toEqual([1, 1, 1, 1]);
  });

  it('reads ◎○△× only where the scale says so', () => {
    expect(['◎', '○', '〇', '△', '×', 'x', 'X', '✕'].map((i) => value(i, markScale))).toEqual([
      4, 3, 3, 2, 1, 1, 1, 1,
    ]);
    expect(value('◎')).toBe('evaluation.level-unknown');
  });

  it('says a level off the scale with its path and the accepted spellings', () => {
    const r = parseLevel(defaultScale, 'E', { path: ['answers', 'hiyo-taiko'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({
      code: 'evaluation.level-unknown',
      severity: 'error',
      path: ['answers', 'hiyo-taiko'],
      input: 'E',
      rule: 'E7',
    });
    expect(r.problems[0]?.message.ja).toContain('「E」は評価の段階にありません');
    expect(r.problems[0]?.message.ja).toContain('A/4/十分達成');
    expect(r.problems[0]?.message.en).toContain('"E" is not a level of the scale');
  });

  it('rejects 5, 0, 3.5, true and blanks', () => {
    expect([5, 0, 3.5, '3.5', true, {}].map((i) => value(i))).toEqual(
      Array(6).fill('evaluation.level-unknown'),
    );
    expect(['', '  ', null, undefined].map((i) => value(i))).toEqual(
      Array(4).fill('evaluation.level-missing'),
    );
  });
});
