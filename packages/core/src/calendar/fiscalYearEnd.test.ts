import { describe, expect, it } from 'vitest';
import { KyodoError } from '../problems/KyodoError.js';
import { fiscalYearEnd } from './fiscalYearEnd.js';

describe('fiscalYearEnd (RULES C1)', () => {
  it('is 31 March of the next year', () => {
    expect(fiscalYearEnd(2024)).toBe('2025-03-31');
    expect(fiscalYearEnd(2019)).toBe('2020-03-31');
    expect(() => fiscalYearEnd(99)).toThrow(KyodoError);
  });
});
