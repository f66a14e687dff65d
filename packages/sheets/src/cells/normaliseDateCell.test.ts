import { describe, expect, it } from 'vitest';
import { normaliseDateCell } from './normaliseDateCell.js';

describe('normaliseDateCell (RULES C2)', () => {
  it('reads 和暦, Western dates, full width digits, serials and date cells', () => {
    expect(normaliseDateCell('Ｒ６．４．１')).toMatchObject({ status: 'value', value: '2024-04-01' });
    expect(normaliseDateCell('令和6年4月1日(月)')).toMatchObject({ status: 'value', value: '2024-04-01' });
    expect(normaliseDateCell('2024/4/1')).toMatchObject({ status: 'value', value: '2024-04-01' });
    expect(normaliseDateCell(45383)).toMatchObject({ status: 'value', value: '2024-04-01' });
    expect(normaliseDateCell({ kind: 'date', iso: '2024-04-01' })).toMatchObject({
      status: 'value',
      value: '2024-04-01',
    });
  });
  it('keeps core’s warning for a day past its era’s end', () => {
    const r = normaliseDateCell('平成31年5月1日');
    expect(r.status).toBe('value');
    if (r.status === 'value') {
      expect(r.value).toBe('2019-05-01');
      expect(r.warnings.map((w) => w.code)).toEqual(['calendar.past-era-end']);
    }
  });
  it('gives core’s error for an impossible date', () => {
    const r = normaliseDateCell('令和6年2月30日');
    if (r.status !== 'invalid') throw new Error('expected invalid');
    expect(r.problems[0]!.code).toBe('calendar.impossible-date');
    expect(normaliseDateCell(false).status).toBe('invalid');
  });
});
