import { describe, expect, it } from 'vitest';
import { normaliseNumberCell } from './normaliseNumberCell.js';

const o = { field: 'target', label: '目標' };

describe('normaliseNumberCell', () => {
  it('reads numbers with a short unit, in both widths', () => {
    expect(normaliseNumberCell('１，２００人', o)).toMatchObject({ status: 'value', value: 1200 });
    expect(normaliseNumberCell('50%', o)).toMatchObject({ value: 50 });
    expect(normaliseNumberCell('12回', o)).toMatchObject({ value: 12 });
    expect(normaliseNumberCell(3.5, o)).toMatchObject({ value: 3.5 });
  });
  it('says when a cell is not a number', () => {
    const r = normaliseNumberCell('多数', o);
    if (r.status !== 'invalid') throw new Error('expected invalid');
    expect(r.problems[0]).toMatchObject({
      code: 'sheets.not-a-number',
      params: { field: 'target', text: '多数' },
    });
    expect(normaliseNumberCell(Number.NaN, o).status).toBe('invalid');
    expect(normaliseNumberCell('1.2.3', o).status).toBe('invalid');
  });
});
