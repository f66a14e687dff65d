import { describe, expect, it } from 'vitest';
import { normalisePeriodCell } from './normalisePeriodCell.js';

describe('normalisePeriodCell', () => {
  it('reads a period written in one cell', () => {
    expect(normalisePeriodCell('R6.4.1～R7.3.31')).toMatchObject({
      status: 'value',
      value: { start: '2024-04-01', end: '2025-03-31' },
    });
    expect(normalisePeriodCell('令和6年5月1日から令和6年9月30日まで')).toMatchObject({
      value: { start: '2024-05-01', end: '2024-09-30' },
    });
    expect(normalisePeriodCell('2024/6/1')).toMatchObject({
      value: { start: '2024-06-01', end: '2024-06-01' },
    });
  });
  it('passes on core’s problem for either side', () => {
    const r = normalisePeriodCell('R6.4.1～R6.2.30');
    if (r.status !== 'invalid') throw new Error('expected invalid');
    expect(r.problems.map((p) => p.code)).toEqual(['calendar.impossible-date']);
  });
});
