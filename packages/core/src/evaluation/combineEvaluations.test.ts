import { describe, expect, it } from 'vitest';
import { builtinFrameworks } from './builtin.js';
import { combineEvaluations } from './combineEvaluations.js';
import { scoreEvaluation } from './scoreEvaluation.js';

const ichinoseki = builtinFrameworks.ichinoseki[0]!;
const E2 = (mokuhyo: unknown, hiyo: unknown, hanashiai: unknown) => ({
  '目標・成果の達成': mokuhyo,
  費用対効果: hiyo,
  話し合いの継続: hanashiai,
});

const evaluations = [
  { project: '子ども食堂運営', evaluator: '市', answers: E2('A', 'B', 'D') },
  { project: '子ども食堂運営', evaluator: '団体', answers: E2('B', 'B', 'B') },
  { project: '子ども食堂運営', evaluator: '参加者アンケート', answers: { '目標・成果の達成': 'A' } },
  { project: '子ども食堂運営', evaluator: '参加者アンケート', answers: E2('B', 'C', '') },
  { project: '子ども食堂運営', evaluator: '協働推進会議', answers: E2('B', 'C', 'C') },
  { project: '地区防災訓練', evaluator: '市担当課', answers: E2('C', 'C', 'B') },
];

describe('combineEvaluations (RULES E1, E7)', () => {
  const r = combineEvaluations(ichinoseki, evaluations);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const [bosai, kodomo] = r.value.projects;

  it('orders projects by name and scores each evaluator kind', () => {
    expect(r.value.projects.map((p) => p.project)).toEqual(['地区防災訓練', '子ども食堂運営']);
    // city: (4 + 3 + 1) / 3 = 8/3; partner: (3 + 3 + 3) / 3 = 3.
    expect(kodomo?.byEvaluator.city?.mean).toBe(8 / 3);
    expect(kodomo?.byEvaluator.partner?.mean).toBe(3);
    // council: (3 + 2 + 2) / 3 = 7/3.
    expect(kodomo?.byEvaluator.council?.mean).toBe(7 / 3);
  });

  it('pools several third-party respondents: per item over those who answered, mean of their means', () => {
    const third = kodomo?.byEvaluator['third-party'];
    expect(third?.count).toBe(2);
    // 目標・成果: (4 + 3) / 2 = 3.5; 費用対効果: 2 (one answer); 話し合い: nobody.
    expect(third?.items).toEqual({ 'mokuhyo-seika': 3.5, 'hiyo-taiko': 2 });
    expect(third?.unanswered).not.toContain('mokuhyo-seika');
    expect(third?.unanswered).toContain('hanashiai-keizoku');
    // respondent means: 4 and (3 + 2) / 2 = 2.5; their mean 3.25.
    expect(third?.mean).toBe(3.25);
  });

  it('reports a gap of 2 levels between the city and the partner, not one of 1', () => {
    // 話し合いの継続: city D (1), partner B (3): |1 − 3| = 2 ≥ 2. 目標・成果: |4 − 3| = 1.
    expect(kodomo?.gaps).toEqual([
      { project: '子ども食堂運営', item: 'hanashiai-keizoku', city: 1, partner: 3, difference: 2 },
    ]);
    expect(r.value.gaps).toEqual(kodomo?.gaps);
    const gap = r.warnings.find((w) => w.code === 'evaluation.gap');
    expect(gap?.message.ja).toContain(
      '「子ども食堂運営」の「話し合いの継続」で市 (1) と協働相手 (3) の評価が2段階（kyodo の既定値）以上異なります',
    );
    // No plan gives a gap: the threshold is kyodo's, cited as such, never under a plan.
    expect(gap?.source).toMatchObject({ document: 'kyodo', rule: 'E7' });
  });

  it('names the evaluator a project lacks (E1: both parties evaluate themselves)', () => {
    expect(bosai?.missingEvaluators).toEqual(['partner']);
    expect(kodomo?.missingEvaluators).toEqual([]);
    const missing = r.warnings.filter((w) => w.code === 'evaluation.missing-evaluator');
    expect(missing.map((w) => w.params)).toEqual([
      { project: '地区防災訓練', evaluator: 'partner', whoseJa: '計画の定め', whoseEn: 'the plan’s rule' },
    ]);
    // 001_9b5b631400e119ce.txt 協働の評価・検証、見直し 1「協働の主体は、共通の評価項目について
    // 各々自己評価を行い」: ichinoseki's plan says both parties evaluate.
    expect(missing[0]?.source).toMatchObject({
      document: '001_9b5b631400e119ce.txt',
      section: '協働の評価・検証、見直し 1 評価・検証の必要性',
    });
  });

  it('where a plan does not say who evaluates (取手市, 003), the rule is kyodo’s default and says so', () => {
    const toride = builtinFrameworks.toride[0]!;
    const t = combineEvaluations(toride, [
      { project: '市民活動フェスタ', evaluator: '市', answers: { 相互理解: 'A' } },
    ]);
    if (!t.ok) throw new Error('bad fixture');
    const w = t.warnings.find((x) => x.code === 'evaluation.missing-evaluator');
    expect(w?.source).toMatchObject({ document: 'kyodo', rule: 'E1' });
    expect(w?.message.ja).toBe(
      '「市民活動フェスタ」に協働相手（団体）の評価がありません。協働の主体は各々自己評価を行います（kyodo の既定値）',
    );
  });

  it('takes scores as well as raw evaluations, with the same result', () => {
    const scored = evaluations.map((e) => {
      const s = scoreEvaluation(ichinoseki, e);
      if (!s.ok) throw new Error('bad fixture');
      return s.value;
    });
    const again = combineEvaluations(ichinoseki, scored);
    expect(again.ok && again.value).toEqual(r.value);
  });

  it('fails with paths on a bad level or item, in raw evaluations and in scores', () => {
    const bad = combineEvaluations(ichinoseki, [
      evaluations[0]!,
      { project: 'x', evaluator: '市', answers: { 費用対効果: 'S' } },
      {
        project: 'y',
        evaluator: 'city',
        mean: 3,
        answered: 1,
        unanswered: [],
        levels: { nope: 3, 'hiyo-taiko': 7 },
      },
    ]);
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.problems.map((p) => [p.code, p.path])).toEqual([
      ['evaluation.level-unknown', [1, 'answers', '費用対効果']],
      ['evaluation.unknown-item', [2, 'levels', 'nope']],
      ['evaluation.level-unknown', [2, 'levels', 'hiyo-taiko']],
    ]);
  });
});
