import { describe, expect, it } from 'vitest';
import { missingMarkerKeys } from './Cell.js';
import { normaliseYenCell } from './normaliseYenCell.js';

const missing = missingMarkerKeys(['空欄', '－', 'ー', '未定', '該当なし']);

describe('normaliseYenCell (RULES C3)', () => {
  it('reads the forms staff type, and scales by the header unit', () => {
    expect(normaliseYenCell('５０，０００円')).toMatchObject({
      status: 'value',
      value: 50_000,
      raw: '５０，０００円',
    });
    expect(normaliseYenCell('¥50,000')).toMatchObject({ status: 'value', value: 50_000 });
    expect(normaliseYenCell('1.5万円')).toMatchObject({ status: 'value', value: 15_000 });
    expect(normaliseYenCell(1200, { unit: 1000 })).toMatchObject({ status: 'value', value: 1_200_000 });
    expect(normaliseYenCell('△1,234', { allowNegative: true })).toMatchObject({
      status: 'value',
      value: -1234,
    });
  });
  it('checks missing markers before conversion', () => {
    expect(normaliseYenCell('未定', { missing })).toEqual({ status: 'empty', raw: '未定', marker: '未定' });
    expect(normaliseYenCell('－', { missing })).toMatchObject({ status: 'empty', marker: '－' });
  });
  it('gives core’s problem for a fraction of a yen or a negative, and its own for a wrong type', () => {
    const frac = normaliseYenCell(1000.5);
    expect(frac.status).toBe('invalid');
    if (frac.status === 'invalid') expect(frac.problems[0]!.code).toMatch(/^money\./);
    const neg = normaliseYenCell('▲500');
    expect(neg.status).toBe('invalid');
    const bool = normaliseYenCell(true);
    if (bool.status !== 'invalid') throw new Error('expected invalid');
    expect(bool.problems[0]!.code).toBe('sheets.unexpected-type');
    const date = normaliseYenCell({ kind: 'date', iso: '2024-04-01' });
    expect(date.status).toBe('invalid');
    const e = normaliseYenCell({ kind: 'error', code: '#VALUE!' });
    if (e.status !== 'invalid') throw new Error('expected invalid');
    expect(e.problems[0]).toMatchObject({ code: 'sheets.cell-error', params: { code: '#VALUE!' } });
  });
});
