import { describe, expect, it } from 'vitest';
import { a1, columnIndex, columnLetter } from './a1.js';

describe('A1 references', () => {
  it('names columns as spreadsheets do', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(701)).toBe('ZZ');
    expect(columnLetter(702)).toBe('AAA');
    expect(a1(2, 27)).toBe('AB3');
  });
  it('reads column letters back', () => {
    for (const c of [0, 1, 25, 26, 51, 701, 702, 16383]) expect(columnIndex(columnLetter(c))).toBe(c);
    expect(columnIndex('1A')).toBeUndefined();
  });
});
