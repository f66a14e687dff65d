import { describe, expect, it } from 'vitest';
import { builtinFrameworks } from './builtin.js';
import { frameworkSchema } from './schema.js';
import { scoreEvaluation } from './scoreEvaluation.js';

const ichinoseki = builtinFrameworks.ichinoseki[0]!;
const toride = builtinFrameworks.toride[0]!;

describe('scoreEvaluation (RULES E1, E7)', () => {
  it('means the answered items of ichinoseki E2 and leaves the rest out, not as zero', () => {
    // 目標・成果 A (4), 費用対効果 C (2), 話し合いの継続 B (3): (4 + 2 + 3) / 3 = 3.
    const r = scoreEvaluation(ichinoseki, {
      project: '地域の子ども食堂',
      evaluator: '市',
      answers: { '目標・成果の達成': 'A', 費用対効果: 'C', 'hanashiai-keizoku': 'Ｂ' },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.mean).toBe(3);
    expect(r.value.answered).toBe(3);
    expect(r.value.evaluator).toBe('city');
    expect(r.value.levels).toEqual({ 'mokuhyo-seika': 4, 'hiyo-taiko': 2, 'hanashiai-keizoku': 3 });
    expect(r.value.unanswered).toHaveLength(8);
    expect(r.value.unanswered[0]).toBe('jishu-jiritsu-taito');
    expect(r.warnings).toHaveLength(8);
    expect(r.warnings[0]).toMatchObject({
      code: 'evaluation.item-unanswered',
      path: ['answers', 'jishu-jiritsu-taito'],
    });
  });

  it('means all six toride principles answered by the partner', () => {
    // 4 + 3 + 3 + 2 + 4 + 1 = 17; 17 / 6.
    const r = scoreEvaluation(toride, {
      project: '取手駅前清掃',
      evaluator: '団体',
      answers: {
        jishusei: 4,
        'sogo-rikai': '3',
        'mokuteki-kyoyu': 'B',
        'taito-kankei': 'C',
        'joho-hasshin': '十分達成',
        'jiko-henkaku': 'D',
      },
    });
    expect(r.ok && r.value.mean).toBe(17 / 6);
    expect(r.ok && r.value.unanswered).toEqual([]);
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('respects weights', () => {
    const weighted = frameworkSchema.parse({
      ...toride,
      items: toride.items.slice(0, 3).map((item, i) => ({ ...item, weight: i === 0 ? 2 : 1 })),
    });
    // (2 × 4 + 1 × 2 + 1 × 3) / (2 + 1 + 1) = 13 / 4.
    const r = scoreEvaluation(weighted, {
      project: 'p',
      evaluator: 'partner',
      answers: { jishusei: 'A', 'sogo-rikai': 'C', 'mokuteki-kyoyu': 'B' },
    });
    expect(r.ok && r.value.mean).toBe(3.25);
  });

  it('gives a null mean when nothing is answered', () => {
    const r = scoreEvaluation(toride, {
      project: 'p',
      evaluator: 'city',
      answers: { jishusei: '', 'sogo-rikai': null },
    });
    expect(r.ok && r.value.mean).toBeNull();
    expect(r.ok && r.value.answered).toBe(0);
    expect(r.ok && r.value.unanswered).toHaveLength(6);
  });

  it('reports every bad answer, an unknown item and an unknown evaluator, each with its path', () => {
    const r = scoreEvaluation(
      toride,
      {
        project: ' ',
        evaluator: '校長',
        answers: { jishusei: 'E', 満足度: 'A', 'sogo-rikai': 'B', 相互理解の原則: 'A' },
      },
      { path: ['evaluations', 2] },
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ['evaluation.project-missing', ['evaluations', 2, 'project']],
      ['evaluation.evaluator-unknown', ['evaluations', 2, 'evaluator']],
      ['evaluation.unknown-item', ['evaluations', 2, 'answers', '満足度']],
      ['evaluation.duplicate-answer', ['evaluations', 2, 'answers', '相互理解の原則']],
      ['evaluation.level-unknown', ['evaluations', 2, 'answers', 'jishusei']],
    ]);
    expect(r.problems[2]?.message.ja).toContain('評価項目「満足度」は評価の枠組み「toride」にありません');
  });
});
