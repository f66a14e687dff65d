import { describe, expect, it } from 'vitest';
import { KyodoError } from '../problems/KyodoError.js';
import { fiscalYearStart } from './fiscalYearStart.js';

describe('fiscalYearStart (RULES C1)', () => {
  it('is 1 April', () => {
    expect(fiscalYearStart(2024)).toBe('2024-04-01');
    expect(fiscalYearStart(2019)).toBe('2019-04-01');
    expect(() => fiscalYearStart(2024.5)).toThrow(KyodoError);
  });
});
