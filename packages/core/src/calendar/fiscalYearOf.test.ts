import { describe, expect, it } from 'vitest';
import { KyodoError } from '../problems/KyodoError.js';
import { fiscalYearOf } from './fiscalYearOf.js';

describe('fiscalYearOf (RULES C1)', () => {
  it('runs 1 April to 31 March', () => {
    expect(fiscalYearOf('2024-04-01')).toBe(2024);
    expect(fiscalYearOf('2025-03-31')).toBe(2024);
    expect(fiscalYearOf('2025-04-01')).toBe(2025);
    expect(fiscalYearOf('2024-01-01')).toBe(2023);
    expect(fiscalYearOf('2019-04-30')).toBe(2019);
  });
  it('treats a malformed day as a programming error', () => {
    expect(() => fiscalYearOf('2024-4-1')).toThrow(KyodoError);
    expect(() => fiscalYearOf('2024-02-30')).toThrow(KyodoError);
  });
});
