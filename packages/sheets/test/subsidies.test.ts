import { describe, expect, it } from 'vitest';
import type { CellValue } from '../src/grid/Grid.js';
import { validateSheet } from '../src/report/validateSheet.js';
import { ichinosekiSubsidies, torideSubsidies } from './fixtures/index.js';
import { flaggedRows, places, profile, scoresOf } from './helpers.js';

const today = '2024-10-01';

describe('subsidy ledgers (S-*)', () => {
  it('ichinoseki: amounts against the formula, caps across rows of one recipient, settlement and refund', () => {
    const r = validateSheet(ichinosekiSubsidies(), { profile: profile('ichinoseki'), today });
    expect(r.kind).toBe('subsidies');
    expect(r.headerRow).toBe(4);
    expect(r.unmapped).toEqual([{ column: 'L', header: '備考' }]);
    expect(r.skipped).toEqual([
      { row: 8, reason: 'blank' },
      { row: 13, reason: 'total', text: '合計' },
    ]);
    expect(places(r)).toEqual(
      [
        'subsidies.above-allowed F6',
        'subsidies.above-allowed G6',
        'subsidy.founded-too-late D7',
        'subsidies.above-allowed F7',
        'subsidies.above-allowed G7',
        'subsidies.above-allowed F9',
        'subsidies.settled-mismatch J10',
        'subsidy.outside-years C11',
        'subsidies.above-allowed F11',
        'subsidies.above-allowed G11',
        'subsidies.refund-mismatch K12',
      ].sort(),
    );
    expect(flaggedRows(r).has(5)).toBe(false);
    const g6 = r.issues.find((i) => i.cell === 'G6')!;
    expect(g6.params).toMatchObject({ amount: 40_000, allowed: 22_000 });
    expect(g6.message.ja).toContain('総額上限の残額 22,000円');
    const j10 = r.issues.find((i) => i.cell === 'J10')!;
    expect(j10.params).toMatchObject({ amount: 90_000, expected: 80_000 });
    expect(j10.rule).toBe('S-common');
  });

  it('scores totals per program and fiscal year, and explains each row', () => {
    const r = validateSheet(ichinosekiSubsidies(), { profile: profile('ichinoseki'), today });
    const s = scoresOf(r, 'subsidies');
    expect(s.totals.map((t) => [t.program, t.fiscalYear, t.rows, t.allowed, t.granted])).toEqual([
      ['ichinoseki/goi-keisei', 2014, 2, 30_000, 60_000],
      ['ichinoseki/goi-keisei', 2015, 2, 72_000, 90_000],
      ['ichinoseki/kyodotai-shien', 2014, 1, 200_000, 200_000],
      ['ichinoseki/kyodotai-shien', 2015, 1, 100_000, 100_000],
      ['ichinoseki/kyodotai-shien', 2016, 1, 0, 50_000],
    ]);
    expect(s.rows.find((x) => x.row === 9)).toMatchObject({ allowed: 200_000, limitedBy: 'annual-limit' });
    expect(r.issues.find((i) => i.cell === 'F9')!.params.explanation).toBe(
      '補助対象経費 360,000円 × 2/3 = 240,000円 → 限度額 200,000円 → 補助金額 200,000円',
    );
  });

  it('says once for the sheet that the founding date eligibility needs has no column', () => {
    const g = ichinosekiSubsidies();
    // Drop column D (発足日).
    const values = g.values.map((row) => row.filter((_, c) => c !== 3)) as CellValue[][];
    const r = validateSheet({ ...g, values }, { profile: profile('ichinoseki'), today });
    const missing = r.issues.filter((i) => i.code === 'sheets.column-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({
      row: null,
      cell: null,
      severity: 'warning',
      params: { field: 'founded' },
    });
    // kyodotai-shien rows are still checked.
    expect(places(r)).toContain('subsidies.above-allowed E9');
  });

  it('a refund beside no advance is not checked against 0 yen: said once without the column, at the cell when blank', () => {
    const g = ichinosekiSubsidies();
    // Without column H (前金払額): what was paid is not known, so K12's refund is not checked.
    const dropped = g.values.map((row) => row.filter((_, c) => c !== 7)) as CellValue[][];
    const without = validateSheet({ ...g, values: dropped }, { profile: profile('ichinoseki'), today });
    expect(places(without)).not.toContain('subsidies.refund-mismatch J12');
    const missing = without.issues.filter((i) => i.code === 'sheets.column-missing');
    expect(missing.map((i) => i.params.field)).toEqual(['advance']);
    expect(missing[0]!.message.ja).toContain('返還額の検算');
    // H12 left blank while K12 says 3,000 was returned: a warning at the refund, not a mismatch.
    const blank = g.values.map((row, r) => (r === 11 ? row.map((v, c) => (c === 7 ? null : v)) : row));
    const r = validateSheet(
      { ...g, values: blank as CellValue[][] },
      { profile: profile('ichinoseki'), today },
    );
    expect(places(r)).toContain('subsidies.refund-unchecked K12');
    expect(places(r)).not.toContain('subsidies.refund-mismatch K12');
    expect(r.issues.find((i) => i.cell === 'K12')!.message.ja).toBe(
      '返還額 3,000円 が記入されていますが「前金払額」が空欄のため、支払済みの額が分からず返還額を検算していません（0円とはみなしません）',
    );
  });

  it('toride: a template program without numbers computes nothing and says what is missing', () => {
    const r = validateSheet(torideSubsidies(), { profile: profile('toride'), today });
    expect(r.kind).toBe('subsidies');
    expect(places(r)).toEqual(
      [
        'subsidy.missing-parameter B3',
        'subsidy.missing-parameter B3',
        'subsidy.missing-parameter B3',
        'subsidy.missing-parameter B4',
        'subsidy.missing-parameter B4',
        'subsidy.missing-parameter B4',
      ].sort(),
    );
    expect(r.issues.map((i) => [i.params.need, i.count])).toEqual([
      ['program.years', 2],
      ['program.rate', 2],
      ['program.annualLimit', 2],
    ]);
    const s = scoresOf(r, 'subsidies');
    expect(s.rows.map((x) => [x.allowed, x.granted])).toEqual([
      [null, 200_000],
      [null, 100_000],
    ]);
    expect(s.totals[0]!.computed).toBe(0);
  });
});
