import { describe, expect, it } from 'vitest';
import { isInFiscalYear } from './isInFiscalYear.js';

describe('isInFiscalYear (RULES C1)', () => {
  it('includes 1 April and 31 March, nothing outside', () => {
    expect(isInFiscalYear('2024-04-01', 2024)).toBe(true);
    expect(isInFiscalYear('2025-03-31', 2024)).toBe(true);
    expect(isInFiscalYear('2024-03-31', 2024)).toBe(false);
    expect(isInFiscalYear('2025-04-01', 2024)).toBe(false);
  });
});
