import { describe, expect, it } from 'vitest';
import { chartsOf } from './chartsOf.js';

describe('chartsOf', () => {
  it('charts a projects sheet per form, per domain and against the budget', () => {
    const charts = chartsOf(
      'projects',
      {
        byForm: [
          { id: 'kyosai', label: '共催', count: 2 },
          { id: 'itaku', label: '事業委託', count: 1 },
        ],
        byDomain: [],
        planVersusActual: [
          { project: '防災講座', ratio: 0.3 },
          { project: '公園清掃', ratio: null },
        ],
      },
      'ja',
    );
    expect(charts.map((c) => c.title)).toEqual(['協働の形態別の事業数', '予算との差']);
    expect(charts[0]?.bars).toEqual([
      { label: '共催', value: 2 },
      { label: '事業委託', value: 1 },
    ]);
    expect(charts[1]?.bars).toEqual([{ label: '防災講座', value: 30 }]);
  });
  it('names evaluators in the user’s language and leaves unscored sheets without charts', () => {
    const [chart] = chartsOf(
      'evaluations',
      { evaluations: [{ project: '子ども食堂', evaluator: 'city', mean: 3.5 }] },
      'ja',
    );
    expect(chart?.bars).toEqual([{ label: '子ども食堂（市）', value: 3.5 }]);
    expect(chartsOf(null, { a: 1 }, 'ja')).toEqual([]);
    expect(chartsOf('projects', null, 'en')).toEqual([]);
  });
});
