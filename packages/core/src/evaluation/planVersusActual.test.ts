import { describe, expect, it } from 'vitest';
import { cite } from '../sources/Source.js';
import { planVersusActual } from './planVersusActual.js';

describe('planVersusActual (RULES E4)', () => {
  it('flags a budget 24% under plan against the default 20%', () => {
    // (380,000 − 500,000) / 500,000 = −0.24; |−24%| > 20%.
    const r = planVersusActual({ budget: 500_000, actual: 380_000 }, 20);
    expect(r.ok && r.value.budget).toEqual({
      planned: 500_000,
      actual: 380_000,
      difference: -120_000,
      ratio: -0.24,
      over: true,
    });
    expect(r.ok && r.value.over).toBe(true);
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['evaluation.variance-over']);
    expect(r.ok && r.warnings[0]?.message.ja).toContain(
      '実績 380,000 は計画 500,000 に対し −24% で、しきい値 20%（kyodo の既定値）を超えています',
    );
    // No plan gives a threshold: the 20% is kyodo's, never cited under a plan.
    expect(r.ok && r.warnings[0]?.source).toMatchObject({ document: 'kyodo', rule: 'E4' });
  });

  it('cites and names the profile’s own threshold where it sets one', () => {
    const own = cite('某市協働事業評価要領', '第5条', 'E4', undefined, 'municipality');
    const r = planVersusActual({ budget: 100, actual: 131 }, 30, { source: own });
    expect(r.ok && r.warnings[0]?.source).toBe(own);
    expect(r.ok && r.warnings[0]?.message.ja).toContain('しきい値 30%（市の選択）を超えています');
  });

  it('does not flag exactly 20%, flags 20% and one yen', () => {
    expect(planVersusActual({ budget: 200_000, actual: 240_000 }, 20)).toMatchObject({
      ok: true,
      value: { budget: { ratio: 0.2, over: false }, over: false },
      warnings: [],
    });
    expect(planVersusActual({ budget: 200_000, actual: 240_001 }, 20)).toMatchObject({
      value: { budget: { over: true } },
    });
  });

  it('compares the scale too: 120 participants planned, 90 came (−25%)', () => {
    const r = planVersusActual({ budget: 300_000, actual: 310_000, scalePlanned: 120, scaleActual: 90 }, 20);
    expect(r.ok && r.value.budget.over).toBe(false);
    expect(r.ok && r.value.scale).toEqual({
      planned: 120,
      actual: 90,
      difference: -30,
      ratio: -0.25,
      over: true,
    });
    expect(r.ok && r.value.over).toBe(true);
  });

  it('says a zero plan cannot give a ratio', () => {
    const r = planVersusActual({ budget: 0, actual: 10_000 }, 20);
    expect(r.ok && r.value.budget).toMatchObject({ ratio: null, over: true });
    expect(r.ok && r.warnings.map((w) => w.code)).toEqual(['evaluation.plan-zero']);
    expect(planVersusActual({ budget: 0, actual: 0 }, 20)).toMatchObject({
      value: { budget: { ratio: 0, over: false } },
    });
  });

  it('names a missing or negative figure, never a silent zero', () => {
    const r = planVersusActual({ budget: 100_000, scalePlanned: 10, actual: -5 }, 20, {
      path: ['projects', 4],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.code, p.path])).toEqual([
      ['evaluation.invalid-amount', ['projects', 4, 'actual']],
      ['evaluation.missing-parameter', ['projects', 4, 'scaleActual']],
    ]);
    expect(r.problems[1]?.message.ja).toBe('計画と実績の比較に必要な「事業規模（実績）」がありません');
  });
});
