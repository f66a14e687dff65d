import { describe, expect, it } from 'vitest';
import { aggregateEvaluations } from './aggregateEvaluations.js';
import { builtinFrameworks } from './builtin.js';

const toride = builtinFrameworks.toride[0]!;
const answers = (...levels: string[]) =>
  Object.fromEntries(toride.items.map((item, i) => [item.id, levels[i] ?? '']).filter(([, v]) => v !== ''));

const evaluations = [
  // 事業A (補助・助成): city 4,4,3,3,2,2 → 18/6 = 3; partner 3,3,3,3 (4 answered) → 3.
  { project: '事業A', evaluator: '市', answers: answers('A', 'A', 'B', 'B', 'C', 'C') },
  { project: '事業A', evaluator: '団体', answers: answers('B', 'B', 'B', 'B') },
  // 事業B (共催): city 2,2,2,2,2,2 → 2; partner 4,4,4,4,4,1 → 21/6 = 3.5.
  { project: '事業B', evaluator: '市', answers: answers('C', 'C', 'C', 'C', 'C', 'C') },
  { project: '事業B', evaluator: '団体', answers: answers('A', 'A', 'A', 'A', 'A', 'D') },
  // 事業C (補助・助成): council only 1,1,1,1,1,1 → 1.
  { project: '事業C', evaluator: '協働推進会議', answers: answers('D', 'D', 'D', 'D', 'D', 'D') },
];
const projects = [
  { project: '事業A', form: '補助・助成', domain: '市民が主体となり市が支援する領域' },
  { project: '事業B', form: '共催', domain: '市民と市が連携・協力する領域' },
  { project: '事業C', form: '補助・助成', domain: '市民が主体となり市が支援する領域' },
];

describe('aggregateEvaluations (RULES E7)', () => {
  const r = aggregateEvaluations(toride, evaluations, projects);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));

  it('means each item over every answer, per evaluator too', () => {
    const [jishusei, , , , joho, henkaku] = r.value.byItem;
    // 自主性: 4, 3, 2, 4, 1 → 14 / 5 = 2.8; city 4, 2 → 3; partner 3, 4 → 3.5.
    expect(jishusei).toEqual({
      item: 'jishusei',
      mean: 2.8,
      count: 5,
      byEvaluator: {
        city: { mean: 3, count: 2 },
        partner: { mean: 3.5, count: 2 },
        council: { mean: 1, count: 1 },
      },
    });
    // 情報の発信・共有: city 2, 2; 事業A's partner left it blank; 事業B's partner 4; council 1 → 9 / 4.
    expect(joho?.mean).toBe(9 / 4);
    expect(joho?.count).toBe(4);
    // 自己変革: 2, 2, 1, 1 → 6 / 4.
    expect(henkaku?.mean).toBe(1.5);
  });

  it('means evaluations per evaluator kind', () => {
    expect(r.value.byEvaluator.map((g) => [g.key, g.mean, g.count, g.projects])).toEqual([
      ['city', 2.5, 2, 2],
      ['partner', 3.25, 2, 2],
      ['council', 1, 1, 1],
    ]);
  });

  it('means evaluations per form and per domain', () => {
    // 共催: B city 2, partner 3.5 → 2.75. 補助・助成: A 3, 3, C 1 → 7/3.
    expect(r.value.byForm.map((g) => [g.key, g.mean, g.count, g.projects])).toEqual([
      ['共催', 2.75, 2, 1],
      ['補助・助成', 7 / 3, 3, 2],
    ]);
    expect(r.value.byForm[1]?.byEvaluator).toEqual({
      city: { mean: 3, count: 1 },
      partner: { mean: 3, count: 1 },
      council: { mean: 1, count: 1 },
    });
    expect(r.value.byDomain.map((g) => g.key)).toEqual([
      '市民が主体となり市が支援する領域',
      '市民と市が連携・協力する領域',
    ]);
  });
});
