import { describe, expect, it } from 'vitest';
import { normaliseFiscalYearCell } from './normaliseFiscalYearCell.js';

describe('normaliseFiscalYearCell (RULES C1, C2)', () => {
  it('reads every spelling of a fiscal year', () => {
    for (const t of ['令和6年度', '令和６年度', 'R6', '2024年度', 2024, 'Ｒ６年度'])
      expect(normaliseFiscalYearCell(t)).toMatchObject({ status: 'value', value: 2024 });
    expect(normaliseFiscalYearCell('平成31年度')).toMatchObject({ value: 2019 });
    expect(normaliseFiscalYearCell('令和元年度')).toMatchObject({ value: 2019 });
  });
  it('refuses what is not a fiscal year', () => {
    const r = normaliseFiscalYearCell('令和0年度');
    if (r.status !== 'invalid') throw new Error('expected invalid');
    expect(r.problems[0]!.code).toBe('calendar.era-year-zero');
    expect(normaliseFiscalYearCell(true).status).toBe('invalid');
    expect(normaliseFiscalYearCell(null)).toEqual({ status: 'empty', raw: null, marker: null });
  });
});
