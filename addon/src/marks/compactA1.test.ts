import { describe, expect, it } from 'vitest';
import { compactA1 } from './compactA1.js';

describe('compactA1', () => {
  it('writes a vertical run in one column as one range, and single cells as cells', () => {
    const cells = [
      { row: 7, column: 3 },
      { row: 5, column: 3 },
      { row: 6, column: 3 },
      { row: 9, column: 3 },
      { row: 2, column: 28 },
      { row: 6, column: 3 },
    ];
    expect(compactA1(cells)).toEqual(['C5:C7', 'C9', 'AB2']);
  });
  it('gives nothing for no cells', () => {
    expect(compactA1([])).toEqual([]);
  });
});
