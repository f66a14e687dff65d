import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from './jsonPieces.js';

describe('jsonPieces', () => {
  it('writes what JSON.stringify(value, null, 2) writes, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        expect([...jsonPieces(value)].join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
      }),
      { seed: 20261204, numRuns: 300 },
    );
  });

  it('writes a report-shaped value with dates, undefined members and large arrays as JSON.stringify does', () => {
    const issues = Array.from({ length: 5000 }, (_, i) => ({
      code: 'project.organiser-mismatch',
      row: i + 4,
      at: new Date(Date.UTC(2024, 3, 1 + (i % 28))),
      note: i % 3 === 0 ? undefined : `「委託」の行 ${i}\n改行と "引用符"`,
      values: [i, null, undefined, 'x'],
    }));
    const report = {
      workbook: '事業一覧.xlsx',
      sheets: [{ name: '協働事業一覧', issues }],
      empty: [],
      none: {},
    };
    expect([...jsonPieces(report)].join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('never makes a piece of the whole: a value larger than one string may be is written in small pieces', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => ({ row: i, message: '市民'.repeat(20) }));
    let longest = 0;
    let count = 0;
    for (const piece of jsonPieces({ rows })) {
      longest = Math.max(longest, piece.length);
      count++;
    }
    expect(count).toBeGreaterThan(100);
    expect(longest).toBeLessThan(70_000);
  });
});
