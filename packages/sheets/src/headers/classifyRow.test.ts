import { describe, expect, it } from 'vitest';
import { classifyRow } from './classifyRow.js';

describe('classifyRow', () => {
  it('finds blank spacer rows, whatever they hold of spaces', () => {
    expect(classifyRow([])).toEqual({ reason: 'blank' });
    expect(classifyRow([null, '', '　', ' '])).toEqual({ reason: 'blank' });
    expect(classifyRow(undefined)).toEqual({ reason: 'blank' });
  });
  it('finds totals rows by 合計, 計, 小計 in the first cells', () => {
    expect(classifyRow(['合　計', null, 1200])).toEqual({ reason: 'total', text: '合　計' });
    expect(classifyRow([null, '小計', 300])).toEqual({ reason: 'total', text: '小計' });
    expect(classifyRow(['', '計（千円）', 300])).toEqual({ reason: 'total', text: '計（千円）' });
  });
  it('finds lone note lines', () => {
    expect(classifyRow(['※金額は税込みです'])).toEqual({ reason: 'note', text: '※金額は税込みです' });
  });
  it('leaves data rows alone, even one naming a total inside a longer text', () => {
    expect(classifyRow(['地域清掃', '市', 'A'])).toBeUndefined();
    expect(classifyRow(['合計特殊出生率の向上', '2024', 1.5])).toBeUndefined();
    expect(classifyRow(['※', '市'])).toBeUndefined();
  });
});
