import { describe, expect, it } from 'vitest';
import { parseEvaluator } from './parseEvaluator.js';

const kind = (text: unknown) => {
  const r = parseEvaluator(text);
  return r.ok ? r.value : r.problems[0]?.code;
};

describe('parseEvaluator (RULES E1)', () => {
  it('reads the city', () => {
    expect(
      ['市', '市担当課', '行政', ' 市 ', '市（まちづくり推進課）', '協働推進課', '一関市', 'city'].map(kind),
    ).toEqual(Array(8).fill('city'));
  });

  it('reads the partner', () => {
    expect(
      ['団体', '協働相手', '相手方', '市民', 'ＮＰＯ法人ひかり', '○○自治会', 'partner'].map(kind),
    ).toEqual(Array(7).fill('partner'));
  });

  it('reads the council and third parties', () => {
    expect(['協働推進会議', '一関市協働推進会議', '市協働推進会議'].map(kind)).toEqual(
      Array(3).fill('council'),
    );
    expect(['第三者', '参加者アンケート', '意見募集', 'third-party'].map(kind)).toEqual(
      Array(4).fill('third-party'),
    );
  });

  it('says an unknown evaluator with its path, in Japanese and English', () => {
    const r = parseEvaluator('校長', { path: ['evaluations', 3, 'evaluator'] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({
      code: 'evaluation.evaluator-unknown',
      path: ['evaluations', 3, 'evaluator'],
      input: '校長',
    });
    expect(r.problems[0]?.message.ja).toContain('評価者「校長」が分かりません');
    expect(r.problems[0]?.message.en).toContain('Evaluator "校長" is not known');
    expect(['', null, undefined].map(kind)).toEqual(Array(3).fill('evaluation.evaluator-unknown'));
  });
});
