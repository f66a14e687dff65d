import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluationsArb, shuffled } from './_arbitraries.js';
import { aggregateEvaluations } from './aggregateEvaluations.js';
import { combineEvaluations } from './combineEvaluations.js';

const projects = [
  { project: '子ども食堂', form: '補助・助成', domain: '市民が主体となり市が支援する領域' },
  { project: '防災訓練', form: '共催', domain: '市民と市が連携・協力する領域' },
  { project: '講演会', form: '共催', domain: '市民と市が連携・協力する領域' },
];

describe('combineEvaluations and aggregateEvaluations laws (RULES E1, E7)', () => {
  it('the order of the evaluations changes no result', () => {
    fc.assert(
      fc.property(
        evaluationsArb.chain(({ framework, evaluations }) =>
          fc.tuple(fc.constant(framework), fc.constant(evaluations), shuffled(evaluations)),
        ),
        ([framework, evaluations, reordered]) => {
          const a = combineEvaluations(framework, evaluations);
          const b = combineEvaluations(framework, reordered);
          expect(a.ok && b.ok).toBe(true);
          expect(b.ok && b.value).toEqual(a.ok && a.value);
          const x = aggregateEvaluations(framework, evaluations, projects);
          const y = aggregateEvaluations(framework, reordered, projects);
          expect(y.ok && y.value).toEqual(x.ok && x.value);
        },
      ),
    );
  });

  it('every mean stays within the scale and every gap meets the threshold', () => {
    fc.assert(
      fc.property(evaluationsArb, ({ framework, evaluations }) => {
        const values = framework.scale.levels.map((l) => l.value);
        const [lo, hi] = [Math.min(...values) - 1e-12, Math.max(...values) + 1e-12];
        const within = (m: number | null) => m === null || (m >= lo && m <= hi);
        const c = combineEvaluations(framework, evaluations);
        if (!c.ok) throw new Error('fixture');
        for (const p of c.value.projects) {
          for (const r of Object.values(p.byEvaluator)) {
            expect(within(r.mean)).toBe(true);
            for (const v of Object.values(r.items)) expect(within(v)).toBe(true);
          }
          for (const g of p.gaps) expect(g.difference).toBeGreaterThanOrEqual(framework.gapThreshold);
        }
        const a = aggregateEvaluations(framework, evaluations, projects);
        if (!a.ok) throw new Error('fixture');
        for (const i of a.value.byItem) expect(within(i.mean)).toBe(true);
        for (const g of [...a.value.byEvaluator, ...a.value.byForm, ...a.value.byDomain])
          expect(within(g.mean)).toBe(true);
      }),
    );
  });
});
