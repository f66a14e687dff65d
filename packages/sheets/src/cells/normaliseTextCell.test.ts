import { describe, expect, it } from 'vitest';
import { missingMarkerKeys } from './Cell.js';
import { normaliseTextCell } from './normaliseTextCell.js';

const missing = missingMarkerKeys(['空欄', '－', 'ー', '未定', '該当なし']);

describe('normaliseTextCell', () => {
  it('folds width and spaces and keeps the raw value', () => {
    expect(normaliseTextCell('　ＮＰＯ法人　ひまわり ')).toEqual({
      status: 'value',
      value: 'NPO法人 ひまわり',
      raw: '　ＮＰＯ法人　ひまわり ',
      warnings: [],
    });
    expect(normaliseTextCell(123)).toMatchObject({ status: 'value', value: '123' });
  });
  it('reads blanks and missing markers as empty, before any conversion', () => {
    expect(normaliseTextCell(null)).toEqual({ status: 'empty', raw: null, marker: null });
    expect(normaliseTextCell('　 ')).toMatchObject({ status: 'empty', marker: null });
    expect(normaliseTextCell(' 未定 ', { missing })).toMatchObject({ status: 'empty', marker: '未定' });
    expect(normaliseTextCell('-', { missing })).toMatchObject({ status: 'empty', marker: '-' });
    expect(normaliseTextCell('未定')).toMatchObject({ status: 'value', value: '未定' });
  });
  it('gives error values their own code and refuses booleans and dates', () => {
    const e = normaliseTextCell({ kind: 'error', code: '#REF!' });
    expect(e.status).toBe('invalid');
    if (e.status === 'invalid') expect(e.problems.map((p) => p.code)).toEqual(['sheets.cell-error']);
    const t = normaliseTextCell(' #N/A');
    if (t.status !== 'invalid') throw new Error('expected invalid');
    expect(t.problems[0]).toMatchObject({ code: 'sheets.cell-error', params: { code: '#N/A' } });
    expect(normaliseTextCell('#1 事業').status).toBe('value');
    const b = normaliseTextCell(true);
    if (b.status !== 'invalid') throw new Error('expected invalid');
    expect(b.problems[0]).toMatchObject({ code: 'sheets.unexpected-type', params: { seen: 'boolean' } });
    expect(normaliseTextCell({ kind: 'date', iso: '2024-04-01' }).status).toBe('invalid');
  });
});
