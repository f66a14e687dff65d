import { describe, expect, it } from 'vitest';
import { fiscalYearEnd } from './fiscalYearEnd.js';
import { fiscalYearOf } from './fiscalYearOf.js';
import { fiscalYearStart } from './fiscalYearStart.js';
import { fiscalYearsBetween } from './fiscalYearsBetween.js';
import { isInFiscalYear } from './isInFiscalYear.js';

describe('fiscal years (RULES C1)', () => {
  it('runs 1 April to 31 March', () => {
    expect(fiscalYearOf('2024-04-01')).toBe(2024);
    expect(fiscalYearOf('2025-03-31')).toBe(2024);
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
    expect(fiscalYearOf('2024-01-01')).toBe(2023);
    expect(fiscalYearStart(2024)).toBe('2024-04-01');
    expect(fiscalYearEnd(2024)).toBe('2025-03-31');
    expect(isInFiscalYear('2025-03-31', 2024)).toBe(true);
    expect(isInFiscalYear('2024-03-31', 2024)).toBe(false);
  });
  it('lists the fiscal years of a range', () => {
    expect(fiscalYearsBetween(2022, 2026)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(fiscalYearsBetween('2024-10-01', '2026-06-30')).toEqual([2024, 2025, 2026]);
    expect(fiscalYearsBetween('2024-04-01', '2025-03-31')).toEqual([2024]);
    expect(fiscalYearsBetween(2026, 2022)).toEqual([]);
  });
  it('treats a malformed day or year as a programming error', () => {
    expect(() => fiscalYearOf('2024-4-1')).toThrow(RangeError);
    expect(() => fiscalYearStart(2024.5)).toThrow(RangeError);
    expect(() => fiscalYearEnd(99)).toThrow(RangeError);
  });
});
