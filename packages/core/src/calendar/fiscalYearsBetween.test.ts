import { describe, expect, it } from 'vitest';
import { fiscalYearsBetween } from './fiscalYearsBetween.js';

describe('fiscalYearsBetween (RULES C1)', () => {
  it('lists the fiscal years of a range, both ends included', () => {
    // S0's plan runs FY2022–FY2026 (RULES T1).
    expect(fiscalYearsBetween(2022, 2026)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(fiscalYearsBetween('2024-10-01', '2026-06-30')).toEqual([2024, 2025, 2026]);
    expect(fiscalYearsBetween('2024-04-01', '2025-03-31')).toEqual([2024]);
    expect(fiscalYearsBetween(2014, '2019-03-31')).toEqual([2014, 2015, 2016, 2017, 2018]);
    expect(fiscalYearsBetween(2026, 2022)).toEqual([]);
  });
});
