import { describe, expect, it } from 'vitest';
import { validateSheet } from '../src/report/validateSheet.js';
import { ichinosekiIndicators } from './fixtures/index.js';
import { flaggedRows, places, profile, scoresOf } from './helpers.js';

describe('indicator sheets (E8)', () => {
  it('ichinoseki on 2024-10-01: targets for 令和6–8年度, years and numbers read, achievement rates', () => {
    const r = validateSheet(ichinosekiIndicators(), { profile: profile('ichinoseki'), today: '2024-10-01' });
    expect(r.kind).toBe('indicators');
    expect(r.headerRow).toBe(2);
    expect(r.unmapped).toEqual([{ column: 'E', header: '備考' }]);
    expect(places(r)).toEqual(
      [
        'calendar.era-year-zero B8',
        'evaluation.indicator-target-missing B6',
        'evaluation.indicator-target-missing B9',
        'evaluation.indicator-target-missing B9',
        'evaluation.indicator-target-missing B9',
        'sheets.not-a-number C9',
      ].sort(),
    );
    for (const row of [3, 4, 5, 7]) expect(flaggedRows(r).has(row)).toBe(false);
    const s = scoresOf(r, 'indicators');
    expect(s.requiredYears).toEqual([2024, 2025, 2026]);
    expect(s.items.map((i) => [i.item, i.missingYears])).toEqual([
      ['協働事業提案制度の周知', [2026]],
      ['協働研修会の開催', []],
      ['市民活動団体の登録', [2024, 2025, 2026]],
    ]);
    expect(s.items[1]!.years[0]).toMatchObject({ fiscalYear: 2024, achievement: 0.75 });
    expect(s.items[0]!.years[0]).toMatchObject({ fiscalYear: 2024, achievement: 0.8 });
  });
});
