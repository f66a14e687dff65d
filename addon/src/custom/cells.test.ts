import { describe, expect, it } from 'vitest';
import { asColumn, columnsToRows, isBlank } from './cells.js';

describe('custom-function arguments', () => {
  it('lines up columns by row and applies single values to every row', () => {
    expect(
      columnsToRows([
        { name: 'a', value: [['x'], ['y']] },
        { name: 'b', value: 'k' },
        { name: 'c', value: [[1]] },
      ]),
    ).toEqual([
      ['x', 'k', 1],
      ['y', 'k', 1],
    ]);
  });
  it('refuses a range of two columns and ranges of different heights, in both languages', () => {
    expect(() => columnsToRows([{ name: 'expense', value: [[1, 2]] }])).toThrow();
    expect(() =>
      columnsToRows([
        { name: 'a', value: [[1], [2]] },
        { name: 'b', value: [[1], [2], [3]] },
      ]),
    ).toThrow();
  });
  it('returns a column for a range and a value for a single cell', () => {
    expect(asColumn([1, 2], true)).toEqual([[1], [2]]);
    expect(asColumn([1], false)).toBe(1);
    expect(isBlank('  ')).toBe(true);
    expect(isBlank(0)).toBe(false);
  });
});
